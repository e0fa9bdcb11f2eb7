using LifeCircle.Core.Features;
using LifeCircle.Core.Publishing;
using LifeCircle.Tests.Shared;

namespace LifeCircle.Storage.Tests;

public class PruneTests
{
    private static async Task<int> Count(TableDistrictDataStore store, DatasetVersionRef version)
    {
        int n = 0;
        await foreach (var _ in store.ReadLayerAsync(version, Collections.FacilityLayer))
        {
            n++;
        }

        return n;
    }

    [Fact]
    public async Task PruningDeletesOldVersionsButNeverTheCurrentOne()
    {
        await using var owned = TestStorage.NewStore();
        var v1 = (await owned.Store.PublishAsync(TestDatasets.Build(facilities: 150, label: "1"))).Version;
        var v2 = (await owned.Store.PublishAsync(TestDatasets.Build(facilities: 20, label: "2"))).Version;
        var v3 = (await owned.Store.PublishAsync(TestDatasets.Build(facilities: 30, label: "3"))).Version;

        Assert.Equal([v1.Version], await owned.Store.PruneAsync("999001", keepPrevious: 1));
        Assert.Null(await owned.Store.GetDistrictVersionAsync("999001", v1.Version));
        Assert.Equal(0, await Count(owned.Store, v1));
        Assert.NotNull(await owned.Store.GetDistrictVersionAsync("999001", v2.Version));

        Assert.Equal([v2.Version], await owned.Store.PruneAsync("999001", keepPrevious: 0));
        Assert.Empty(await owned.Store.PruneAsync("999001", keepPrevious: 0));
        Assert.Equal(v3.Version, (await owned.Store.GetDistrictAsync("999001"))!.CurrentVersion);
        Assert.Equal(30, await Count(owned.Store, v3));
        Assert.NotNull(await owned.Store.GetCatalogueAsync(v3));
    }
}
