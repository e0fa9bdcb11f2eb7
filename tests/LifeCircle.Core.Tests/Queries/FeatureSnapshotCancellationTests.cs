using LifeCircle.Core.Data;
using LifeCircle.Core.Features;
using LifeCircle.Core.Queries;
using LifeCircle.Core.Queries.Cql2;
using NetTopologySuite.Geometries;

namespace LifeCircle.Core.Tests.Queries;

public class FeatureSnapshotCancellationTests
{
    private static FeatureSnapshot Snapshot(int count) => new(Collections.Blocks, Enumerable.Range(0, count)
        .Select(i => new FeatureRecord($"b{i:D5}", GeoJson.Factory.CreatePoint(new Coordinate(i, 0)), [new("population", (double)i)])));

    [Fact]
    public void ACancelledQueryStopsWithinTheFirstFewHundredCandidates()
    {
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();
        var filter = Cql2TextParser.Parse("population >= 0");

        Assert.Throws<OperationCanceledException>(() => Snapshot(FeatureSnapshot.CheckEvery * 4).Query(new FeatureQuery { Filter = filter }, cancelled.Token));
    }

    [Fact]
    public void AQueryWithALiveTokenReturnsEveryMatch()
    {
        using var live = new CancellationTokenSource();
        var page = Snapshot(FeatureSnapshot.CheckEvery * 4).Query(new FeatureQuery { Filter = Cql2TextParser.Parse("population >= 1000") }, live.Token);

        Assert.Equal((FeatureSnapshot.CheckEvery * 4) - 1000, page.NumberMatched);
    }
}
