using LifeCircle.Core.Features;
using LifeCircle.Core.Operations;
using LifeCircle.Core.Publishing;
using LifeCircle.Core.Versions;
using LifeCircle.Tests.Shared;

namespace LifeCircle.Core.Tests.Versions;

/// <summary>An outage does not take away a layer outline that a snapshot in memory can give.</summary>
public class PublishedVersionOutlineTests
{
    [Fact]
    public async Task WithStorageDownAndTheOutlinesNeverReadASnapshotInMemoryStillGivesItsLayersOutline()
    {
        var store = new InMemoryDistrictDataStore();
        var published = await store.PublishAsync(TestDatasets.Build(facilities: 20));
        var options = new VersionCacheOptions();
        var version = await new VersionResolver(store, new VersionCache(options), options, new ComputedLayers()).ResolveAsync(published.Version.DistrictCode);
        var snapshot = await version.SnapshotAsync(Collections.Facilities, default);

        store.Down = true;

        Assert.Equal(snapshot.Outline, await version.OutlineAsync(Collections.Facilities, default));
        await Assert.ThrowsAsync<StoreUnavailableException>(() => version.OutlineAsync(Collections.Circles, default));
    }
}
