using System.Globalization;
using LifeCircle.Core.Data;
using LifeCircle.Core.Geodesy;
using LifeCircle.Core.Model;

namespace LifeCircle.Core.Coverage;

/// <summary>Warns about facilities the coverage network barely reaches: on a street part residents' streets do not connect to, or far from any street.</summary>
/// <remarks>Runs on the very <see cref="CoverageNetwork"/> the coverage is then computed with, so an import builds its street graph once.</remarks>
public static class StreetReachability
{
    /// <summary>A facility farther than this from any street is warned about: its walking times are mostly a straight connector.</summary>
    public const double MaxConnectorMetres = 250;

    public static IEnumerable<DatasetProblem> Check(Dataset d, CoverageNetwork network, DatasetChecks.RecordLocator locate)
    {
        var (projection, graph) = network;
        if (graph is null || graph.EdgeCount == 0 || d.Facilities.Count == 0)
        {
            yield break;
        }

        var locator = new NetworkLocator(graph);
        var component = Components(graph);
        var blockComponents = d.Blocks.Select(b => b.Geometry.Centroid).Select(c => projection.Project(new GeoPosition(c.X, c.Y)))
            .Select(p => component[graph.EdgeFrom[locator.Locate(p.X, p.Y)!.Value.Edge]]).ToList();
        int main = blockComponents.Count > 0 ? blockComponents.GroupBy(c => c).MaxBy(g => g.Count())!.Key : component[0];
        for (int i = 0; i < d.Facilities.Count; i++)
        {
            var (x, y) = projection.Project(new GeoPosition(d.Facilities[i].Location.X, d.Facilities[i].Location.Y));
            var at = locator.Locate(x, y)!.Value;
            if (component[graph.EdgeFrom[at.Edge]] != main)
            {
                yield return new DatasetProblem(locate(DatasetFiles.Facilities, i), "geometry",
                    "is not reachable from the street network most residents live on: its nearest street is not connected to it", ProblemSeverity.Warning);
            }
            else if (at.ConnectorMetres > MaxConnectorMetres)
            {
                yield return new DatasetProblem(locate(DatasetFiles.Facilities, i), "geometry",
                    string.Create(CultureInfo.InvariantCulture, $"is {at.ConnectorMetres:F0} m from the nearest street (more than {MaxConnectorMetres} m): add the path that leads to it"), ProblemSeverity.Warning);
            }
        }
    }

    /// <summary>Connected-component label of every node (union-find).</summary>
    private static int[] Components(WalkingGraph g)
    {
        var parent = Enumerable.Range(0, g.NodeCount).ToArray();
        int Find(int x)
        {
            while (parent[x] != x)
            {
                parent[x] = parent[parent[x]];
                x = parent[x];
            }

            return x;
        }

        for (int e = 0; e < g.EdgeCount; e++)
        {
            parent[Find(g.EdgeFrom[e])] = Find(g.EdgeTo[e]);
        }

        return Enumerable.Range(0, g.NodeCount).Select(Find).ToArray();
    }
}
