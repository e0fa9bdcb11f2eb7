using LifeCircle.Core.Data;
using LifeCircle.Core.Geodesy;
using NetTopologySuite.Geometries;
using NetTopologySuite.Operation.Buffer;
using NetTopologySuite.Operation.Polygonize;

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
        var grid = ReachGrid.Around(reached[budgets.IndexOf(budgets.Max())], BufferMetres, CellMetres);
        return reached.Select(r => ToLonLat(grid.Area(r))).ToList();
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

/// <summary>A square grid in metres on which segments are buffered and holes filled; areas drawn on one grid nest exactly.</summary>
/// <remarks>Far cheaper than an exact buffer of hundreds of crossing street pieces, whose noding dominated imports.</remarks>
internal sealed class ReachGrid(double x0, double y0, int width, int height, double cell, double radius)
{
    private static readonly GeometryFactory Metric = new();

    /// <summary>A grid covering the segments, with two cells of margin beyond the radius so the outside is connected.</summary>
    public static ReachGrid Around(IReadOnlyList<(double X1, double Y1, double X2, double Y2)> segments, double radius, double cell)
    {
        double minX = double.MaxValue, minY = double.MaxValue, maxX = double.MinValue, maxY = double.MinValue;
        foreach (var (x1, y1, x2, y2) in segments)
        {
            minX = Math.Min(minX, Math.Min(x1, x2));
            minY = Math.Min(minY, Math.Min(y1, y2));
            maxX = Math.Max(maxX, Math.Max(x1, x2));
            maxY = Math.Max(maxY, Math.Max(y1, y2));
        }

        double margin = radius + 2 * cell, x0 = Math.Floor((minX - margin) / cell) * cell, y0 = Math.Floor((minY - margin) / cell) * cell;
        return new ReachGrid(x0, y0, (int)Math.Ceiling((maxX + margin - x0) / cell), (int)Math.Ceiling((maxY + margin - y0) / cell), cell, radius);
    }

    /// <summary>The cells whose centre lies within the radius of a segment, with every enclosed hole filled, as polygons in metres.</summary>
    public Geometry Area(IReadOnlyList<(double X1, double Y1, double X2, double Y2)> segments)
    {
        var inside = new bool[width * height];
        double r2 = radius * radius;
        foreach (var (x1, y1, x2, y2) in segments)
        {
            int i0 = Math.Max(0, (int)((Math.Min(x1, x2) - radius - x0) / cell)), i1 = Math.Min(width - 1, (int)((Math.Max(x1, x2) + radius - x0) / cell));
            int j0 = Math.Max(0, (int)((Math.Min(y1, y2) - radius - y0) / cell)), j1 = Math.Min(height - 1, (int)((Math.Max(y1, y2) + radius - y0) / cell));
            double dx = x2 - x1, dy = y2 - y1, len2 = dx * dx + dy * dy;
            for (int j = j0; j <= j1; j++)
            {
                double cy = y0 + (j + 0.5) * cell;
                for (int i = i0; i <= i1; i++)
                {
                    double cx = x0 + (i + 0.5) * cell;
                    double t = len2 > 0 ? Math.Clamp(((cx - x1) * dx + (cy - y1) * dy) / len2, 0, 1) : 0;
                    double ex = x1 + t * dx - cx, ey = y1 + t * dy - cy;
                    if (ex * ex + ey * ey <= r2)
                    {
                        inside[j * width + i] = true;
                    }
                }
            }
        }

        FillHoles(inside);
        return Outline(inside);
    }

    /// <summary>Whatever the outside cannot reach (4-connected, from the grid's border) is inside.</summary>
    private void FillHoles(bool[] inside)
    {
        var outside = new bool[inside.Length];
        var stack = new Stack<int>();
        for (int i = 0; i < width; i++)
        {
            stack.Push(i);
            stack.Push((height - 1) * width + i);
        }

        for (int j = 0; j < height; j++)
        {
            stack.Push(j * width);
            stack.Push(j * width + width - 1);
        }

        while (stack.Count > 0)
        {
            int c = stack.Pop();
            if (outside[c] || inside[c])
            {
                continue;
            }

            outside[c] = true;
            int i = c % width, j = c / width;
            if (i > 0) stack.Push(c - 1);
            if (i < width - 1) stack.Push(c + 1);
            if (j > 0) stack.Push(c - width);
            if (j < height - 1) stack.Push(c + width);
        }

        for (int c = 0; c < inside.Length; c++)
        {
            inside[c] = !outside[c];
        }
    }

    /// <summary>The cell sides between inside and outside, polygonized in grid units, straight runs joined, then scaled to metres.</summary>
    private Geometry Outline(bool[] inside)
    {
        bool In(int i, int j) => i >= 0 && j >= 0 && i < width && j < height && inside[j * width + i];
        LineString Side(int i1, int j1, int i2, int j2) => Metric.CreateLineString([new Coordinate(i1, j1), new Coordinate(i2, j2)]);
        var sides = new List<Geometry>();
        for (int j = 0; j < height; j++)
        {
            for (int i = 0; i < width; i++)
            {
                if (!In(i, j))
                {
                    continue;
                }

                if (!In(i, j - 1)) sides.Add(Side(i, j, i + 1, j));
                if (!In(i, j + 1)) sides.Add(Side(i, j + 1, i + 1, j + 1));
                if (!In(i - 1, j)) sides.Add(Side(i, j, i, j + 1));
                if (!In(i + 1, j)) sides.Add(Side(i + 1, j, i + 1, j + 1));
            }
        }

        var polygonizer = new Polygonizer(extractOnlyPolygonal: true);
        polygonizer.Add(sides);
        var polygons = polygonizer.GetPolygons().Cast<Polygon>()
            .Select(p => Metric.CreatePolygon(Corners(p.Shell), p.Holes.Select(Corners).ToArray())).ToArray();
        return polygons.Length == 1 ? polygons[0] : Metric.CreateMultiPolygon(polygons);
    }

    /// <summary>The ring's corners only (exact: grid units are whole numbers), in metres.</summary>
    private LinearRing Corners(LinearRing ring)
    {
        var c = ring.Coordinates;
        int n = c.Length - 1;
        var kept = new List<Coordinate>(n + 1);
        for (int k = 0; k < n; k++)
        {
            Coordinate p = c[(k + n - 1) % n], q = c[k], r = c[(k + 1) % n];
            if ((q.X - p.X) * (r.Y - q.Y) != (q.Y - p.Y) * (r.X - q.X))
            {
                kept.Add(new Coordinate(x0 + q.X * cell, y0 + q.Y * cell));
            }
        }

        kept.Add(kept[0].Copy());
        return Metric.CreateLinearRing([.. kept]);
    }
}
