using LifeCircle.Core.Features;
using LifeCircle.Core.Model;
using LifeCircle.Core.Problems;
using LifeCircle.Core.Publishing;
using LifeCircle.Core.Versions;
using LifeCircle.Tests.Shared;

namespace LifeCircle.Core.Tests.Versions;

public class VersionResolverTests
{
    private sealed class Clock : TimeProvider
    {
        public DateTimeOffset Now { get; set; } = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);

        public override DateTimeOffset GetUtcNow() => Now;
    }

    /// <summary>Answers district lookups with a version that changes on every call, and counts the calls.</summary>
    private sealed class CountingStore : IDistrictDataStore
    {
        public int Calls { get; private set; }

        public Task<PublishedDistrict?> GetDistrictAsync(string code, CancellationToken ct = default) =>
            Task.FromResult<PublishedDistrict?>(new(code, new("区", "District"), 1, $"v{++Calls}", new("t", "t"), new("id", "t", "u"), DateTimeOffset.MinValue, 0));

        public Task<IReadOnlyList<PublishedDistrict>> ListDistrictsAsync(CancellationToken ct = default) => throw new NotSupportedException();

        public Task<DatasetCatalogue?> GetCatalogueAsync(DatasetVersionRef version, CancellationToken ct = default) => throw new NotSupportedException();

        public IAsyncEnumerable<FeatureRecord> ReadLayerAsync(DatasetVersionRef version, string layer, CancellationToken ct = default) => throw new NotSupportedException();

        public Task<PublishedDistrict?> GetDistrictVersionAsync(string code, string version, CancellationToken ct = default) => throw new NotSupportedException();

        public Task<string?> GetDocumentAsync(DatasetVersionRef version, string key, CancellationToken ct = default) => throw new NotSupportedException();

        public Task<PublishResult> PublishAsync(Dataset dataset, PublishOptions? options = null, CancellationToken ct = default) => throw new NotSupportedException();
    }

    private static VersionResolver Resolver(IDistrictDataStore store, TimeSpan timeToLive, TimeProvider clock)
    {
        var options = new VersionCacheOptions { DistrictTimeToLive = timeToLive };
        return new VersionResolver(store, new VersionCache(options, clock), options, new Operations.ComputedLayers());
    }

    [Fact]
    public async Task ADistrictIsRememberedForTheTimeToLiveThenReadAgain()
    {
        var inner = new CountingStore();
        var clock = new Clock();
        var resolver = Resolver(inner, TimeSpan.FromSeconds(10), clock);

        Assert.Equal("v1", (await resolver.ResolveAsync("150303")).Id);
        clock.Now += TimeSpan.FromSeconds(9);
        Assert.Equal("v1", (await resolver.ResolveAsync("150303")).Id);
        clock.Now += TimeSpan.FromSeconds(2);
        Assert.Equal("v2", (await resolver.ResolveAsync("150303")).Id);
        Assert.Equal(2, inner.Calls);
    }

    [Fact]
    public async Task AZeroTimeToLiveAlwaysReadsTheStore()
    {
        var inner = new CountingStore();
        var resolver = Resolver(inner, TimeSpan.Zero, new Clock());
        await resolver.ResolveAsync("150303");
        await resolver.ResolveAsync("150303");
        Assert.Equal(2, inner.Calls);
    }

    [Fact]
    public async Task ACursorOfAnotherVersionThanThePinnedPathIsRefusedNamingCursor()
    {
        var store = new InMemoryDistrictDataStore();
        VersionTestData.Put(store, "150303", "aaaa", 3, makeCurrent: false);
        VersionTestData.Put(store, "150303", "bbbb", 3);
        var resolver = Resolver(store, TimeSpan.FromSeconds(10), TimeProvider.System);

        var problem = await Assert.ThrowsAsync<ProblemException>(() => resolver.ResolveAsync("150303@bbbb", cursorVersion: "aaaa"));
        Assert.Equal(400, problem.Status);
        Assert.Equal("cursor", problem.Parameter);
        Assert.Equal("bbbb", (await resolver.ResolveAsync("150303@bbbb", cursorVersion: "bbbb")).Id);
    }

    [Fact]
    public async Task ACursorKeepsAClientOnTheVersionItStartedPagingThrough()
    {
        var store = new InMemoryDistrictDataStore();
        VersionTestData.Put(store, "150303", "aaaa", 3, makeCurrent: false);
        VersionTestData.Put(store, "150303", "bbbb", 3);
        var resolver = Resolver(store, TimeSpan.FromSeconds(10), TimeProvider.System);

        var paged = await resolver.ResolveAsync("150303", cursorVersion: "aaaa");
        Assert.Equal("aaaa", paged.Id);
        Assert.False(paged.IsPinned);
        var gone = await Assert.ThrowsAsync<ProblemException>(() => resolver.ResolveAsync("150303", cursorVersion: "cccc"));
        Assert.Equal("cursor", gone.Parameter);
    }

    [Fact]
    public async Task AnUnknownDistrictIsNotFoundAndNotRemembered()
    {
        var store = new InMemoryDistrictDataStore();
        var resolver = Resolver(store, TimeSpan.FromSeconds(10), TimeProvider.System);
        Assert.Equal(404, (await Assert.ThrowsAsync<ProblemException>(() => resolver.ResolveAsync("123456"))).Status);
        VersionTestData.Put(store, "123456", "v1", 1);
        Assert.Equal("v1", (await resolver.ResolveAsync("123456")).Id);
    }

    [Fact]
    public async Task AVersionIsReadFromTheStoreOnceWhileItIsCached()
    {
        var store = new InMemoryDistrictDataStore();
        VersionTestData.Put(store, "150303", "v1", 20);
        var resolver = Resolver(store, TimeSpan.FromSeconds(10), TimeProvider.System);
        for (int i = 0; i < 5; i++)
        {
            await (await resolver.ResolveAsync("150303")).SnapshotAsync(Collections.Facilities, default);
        }

        Assert.Equal(1, store.LayerReads);
        Assert.Equal(1, store.DistrictReads);
    }

    [Fact]
    public async Task WhileStorageIsDownTheLastKnownCurrentVersionIsServedFromMemoryAndSaysSo()
    {
        var store = new InMemoryDistrictDataStore();
        VersionTestData.Put(store, "150303", "v1", 5);
        var clock = new Clock();
        var resolver = Resolver(store, TimeSpan.FromSeconds(10), clock);
        var before = await resolver.ResolveAsync("150303");
        await resolver.ResolveAsync("150303@v1");
        await before.SnapshotAsync(Collections.Facilities, default);
        Assert.False(before.StorageUnreachable);

        store.Down = true;
        clock.Now += TimeSpan.FromSeconds(11);
        var during = await resolver.ResolveAsync("150303");
        Assert.Equal("v1", during.Id);
        Assert.True(during.StorageUnreachable);
        Assert.Equal(5, (await during.SnapshotAsync(Collections.Facilities, default)).Count);
        await Assert.ThrowsAsync<StoreUnavailableException>(() => during.CatalogueAsync(default));
        Assert.Equal("v1", (await resolver.ResolveAsync("150303@v1")).Id);
        await Assert.ThrowsAsync<StoreUnavailableException>(() => resolver.ResolveAsync("999999"));

        store.Down = false;
        clock.Now += TimeSpan.FromSeconds(1);
        var after = await resolver.ResolveAsync("150303");
        Assert.False(after.StorageUnreachable);
        Assert.Equal(3, (await after.CatalogueAsync(default)).Categories.Count);
    }
}
