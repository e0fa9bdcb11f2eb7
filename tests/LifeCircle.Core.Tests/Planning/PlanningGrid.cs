using LifeCircle.Core.Geodesy;
using LifeCircle.Core.Planning;
using NetTopologySuite.Geometries;

namespace LifeCircle.Core.Tests.Planning;

/// <summary>Small planning inputs made in metres around a fixed origin: a square street grid, blocks and facilities placed by the test.</summary>
internal static class PlanningGrid
{
    private static readonly LocalTransverseMercator Tm = new(new GeoPosition(106.88, 39.44));
    private static readonly GeometryFactory Factory = new();

    public static GeoPosition At(double x, double y) => Tm.Unproject(x, y);

    /// <summary>Streets every <paramref name="spacing"/> metres over a square <paramref name="cells"/> cells wide, starting at (0, 0).</summary>
    public static List<LineString> Streets(int cells, double spacing)
    {
        var lines = new List<LineString>();
        for (int i = 0; i <= cells; i++)
        {
            lines.Add(Line(At(i * spacing, 0), At(i * spacing, cells * spacing)));
            lines.Add(Line(At(0, i * spacing), At(cells * spacing, i * spacing)));
        }

        return lines;
    }

    public static DemandBlock Block(string id, double x, double y, int population, double elderly = 0, string community = "C1") =>
        new(id, community, At(x, y), population, elderly);

    public static PlanningFacility Facility(string id, string category, double x, double y, bool existing = true) =>
        new(id, id, category, existing, "C1", At(x, y));

    public static PlanningNetwork Network(IReadOnlyList<LineString> streets, IReadOnlyList<DemandBlock> blocks, IReadOnlyList<PlanningFacility> facilities)
    {
        var extent = new Envelope();
        foreach (var s in streets)
        {
            extent.ExpandToInclude(s.EnvelopeInternal);
        }

        var source = new PlanningSource(blocks, facilities, streets, [new PlanningArea("999001", "district", null), new PlanningArea("C1", "community", null)], extent);
        return PlanningNetwork.Build(source)!;
    }

    private static LineString Line(GeoPosition a, GeoPosition b) =>
        Factory.CreateLineString([new Coordinate(a.Lon, a.Lat), new Coordinate(b.Lon, b.Lat)]);
}
