using LifeCircle.Core.Features;
using LifeCircle.Core.Versions;
using LifeCircle.Tests.Shared;

namespace LifeCircle.Core.Tests.Versions;

public class VersionCacheTests
{
    private static VersionResolver Resolver(InMemoryDistrictDataStore store, VersionCache cache) =>
        new(store, cache, new VersionCacheOptions { BudgetBytes = cache.BudgetBytes }, new Operations.ComputedLayers());

    [Fact]
    public async Task ServingALargeDistrictThenFiftyOtherVersionsKeepsTheCacheWithinItsBudget()
    {
        var store = new InMemoryDistrictDataStore();
        VersionTestData.Put(store, "999998", "big", 10_000);
        for (int i = 0; i < 50; i++)
        {
            VersionTestData.Put(store, $"9{i:D5}", "v1", 500);
        }

        var cache = new VersionCache(new VersionCacheOptions { BudgetBytes = 2_000_000 });
        var resolver = Resolver(store, cache);
        var big = await (await resolver.ResolveAsync("999998")).SnapshotAsync(Collections.Facilities, default);
        Assert.Equal(10_000, big.Count);
        Assert.True(big.EstimatedBytes > cache.BudgetBytes, "the large district alone should exceed this small budget");
        Assert.True(cache.EstimatedBytes <= cache.BudgetBytes);

        for (int i = 0; i < 50; i++)
        {
            var version = await resolver.ResolveAsync($"9{i:D5}");
            Assert.Equal(500, (await version.SnapshotAsync(Collections.Facilities, default)).Count);
            await version.CatalogueAsync(default);
            Assert.True(cache.EstimatedBytes <= cache.BudgetBytes, $"after version {i}: {cache.EstimatedBytes:N0} bytes held, budget {cache.BudgetBytes:N0}");
        }

        Assert.True(cache.Count < 150, $"{cache.Count} entries held");
    }

    [Fact]
    public async Task TheLeastRecentlyUsedEntryGoesFirst()
    {
        var cache = new VersionCache(new VersionCacheOptions { BudgetBytes = 300 });
        var a = new VersionCacheKey("1", "v", "a");
        var b = new VersionCacheKey("1", "v", "b");
        var c = new VersionCacheKey("1", "v", "c");
        await cache.GetOrLoadAsync(a, _ => Task.FromResult("a"), _ => 100);
        await cache.GetOrLoadAsync(b, _ => Task.FromResult("b"), _ => 100);
        await cache.GetOrLoadAsync(a, _ => Task.FromResult("a again"), _ => 100);
        await cache.GetOrLoadAsync(c, _ => Task.FromResult("c"), _ => 150);

        Assert.True(cache.Contains(a));
        Assert.False(cache.Contains(b));
        Assert.True(cache.Contains(c));
        Assert.Equal(250, cache.EstimatedBytes);
    }

    [Fact]
    public async Task AValueLargerThanTheBudgetIsServedButNotKept()
    {
        var cache = new VersionCache(new VersionCacheOptions { BudgetBytes = 100 });
        var key = new VersionCacheKey("1", "v", "huge");
        Assert.Equal("huge", await cache.GetOrLoadAsync(key, _ => Task.FromResult("huge"), _ => 1_000));
        Assert.False(cache.Contains(key));
        Assert.Equal(0, cache.EstimatedBytes);
    }

    [Fact]
    public void AValueSetLargerThanTheBudgetIsNotKeptAndTheEntriesBeforeItStay()
    {
        var cache = new VersionCache(new VersionCacheOptions { BudgetBytes = 100 });
        var small = new VersionCacheKey("1", "v", "small");
        var huge = new VersionCacheKey("1", "v", "huge");
        cache.Set(small, "small", 40);

        cache.Set(huge, "huge", 1_000);

        Assert.False(cache.Contains(huge));
        Assert.True(cache.TryGet(small, out string kept) && kept == "small");
        Assert.Equal(40, cache.EstimatedBytes);
    }

    [Fact]
    public async Task AFailedLoadIsNotRememberedSoTheNextRequestTriesAgain()
    {
        var cache = new VersionCache(new VersionCacheOptions());
        var key = new VersionCacheKey("1", "v", "flaky");
        await Assert.ThrowsAsync<IOException>(() => cache.GetOrLoadAsync<string>(key, _ => throw new IOException("storage down"), _ => 10));
        Assert.Equal("ok", await cache.GetOrLoadAsync(key, _ => Task.FromResult("ok"), _ => 10));
    }

    [Fact]
    public async Task ConcurrentRequestsShareOneLoad()
    {
        var cache = new VersionCache(new VersionCacheOptions());
        var key = new VersionCacheKey("1", "v", "shared");
        int loads = 0;
        var gate = new TaskCompletionSource();
        var waiting = Enumerable.Range(0, 8).Select(_ => cache.GetOrLoadAsync(key, async _ =>
        {
            Interlocked.Increment(ref loads);
            await gate.Task;
            return "value";
        }, _ => 10)).ToList();
        gate.SetResult();
        Assert.All(await Task.WhenAll(waiting), v => Assert.Equal("value", v));
        Assert.Equal(1, loads);
    }
}
