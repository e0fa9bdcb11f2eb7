using LifeCircle.Core.Coverage;

namespace LifeCircle.Core.Planning;

/// <summary>Candidate sites for new facilities along the street network, at a documented spacing (docs/planning.md).</summary>
/// <remarks>
/// The rule: walk every street edge in id order and place a point at its first node and then every
/// <c>spacing</c> metres along it; keep a point only if no point kept before lies in the same
/// spacing × spacing metre square (squares aligned to the network's south-west corner). So candidates
/// lie on streets, about one per square of the spacing wherever there are streets, and the result does
/// not depend on anything but the network. When that gives more than the limit, the spacing is doubled
/// until it does not.
/// </remarks>
public static class CandidateSites
{
    /// <summary>The spacing tried first, in metres.</summary>
    public const double DefaultSpacingMetres = 100;

    /// <summary>The candidates and the spacing that produced them.</summary>
    public static (IReadOnlyList<NetworkLocation> Sites, double SpacingMetres) AlongNetwork(WalkingGraph g, double spacingMetres, int maxSites)
    {
        for (double spacing = spacingMetres; ; spacing *= 2)
        {
            var sites = Place(g, spacing, maxSites);
            if (sites is not null)
            {
                return (sites, spacing);
            }
        }
    }

    /// <summary>The points at this spacing, or null when there would be more than <paramref name="maxSites"/>.</summary>
    private static List<NetworkLocation>? Place(WalkingGraph g, double spacing, int maxSites)
    {
        double minX = g.X.Min(), minY = g.Y.Min();
        var taken = new HashSet<(long, long)>();
        var sites = new List<NetworkLocation>();
        for (int e = 0; e < g.EdgeCount; e++)
        {
            double len = g.EdgeLength[e];
            int a = g.EdgeFrom[e], b = g.EdgeTo[e];
            for (double s = 0; s <= len; s += spacing)
            {
                double t = s / len;
                double x = g.X[a] + (t * (g.X[b] - g.X[a])), y = g.Y[a] + (t * (g.Y[b] - g.Y[a]));
                if (taken.Add(((long)Math.Floor((x - minX) / spacing), (long)Math.Floor((y - minY) / spacing))))
                {
                    sites.Add(new NetworkLocation(e, t, 0));
                    if (sites.Count > maxSites)
                    {
                        return null;
                    }
                }
            }
        }

        return sites;
    }
}
