using LifeCircle.Core.Features;
using LifeCircle.Core.Publishing;
using LifeCircle.Tests.Shared;

namespace LifeCircle.Storage.Tests;

/// <summary>An import stopped at any point leaves the previous version served in full, and running it again finishes it.</summary>
public class InterruptedPublishTests
{
    private static async Task<int> Count(TableDistrictDataStore store, DatasetVersionRef version, string layer = Collections.FacilityLayer)
    {
        int n = 0;
        await foreach (var _ in store.ReadLayerAsync(version, layer))
        {
            n++;
        }

        return n;
    }

    /// <summary>Cancels the publish as soon as a progress report satisfies the condition: the import is killed right there.</summary>
    private sealed class KillWhen(Func<(int Written, int Total), bool> condition, CancellationTokenSource kill) : IProgress<(int Written, int Total)>
    {
        public void Report((int Written, int Total) value)
        {
            if (condition(value))
            {
                kill.Cancel();
            }
        }
    }

    public static TheoryData<string> Points() => ["after the first batch", "halfway", "after the last batch, before the switch"];

    [Theory]
    [MemberData(nameof(Points))]
    public async Task KillingAnImportLeavesThePreviousVersionServedCompleteAndARerunPublishesTheNewOne(string point)
    {
        await using var owned = TestStorage.NewStore();
        var old = await owned.Store.PublishAsync(TestDatasets.Build(facilities: 120, label: "old"));
        var next = TestDatasets.Build(facilities: 650, label: "new");

        using var kill = new CancellationTokenSource();
        Func<(int Written, int Total), bool> condition = point switch
        {
            "after the first batch" => p => p.Written > 0,
            "halfway" => p => p.Written >= p.Total / 2,
            _ => p => p.Written == p.Total,
        };
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() =>
            owned.Store.PublishAsync(next, new PublishOptions { Progress = new KillWhen(condition, kill) }, kill.Token));

        var current = await owned.Store.GetDistrictAsync("999001");
        Assert.Equal(old.Version.Version, current!.CurrentVersion);
        Assert.Equal(120, await Count(owned.Store, current.Current));
        Assert.Equal(3, await Count(owned.Store, current.Current, Collections.Areas.Layer));

        var rerun = await owned.Store.PublishAsync(next);
        Assert.False(rerun.AlreadyPublished);
        Assert.Equal(rerun.Version.Version, (await owned.Store.GetDistrictAsync("999001"))!.CurrentVersion);
        Assert.Equal(650, await Count(owned.Store, rerun.Version));
        Assert.NotNull(await owned.Store.GetDistrictVersionAsync("999001", old.Version.Version));
    }

    [Fact]
    public async Task AnInterruptedVersionIsNotReadableAtItsVersionedUrl()
    {
        await using var owned = TestStorage.NewStore();
        await owned.Store.PublishAsync(TestDatasets.Build(facilities: 10, label: "old"));
        var next = TestDatasets.Build(facilities: 300, label: "new");
        using var kill = new CancellationTokenSource();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() =>
            owned.Store.PublishAsync(next, new PublishOptions { Progress = new KillWhen(p => p.Written > 0, kill) }, kill.Token));

        Assert.Null(await owned.Store.GetDistrictVersionAsync("999001", DatasetVersionIds.Compute(next, null)));
    }
}
