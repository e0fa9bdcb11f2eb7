using LifeCircle.Core.Data;
using LifeCircle.Core.Geodesy;
using NetTopologySuite.Geometries;
using NetTopologySuite.Operation.Buffer;
using NetTopologySuite.Operation.Linemerge;

namespace LifeCircle.Core.Coverage;

/// <summary>Walking-time areas around one point: the network reachable within each threshold, buffered and unioned in metres.</summary>
public sealed class Isochrones(WalkingGraph? graph, LocalTransverseMercator projection, Walking walking)
{
    /// <summary>How far either side of a reachable street counts as reached (a building's frontage).</summary>
    public const double BufferMetres = 30;

    private static readonly GeometryFactory Metric = new();
    private static readonly BufferParameters Parameters = new() { QuadrantSegments = 1, EndCapStyle = EndCapStyle.Round, JoinStyle = JoinStyle.Mitre };

    private readonly NetworkLocator? _locator = graph is { EdgeCount: > 0 } ? new NetworkLocator(graph) : null;

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
        return budgets.Select(b => ToLonLat(Reach(at, dist, b, x, y))).ToList();
    }

    private Geometry Reach(NetworkLocation at, double[] dist, double budget, double x, double y)
    {
        var g = graph!;
        var pieces = new List<LineString>();
        for (int e = 0; e < g.EdgeCount; e++)
        {
            int a = g.EdgeFrom[e], b = g.EdgeTo[e];
            double len = g.EdgeLength[e], da = dist[a], db = dist[b];
            if (da + len <= budget || db + len <= budget || (da < budget && db < budget && (budget - da) + (budget - db) >= len))
            {
                pieces.Add(Line(g, a, b, 0, 1));
                continue;
            }

            if (da < budget)
            {
                pieces.Add(Line(g, a, b, 0, (budget - da) / len));
            }

            if (db < budget)
            {
                pieces.Add(Line(g, a, b, 1 - (budget - db) / len, 1));
            }
        }

        // The point's own edge, walked directly from where it joins the network.
        double left = budget - at.ConnectorMetres;
        if (left > 0)
        {
            double len = g.EdgeLength[at.Edge];
            pieces.Add(Line(g, g.EdgeFrom[at.Edge], g.EdgeTo[at.Edge], Math.Max(0, at.Along - left / len), Math.Min(1, at.Along + left / len)));
        }

        // Joining the pieces into long lines first makes the buffer far cheaper than buffering hundreds of short segments.
        var merger = new LineMerger();
        merger.Add(pieces);
        var connector = Metric.CreateLineString([new Coordinate(x, y), Nearest(at)]);
        var merged = merger.GetMergedLineStrings().Cast<LineString>().Append(connector).ToArray();
        return FillHoles(BufferOp.Buffer(Metric.CreateMultiLineString(merged), BufferMetres, Parameters));
    }

    /// <summary>Block interiors enclosed by reachable streets are reachable too: keep only the outer rings.</summary>
    private static Geometry FillHoles(Geometry area) => area switch
    {
        Polygon p => Metric.CreatePolygon((LinearRing)p.ExteriorRing),
        MultiPolygon m => Metric.CreateMultiPolygon(m.Geometries.Cast<Polygon>().Select(p => Metric.CreatePolygon((LinearRing)p.ExteriorRing)).ToArray()).Union(),
        _ => area,
    };

    private Coordinate Nearest(NetworkLocation at)
    {
        var g = graph!;
        int a = g.EdgeFrom[at.Edge], b = g.EdgeTo[at.Edge];
        return new Coordinate(g.X[a] + at.Along * (g.X[b] - g.X[a]), g.Y[a] + at.Along * (g.Y[b] - g.Y[a]));
    }

    private static LineString Line(WalkingGraph g, int a, int b, double t0, double t1)
    {
        double dx = g.X[b] - g.X[a], dy = g.Y[b] - g.Y[a];
        return Metric.CreateLineString([new Coordinate(g.X[a] + t0 * dx, g.Y[a] + t0 * dy), new Coordinate(g.X[a] + t1 * dx, g.Y[a] + t1 * dy)]);
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
