using LifeCircle.Core.Coverage;
using LifeCircle.Core.Geodesy;
using NetTopologySuite.Geometries;
using Xunit;

namespace LifeCircle.Core.Tests.Coverage;

public class IsochroneTests
{
    private static readonly GeometryFactory Factory = new();
    private static readonly LocalTransverseMercator Projection = new(new GeoPosition(106.87, 39.44));

    private static LineString Street(double x1, double y1, double x2, double y2)
    {
        var a = Projection.Unproject(x1, y1);
        var b = Projection.Unproject(x2, y2);
        return Factory.CreateLineString([new Coordinate(a.Lon, a.Lat), new Coordinate(b.Lon, b.Lat)]);
    }

    private static IReadOnlyList<Geometry> Metric(IReadOnlyList<Geometry> lonLat) => lonLat.Select(g =>
    {
        var copy = g.Copy();
        copy.Apply(new ToMetres());
        copy.GeometryChanged();
        return copy;
    }).ToList();

    [Fact]
    public void OnOneLongStreetTheAreaIsTheWalkedStretchWithItsFrontage()
    {
        var graph = WalkingGraph.FromStreets([Street(-2000, 0, 2000, 0)], Projection);
        var at = Projection.Unproject(0, 5);
        var areas = Metric(new Isochrones(graph, Projection, Walking.Default).Around(Factory.CreatePoint(new Coordinate(at.Lon, at.Lat)), [5, 10, 15]));

        for (int k = 0; k < 3; k++)
        {
            double walked = 300 * (k + 1) - 5; // metres either way along the street, after the 5 m connector
            var env = areas[k].EnvelopeInternal;
            Assert.InRange(env.MinX, -walked - 45, -walked - 15);
            Assert.InRange(env.MaxX, walked + 15, walked + 45);
            Assert.InRange(env.MinY, -45, -15);
            Assert.InRange(env.MaxY, 15, 45);
            Assert.InRange(areas[k].Area, 2 * walked * 40, 2 * (walked + 45) * 90);
        }

        // Within the rounding of lon/lat to the published decimals.
        Assert.True(areas[2].Buffer(0.5).Covers(areas[1]) && areas[1].Buffer(0.5).Covers(areas[0]), "the areas nest");
        Assert.True(areas[0].Covers(Factory.CreatePoint(new Coordinate(0, 5))));
    }

    [Fact]
    public void ABlockRingedByReachableStreetsIsReachedInsideToo()
    {
        // A 150 m square: all four sides are within 5 minutes of a point on one of them, so its middle is filled.
        var graph = WalkingGraph.FromStreets(
            [Street(0, 0, 150, 0), Street(150, 0, 150, 150), Street(150, 150, 0, 150), Street(0, 150, 0, 0), Street(150, 0, 2000, 0)], Projection);
        var at = Projection.Unproject(75, 0);
        var areas = Metric(new Isochrones(graph, Projection, Walking.Default).Around(Factory.CreatePoint(new Coordinate(at.Lon, at.Lat)), [5]));

        Assert.True(areas[0].Covers(Factory.CreatePoint(new Coordinate(75, 75))), "the block's middle, 75 m from any street");
        Assert.Empty(((Polygon)areas[0]).Holes);
        Assert.False(areas[0].Covers(Factory.CreatePoint(new Coordinate(75, 250))), "beyond the block's far side");
    }

    [Fact]
    public void EverySampleIsochroneIsAValidCounterClockwisePolygonWithinTheNextLargerOne()
    {
        var d = LifeCircle.Core.Data.DatasetFiles.Read(LifeCircle.Tests.Shared.RepositoryPaths.SampleDataset);
        var network = CoverageNetwork.Build(d);
        var isochrones = new Isochrones(network.Graph, network.Projection, Walking.Default);
        foreach (var f in d.Facilities.Take(60))
        {
            var areas = isochrones.Around(f.Location, [5, 10, 15]);
            foreach (var area in areas)
            {
                Assert.True(area.IsValid, $"{f.Id}: {new NetTopologySuite.Operation.Valid.IsValidOp(area).ValidationError}");
                var polygons = area is MultiPolygon m ? m.Geometries.Cast<Polygon>() : [(Polygon)area];
                Assert.All(polygons, p => Assert.True(p.Shell.IsCCW, $"{f.Id}: shells run counter-clockwise (RFC 7946)"));
            }

            // Within the rounding of lon/lat to the published decimals (about 0.1 m).
            Assert.True(areas[1].Buffer(1e-5).Covers(areas[0]) && areas[2].Buffer(1e-5).Covers(areas[1]), $"{f.Id}: the areas nest");
        }
    }

    private sealed class ToMetres : ICoordinateSequenceFilter
    {
        public bool Done => false;

        public bool GeometryChanged => true;

        public void Filter(CoordinateSequence seq, int i)
        {
            var (x, y) = Projection.Project(new GeoPosition(seq.GetX(i), seq.GetY(i)));
            seq.SetX(i, x);
            seq.SetY(i, y);
        }
    }
}
