using LifeCircle.Core.Coverage;
using LifeCircle.Core.Geodesy;

namespace LifeCircle.Core.Planning;

/// <summary>A facility reached from a point, with its walking minutes.</summary>
public sealed record ReachedFacility(PlanningFacility Facility, double Minutes);

/// <summary>What one can walk to from a point: one search outward from the point, then each facility's minutes read off it.</summary>
/// <remarks>
/// The network is undirected, so the minutes from the point to a facility equal the access engine's
/// minutes from a block standing at the point to that facility: both connectors, the walk along the
/// point's and the facility's edges, and the shortest path between.
/// </remarks>
public static class Reach
{
    /// <summary>The facilities (of those <paramref name="include"/> admits) within <paramref name="minutes"/>, nearest first, ties by id.</summary>
    public static IReadOnlyList<ReachedFacility> From(PlanningNetwork network, GeoPosition point, double minutes, Func<PlanningFacility, bool> include)
    {
        var at = network.Locate(point);
        double cutoff = network.Walking.Metres(minutes);
        var facilities = network.Source.Facilities;
        return network.FromSource(at, cutoff, w =>
        {
            var found = new List<ReachedFacility>();
            for (int i = 0; i < facilities.Count; i++)
            {
                if (!include(facilities[i]))
                {
                    continue;
                }

                // The point is the one source: when the facility shares its edge it may walk straight along it.
                var target = network.FacilityLocations[i];
                double metres = MultiSourceSearch.DistanceAt(network.Graph, w.Distances, target, target.Edge == at.Edge ? [at] : []);
                double m = network.Walking.Minutes(metres);
                if (m <= minutes + 1e-9) // at the limit counts, as at a coverage threshold
                {
                    found.Add(new ReachedFacility(facilities[i], m));
                }
            }

            return found.OrderBy(f => f.Minutes).ThenBy(f => f.Facility.Id, StringComparer.Ordinal).ToList();
        });
    }
}
