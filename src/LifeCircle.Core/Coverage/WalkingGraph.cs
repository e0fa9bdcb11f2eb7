using LifeCircle.Core.Geodesy;
using NetTopologySuite.Geometries;
using NetTopologySuite.Noding.Snapround;

namespace LifeCircle.Core.Coverage;

/// <summary>An undirected walking network in projected metres, stored as compressed adjacency arrays for fast searches.</summary>
/// <remarks>
/// Built from street LineStrings in lon/lat: every coordinate is projected to metres first (lon/lat is
/// not metres), the linework is noded so that crossing streets meet at a node, and each straight
/// piece becomes an edge whose length is its projected length.
/// </remarks>
public sealed class WalkingGraph
{
    /// <summary>Node positions are snapped to this grid (metres) while noding.</summary>
    public const double SnapMetres = 0.01;

    private WalkingGraph(double[] x, double[] y, int[] edgeFrom, int[] edgeTo, double[] edgeLength)
    {
        X = x;
        Y = y;
        EdgeFrom = edgeFrom;
        EdgeTo = edgeTo;
        EdgeLength = edgeLength;
        Offsets = new int[x.Length + 1];
        foreach (int u in edgeFrom)
        {
            Offsets[u + 1]++;
        }

        foreach (int v in edgeTo)
        {
            Offsets[v + 1]++;
        }

        for (int i = 0; i < x.Length; i++)
        {
            Offsets[i + 1] += Offsets[i];
        }

        Targets = new int[Offsets[^1]];
        Weights = new double[Offsets[^1]];
        var next = (int[])Offsets.Clone();
        for (int e = 0; e < edgeFrom.Length; e++)
        {
            int a = edgeFrom[e], b = edgeTo[e];
            Targets[next[a]] = b;
            Weights[next[a]++] = edgeLength[e];
            Targets[next[b]] = a;
            Weights[next[b]++] = edgeLength[e];
        }
    }

    public int NodeCount => X.Length;

    public int EdgeCount => EdgeFrom.Length;

    /// <summary>Node eastings and northings in metres.</summary>
    public double[] X { get; }

    public double[] Y { get; }

    public int[] EdgeFrom { get; }

    public int[] EdgeTo { get; }

    public double[] EdgeLength { get; }

    /// <summary>Neighbours of node u are Targets[Offsets[u]..Offsets[u+1]], at Weights metres.</summary>
    public int[] Offsets { get; }

    public int[] Targets { get; }

    public double[] Weights { get; }

    /// <summary>Builds the graph from lon/lat street lines, noding them so crossings connect.</summary>
    public static WalkingGraph FromStreets(IEnumerable<LineString> streets, LocalTransverseMercator projection, bool alreadyNoded = false)
    {
        var factory = new GeometryFactory(new PrecisionModel(1 / SnapMetres));
        var projected = streets.Select(line => (Geometry)factory.CreateLineString(
            line.Coordinates.Select(c => { var (x, y) = projection.Project(new GeoPosition(c.X, c.Y)); return new Coordinate(x, y); }).ToArray())).ToList();
        IEnumerable<LineString> noded = alreadyNoded
            ? projected.Cast<LineString>()
            : new GeometryNoder(factory.PrecisionModel).Node(projected);
        return FromSegments(noded.SelectMany(Segments));
    }

    /// <summary>Builds the graph from straight segments in metres whose shared endpoints are equal coordinates.</summary>
    public static WalkingGraph FromSegments(IEnumerable<(double X1, double Y1, double X2, double Y2)> segments)
    {
        var ids = new Dictionary<(long, long), int>();
        var xs = new List<double>();
        var ys = new List<double>();
        var from = new List<int>();
        var to = new List<int>();
        var length = new List<double>();

        int Node(double x, double y)
        {
            var key = ((long)Math.Round(x / SnapMetres), (long)Math.Round(y / SnapMetres));
            if (!ids.TryGetValue(key, out int id))
            {
                id = xs.Count;
                ids[key] = id;
                xs.Add(x);
                ys.Add(y);
            }

            return id;
        }

        foreach (var (x1, y1, x2, y2) in segments)
        {
            int a = Node(x1, y1), b = Node(x2, y2);
            double d = Math.Sqrt((x2 - x1) * (x2 - x1) + (y2 - y1) * (y2 - y1));
            if (a != b && d > 0)
            {
                from.Add(a);
                to.Add(b);
                length.Add(d);
            }
        }

        return new WalkingGraph([.. xs], [.. ys], [.. from], [.. to], [.. length]);
    }

    private static IEnumerable<(double, double, double, double)> Segments(LineString line)
    {
        var c = line.Coordinates;
        for (int i = 0; i + 1 < c.Length; i++)
        {
            yield return (c[i].X, c[i].Y, c[i + 1].X, c[i + 1].Y);
        }
    }
}
