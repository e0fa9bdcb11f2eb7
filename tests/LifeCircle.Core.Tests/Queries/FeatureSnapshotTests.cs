using LifeCircle.Core.Data;
using LifeCircle.Core.Features;
using NetTopologySuite.Geometries;
using NetTopologySuite.IO;

using LifeCircle.Core.Queries;

namespace LifeCircle.Core.Tests.Queries;

public class FeatureSnapshotTests
{
    private static FeatureRecord F(string id, string wkt, double? population) =>
        new(id, new WKTReader(GeoJson.Factory.GeometryServices).Read(wkt), [new("population", population)]);

    private static readonly FeatureSnapshot Snapshot = new(Collections.Blocks,
    [
        // An L shape whose envelope covers the box (2..3, 2..3) while the shape itself does not.
        F("b-l", "POLYGON((0 0, 4 0, 4 1, 1 1, 1 4, 0 4, 0 0))", 10),
        F("b-square", "POLYGON((2 2, 3 2, 3 3, 2 3, 2 2))", null),
        F("a-point", "POINT(2.5 2.5)", 30),
    ]);

    [Fact]
    public void BboxTestsTheGeometryNotJustItsEnvelope()
    {
        var page = Snapshot.Query(new FeatureQuery { Bbox = new Envelope(2.2, 2.8, 2.2, 2.8) });
        Assert.Equal(["a-point", "b-square"], page.Features.Select(f => f.Id));
    }

    [Fact]
    public void TheDefaultOrderIsByIdAndOffsetsPageThroughIt()
    {
        Assert.Equal(["a-point", "b-l", "b-square"], Snapshot.Query(new FeatureQuery()).Features.Select(f => f.Id));
        var second = Snapshot.Query(new FeatureQuery { Offset = 1, Limit = 1 });
        Assert.Equal(["b-l"], second.Features.Select(f => f.Id));
        Assert.Equal(3, second.NumberMatched);
    }

    [Fact]
    public void SortingPutsMissingValuesLast()
    {
        var page = Snapshot.Query(new FeatureQuery { SortBy = [new SortKey("population", false)] });
        Assert.Equal(["b-l", "a-point", "b-square"], page.Features.Select(f => f.Id));
    }

    [Fact]
    public void SortingDescendingStillPutsMissingValuesLast()
    {
        var page = Snapshot.Query(new FeatureQuery { SortBy = [new SortKey("population", true)] });
        Assert.Equal(["a-point", "b-l", "b-square"], page.Features.Select(f => f.Id));
    }

    [Fact]
    public void ASecondDescendingKeyBreaksTiesWithMissingValuesLast()
    {
        var snapshot = new FeatureSnapshot(Collections.Blocks,
        [
            new FeatureRecord("c", GeoJson.Factory.CreatePoint(new Coordinate(0, 0)), [new("population", 1.0), new("households", null)]),
            new FeatureRecord("b", GeoJson.Factory.CreatePoint(new Coordinate(0, 0)), [new("population", 1.0), new("households", 5.0)]),
            new FeatureRecord("a", GeoJson.Factory.CreatePoint(new Coordinate(0, 0)), [new("population", 2.0), new("households", 9.0)]),
        ]);
        var page = snapshot.Query(new FeatureQuery { SortBy = [new SortKey("population", false), new SortKey("households", true)] });
        Assert.Equal(["b", "c", "a"], page.Features.Select(f => f.Id));
    }

    [Fact]
    public void ExtentCoversEveryGeometry()
    {
        Assert.Equal(new Envelope(0, 4, 0, 4), Snapshot.Extent);
        Assert.Null(Snapshot.YearRange);
    }

    private static readonly FeatureSnapshot Grid = new(Collections.Blocks, Enumerable.Range(0, 400)
        .Select(i => new FeatureRecord($"g{(i * 7919) % 400:D3}", GeoJson.Factory.CreatePoint(new Coordinate(i % 20, i / 20)), [new("population", (double)(i % 3))])));

    [Fact]
    public void AnOffsetPastTheEndGivesAnEmptyPageThatStillCountsEveryFeature()
    {
        var page = Grid.Query(new FeatureQuery { Offset = 1000, Limit = 10 });
        Assert.Empty(page.Features);
        Assert.Equal(400, page.NumberMatched);
        Assert.Equal(["g398", "g399"], Grid.Query(new FeatureQuery { Offset = 398, Limit = 10 }).Features.Select(f => f.Id));
    }

    [Fact]
    public void BboxHitsComeInIdOrderWhateverOrderTheIndexHoldsThem()
    {
        var box = new Envelope(2, 9, 3, 11);
        var expected = Grid.Query(new FeatureQuery { Limit = int.MaxValue }).Features
            .Where(f => box.Intersects(f.Geometry!.EnvelopeInternal)).Select(f => f.Id).ToList();
        var page = Grid.Query(new FeatureQuery { Bbox = box, Offset = 5, Limit = 20 });

        Assert.Equal(expected.Count, page.NumberMatched);
        Assert.Equal(expected.Skip(5).Take(20), page.Features.Select(f => f.Id));
    }

    [Fact]
    public void AFilteredPageCountsEveryMatchButHoldsOnlyItsOwnFeatures()
    {
        var all = Grid.Query(new FeatureQuery { Limit = int.MaxValue, PropertyEquals = [new("population", 1.0)] });
        var page = Grid.Query(new FeatureQuery { Offset = 10, Limit = 15, PropertyEquals = [new("population", 1.0)] });

        Assert.Equal(133, all.NumberMatched);
        Assert.Equal(133, page.NumberMatched);
        Assert.Equal(all.Features.Skip(10).Take(15).Select(f => f.Id), page.Features.Select(f => f.Id));
        Assert.True(all.Features.Select(f => f.Id).SequenceEqual(all.Features.Select(f => f.Id).Order(StringComparer.Ordinal)));
    }

    [Fact]
    public void NegativeOffsetsAndLimitsReadAsZeroAsSkipAndTakeRead()
    {
        Assert.Equal(["g000", "g001"], Grid.Query(new FeatureQuery { Offset = -5, Limit = 2 }).Features.Select(f => f.Id));
        Assert.Empty(Grid.Query(new FeatureQuery { Limit = -1 }).Features);
        Assert.Empty(Grid.Query(new FeatureQuery { Limit = -1, PropertyEquals = [new("population", 1.0)] }).Features);
    }
}
