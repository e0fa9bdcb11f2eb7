using LifeCircle.Core.Data;
using LifeCircle.Core.Geodesy;
using LifeCircle.Core.Model;
using NetTopologySuite.Geometries;

namespace LifeCircle.Cli.Sample;

/// <summary>The illustrative geometry of the sample: community rectangles, a street grid and blocks, in metres around the subdistrict office.</summary>
/// <remarks>
/// Nothing here is surveyed. Bayanwusu Street is the x axis (north circle above, south below); the
/// origin is the Lashengzhong Subdistrict label point converted from GCJ-02. The north circle is
/// 2,500 m × 1,400 m = 3.5 km², the area the article states.
/// </remarks>
public sealed class HainanLayout
{
    /// <summary>Street lines east–west (y) and north–south (x), in metres; community edges fall on them.</summary>
    private static readonly double[] XLines = [-1250, -1000, -750, -500, -250, 0, 700 / 3.0, 1400 / 3.0, 700, 975, 1250];
    private static readonly double[] YLines = Enumerable.Range(0, 13).Select(k => -1400 + k * 700 / 3.0).ToArray();

    /// <summary>How far a block's edge stands back from the street centre line.</summary>
    private const double BlockSetback = 12;

    public HainanLayout()
    {
        Origin = ChinaCoordinates.Gcj02ToWgs84(HainanFacts.Towns[0].PointGcj!.Value);
        Projection = new LocalTransverseMercator(Origin);
        Cells = BuildCells();
    }

    /// <summary>Lashengzhong Subdistrict label point in WGS84.</summary>
    public GeoPosition Origin { get; }

    public LocalTransverseMercator Projection { get; }

    /// <summary>Parts of communities inside the circles: (community, circle, rectangle, residents).</summary>
    public static IReadOnlyList<CommunityPart> Parts { get; } =
    [
        new(HainanFacts.Huayuan, "north", new Rect(-1250, 0, 0, 1400), HainanFacts.HuayuanPopulation),
        new(HainanFacts.Zeyuan, "north", new Rect(0, 700, 700, 1400), 5_000),
        new(HainanFacts.Jinhai, "north", new Rect(700, 0, 1250, 1400), 5_500),
        new(HainanFacts.Xinshiji, "north", new Rect(0, 0, 700, 700), 2_500),
        new(HainanFacts.Xinshiji, "south", new Rect(0, -1400, 700, 0), 9_000),
        new(HainanFacts.Xinqiao, "south", new Rect(-1250, -1400, 0, 0), 14_000),
        new(HainanFacts.Xinyuan, "south", new Rect(700, -1400, 1250, 0), 13_000),
    ];

    /// <summary>The two circles' rectangles.</summary>
    public static IReadOnlyDictionary<string, Rect> CircleRects { get; } = new Dictionary<string, Rect>
    {
        ["north"] = new(-1250, 0, 1250, 1400),
        ["south"] = new(-1250, -1400, 1250, 0),
    };

    /// <summary>Every street-grid cell with the community part it belongs to.</summary>
    public IReadOnlyList<Cell> Cells { get; }

    public Point Point(double x, double y)
    {
        var p = Projection.Unproject(x, y);
        return GeoJson.Point(p.Lon, p.Lat);
    }

    public Polygon Polygon(Rect r)
    {
        Coordinate C(double x, double y)
        {
            var p = Projection.Unproject(x, y);
            return new Coordinate(GeoJson.Round(p.Lon), GeoJson.Round(p.Lat));
        }

        // Counter-clockwise exterior ring, as RFC 7946 asks.
        return GeoJson.Factory.CreatePolygon([C(r.X0, r.Y0), C(r.X1, r.Y0), C(r.X1, r.Y1), C(r.X0, r.Y1), C(r.X0, r.Y0)]);
    }

    /// <summary>Street segments between neighbouring grid intersections (so the network is split at every crossing).</summary>
    public IEnumerable<Street> Streets()
    {
        var bayanwusu = new LocalizedText("巴彦乌素大街", "Bayanwusu Street");
        for (int i = 0; i < YLines.Length; i++)
        {
            bool main = Math.Abs(YLines[i]) < 1e-9;
            for (int j = 0; j + 1 < XLines.Length; j++)
            {
                yield return Segment($"st-ew{i:00}-{j:00}", main ? bayanwusu : null, main ? "primary" : "residential",
                    (XLines[j], YLines[i]), (XLines[j + 1], YLines[i]), main);
            }
        }

        for (int j = 0; j < XLines.Length; j++)
        {
            bool main = Math.Abs(XLines[j]) < 1e-9;
            for (int i = 0; i + 1 < YLines.Length; i++)
            {
                yield return Segment($"st-ns{j:00}-{i:00}", null, main ? "secondary" : "residential",
                    (XLines[j], YLines[i]), (XLines[j], YLines[i + 1]), false);
            }
        }
    }

    private Street Segment(string id, LocalizedText? name, string kind, (double X, double Y) a, (double X, double Y) b, bool namedInSource)
    {
        var pa = Point(a.X, a.Y);
        var pb = Point(b.X, b.Y);
        var line = GeoJson.Factory.CreateLineString([pa.Coordinate, pb.Coordinate]);
        var provenance = namedInSource
            ? new Provenance(ValueOrigin.Sourced, ValueOrigin.Illustrative, ValueOrigin.Illustrative, HainanFacts.Article)
            : Provenance.Illustrative;
        return new Street(id, name, kind, line, provenance);
    }

    private static List<Cell> BuildCells()
    {
        var cells = new List<Cell>();
        for (int i = 0; i + 1 < YLines.Length; i++)
        {
            for (int j = 0; j + 1 < XLines.Length; j++)
            {
                var rect = new Rect(XLines[j], YLines[i], XLines[j + 1], YLines[i + 1]);
                var (cx, cy) = rect.Centre;
                var part = Parts.First(p => p.Rect.Contains(cx, cy));
                cells.Add(new Cell($"{i:00}{j:00}", rect, rect.Inset(BlockSetback), part));
            }
        }

        return cells;
    }
}

/// <summary>An axis-aligned rectangle in local metres.</summary>
public readonly record struct Rect(double X0, double Y0, double X1, double Y1)
{
    public (double X, double Y) Centre => ((X0 + X1) / 2, (Y0 + Y1) / 2);

    public bool Contains(double x, double y) => x >= X0 && x <= X1 && y >= Y0 && y <= Y1;

    public Rect Inset(double d) => new(X0 + d, Y0 + d, X1 - d, Y1 - d);

    public Rect Offset(double dx, double dy) => new(X0 + dx, Y0 + dy, X1 + dx, Y1 + dy);
}

/// <summary>The part of a community that lies in one circle.</summary>
public sealed record CommunityPart(string Community, string Circle, Rect Rect, int Population);

/// <summary>One street-grid cell: its full rectangle, the block inside it, and the community part it belongs to.</summary>
public sealed record Cell(string Key, Rect Rect, Rect Block, CommunityPart Part);
