using LifeCircle.Core.Coverage;

namespace LifeCircle.Core.Tests.Coverage;

/// <summary>The reference: points inserted as real nodes (edges split, connectors added), then Floyd–Warshall over every pair.</summary>
internal static class BruteForce
{
    /// <summary>For each origin, the distance to the nearest source over the graph, +∞ when none is connected.</summary>
    public static double[] NearestSourceDistances(WalkingGraph g, IReadOnlyList<NetworkLocation> sources, IReadOnlyList<NetworkLocation> origins)
    {
        // Nodes: graph nodes, then one "on-edge" node and one "point" node per located point.
        var points = sources.Concat(origins).ToList();
        int n = g.NodeCount + 2 * points.Count;
        var d = new double[n, n];
        for (int i = 0; i < n; i++)
        {
            for (int j = 0; j < n; j++)
            {
                d[i, j] = i == j ? 0 : double.PositiveInfinity;
            }
        }

        void Link(int a, int b, double w)
        {
            d[a, b] = Math.Min(d[a, b], w);
            d[b, a] = Math.Min(d[b, a], w);
        }

        // Split every edge at the points located on it, in order along it.
        for (int e = 0; e < g.EdgeCount; e++)
        {
            var stops = new List<(double T, int Node)> { (0, g.EdgeFrom[e]), (1, g.EdgeTo[e]) };
            for (int p = 0; p < points.Count; p++)
            {
                if (points[p].Edge == e)
                {
                    stops.Add((points[p].Along, g.NodeCount + 2 * p));
                }
            }

            stops.Sort((x, y) => x.T.CompareTo(y.T));
            for (int k = 0; k + 1 < stops.Count; k++)
            {
                Link(stops[k].Node, stops[k + 1].Node, (stops[k + 1].T - stops[k].T) * g.EdgeLength[e]);
            }
        }

        for (int p = 0; p < points.Count; p++)
        {
            Link(g.NodeCount + 2 * p, g.NodeCount + 2 * p + 1, points[p].ConnectorMetres);
        }

        for (int k = 0; k < n; k++)
        {
            for (int i = 0; i < n; i++)
            {
                for (int j = 0; j < n; j++)
                {
                    if (d[i, k] + d[k, j] < d[i, j])
                    {
                        d[i, j] = d[i, k] + d[k, j];
                    }
                }
            }
        }

        return origins.Select((_, o) =>
        {
            int at = g.NodeCount + 2 * (sources.Count + o) + 1;
            return sources.Count == 0 ? double.PositiveInfinity : Enumerable.Range(0, sources.Count).Min(s => d[at, g.NodeCount + 2 * s + 1]);
        }).ToArray();
    }
}
