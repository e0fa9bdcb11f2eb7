using LifeCircle.Core.Data;
using LifeCircle.Core.Geodesy;
using NetTopologySuite.Geometries;
using NetTopologySuite.Operation.Buffer;

namespace LifeCircle.Core.Coverage;

/// <summary>Walking-time areas around one point: the network reachable within each threshold, buffered in metres on a fine grid, holes filled.</summary>
public sealed class Isochrones(WalkingGraph? graph, LocalTransverseMercator projection, Walking walking)
{
    /// <summary>How far either side of a reachable street counts as reached (a building's frontage).</summary>
    public const double BufferMetres = 30;

    private static readonly GeometryFactory Metric = new();
    private static readonly BufferParameters Parameters = new() { QuadrantSegments = 1, EndCapStyle = EndCapStyle.Round, JoinStyle = JoinStyle.Mitre };

    private readonly NetworkLocator? _locator = graph is { EdgeCount: > 0 } ? new NetworkLocator(graph) : null;

    /// <summary>Edges at each node: node n's are Edges[Offsets[n]..Offsets[n+1]].</summary>
    private readonly (int[] Offsets, int[] Edges) _nodeEdges = graph is { EdgeCount: > 0 } ? NodeEdges(graph) : default;

    /// <summary>One polygon (lon/lat) per threshold in minutes, in the order given.</summary>
    public IReadOnlyList<Geometry> Around(Point lonLat, IReadOnlyList<int> thresholds)
    {
        var (x, y) = projection.Project(new GeoPosition(lonLat.X, lonLat.Y));
        var budgets = thresholds.Select(t => walking.Metres(t)).ToList();
        if (_locator is null || graph is null)
        {
            // No network: the straight-line reach with the same detour factor the statistics use.
            return budgets.Select(b => ToLonLat(Metric.CreatePoint(new Coordinate(x, y)).Buffer(b / AccessModel.DetourFactor, Parameters))).ToList();
        }

        var at = _locator.Locate(x, y)!.Value;
        var dist = MultiSourceSearch.Distances(graph, [at], budgets.Max());
        var reached = budgets.Select(b => Reach(at, dist, b, x, y)).ToList();
        // Each area on a grid of its own size: the grids share the lattice of whole multiples of the cell, so areas still nest exactly.
        return reached.Select(r => ToLonLat(ReachGrid.Around(r, BufferMetres, CellMetres).Area(r))).ToList();
    }

    /// <summary>Side of the grid cells the buffer is drawn on: a third of the buffer, so an edge is off by at most ~7 m.</summary>
    public const double CellMetres = 10;

    /// <summary>The reachable street pieces as segments (x1, y1, x2, y2) in metres, with the point's connector.</summary>
    private List<(double X1, double Y1, double X2, double Y2)> Reach(NetworkLocation at, double[] dist, double budget, double x, double y)
    {
        var g = graph!;
        var pieces = new List<(double, double, double, double)>();
        foreach (int e in EdgesNear(dist, budget))
        {
            int a = g.EdgeFrom[e], b = g.EdgeTo[e];
            double len = g.EdgeLength[e], da = dist[a], db = dist[b];
            if (da + len <= budget || db + len <= budget || (da < budget && db < budget && (budget - da) + (budget - db) >= len))
            {
                pieces.Add(Piece(g, a, b, 0, 1));
                continue;
            }

            if (da < budget)
            {
                pieces.Add(Piece(g, a, b, 0, (budget - da) / len));
            }

            if (db < budget)
            {
                pieces.Add(Piece(g, a, b, 1 - (budget - db) / len, 1));
            }
        }

        // The point's own edge, walked directly from where it joins the network.
        double left = budget - at.ConnectorMetres;
        if (left > 0)
        {
            double len = g.EdgeLength[at.Edge];
            pieces.Add(Piece(g, g.EdgeFrom[at.Edge], g.EdgeTo[at.Edge], Math.Max(0, at.Along - left / len), Math.Min(1, at.Along + left / len)));
        }

        var near = Nearest(at);
        pieces.Add((x, y, near.X, near.Y));
        return pieces;
    }

    /// <summary>Edges with an end reached within the budget, found from the reached nodes rather than by scanning every edge.</summary>
    private IEnumerable<int> EdgesNear(double[] dist, double budget)
    {
        var (offsets, edges) = _nodeEdges;
        for (int n = 0; n < dist.Length; n++)
        {
            if (dist[n] >= budget)
            {
                continue;
            }

            for (int i = offsets[n]; i < offsets[n + 1]; i++)
            {
                int e = edges[i];
                int other = graph!.EdgeFrom[e] == n ? graph.EdgeTo[e] : graph.EdgeFrom[e];
                if (other == n || !(dist[other] < budget) || n < other)
                {
                    yield return e; // an edge with both ends reached is returned once, from its lower node
                }
            }
        }
    }

    internal static (int[] Offsets, int[] Edges) NodeEdges(WalkingGraph g)
    {
        var offsets = new int[g.NodeCount + 1];
        for (int e = 0; e < g.EdgeCount; e++)
        {
            offsets[g.EdgeFrom[e] + 1]++;
            offsets[g.EdgeTo[e] + 1]++;
        }

        for (int n = 0; n < g.NodeCount; n++)
        {
            offsets[n + 1] += offsets[n];
        }

        var edges = new int[offsets[^1]];
        var next = (int[])offsets.Clone();
        for (int e = 0; e < g.EdgeCount; e++)
        {
            edges[next[g.EdgeFrom[e]]++] = e;
            edges[next[g.EdgeTo[e]]++] = e;
        }

        return (offsets, edges);
    }

    private Coordinate Nearest(NetworkLocation at)
    {
        var g = graph!;
        int a = g.EdgeFrom[at.Edge], b = g.EdgeTo[at.Edge];
        return new Coordinate(g.X[a] + at.Along * (g.X[b] - g.X[a]), g.Y[a] + at.Along * (g.Y[b] - g.Y[a]));
    }

    private static (double, double, double, double) Piece(WalkingGraph g, int a, int b, double t0, double t1)
    {
        double dx = g.X[b] - g.X[a], dy = g.Y[b] - g.Y[a];
        return (g.X[a] + t0 * dx, g.Y[a] + t0 * dy, g.X[a] + t1 * dx, g.Y[a] + t1 * dy);
    }

    private Geometry ToLonLat(Geometry metric)
    {
        var copy = GeoJson.Factory.CreateGeometry(metric);
        copy.Apply(new Unproject(projection));
        copy.GeometryChanged();
        return copy;
    }

    private sealed class Unproject(LocalTransverseMercator projection) : ICoordinateSequenceFilter
    {
        public bool Done => false;

        public bool GeometryChanged => true;

        public void Filter(CoordinateSequence seq, int i)
        {
            var p = projection.Unproject(seq.GetX(i), seq.GetY(i));
            seq.SetX(i, GeoJson.Round(p.Lon));
            seq.SetY(i, GeoJson.Round(p.Lat));
        }
    }
}
