using LifeCircle.Core.Features;
using LifeCircle.Core.Model;
using LifeCircle.Core.Publishing;

namespace LifeCircle.Api.Tests;

public class CachingDistrictDataStoreTests
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

    [Fact]
    public async Task ADistrictIsRememberedForTheTimeToLiveThenReadAgain()
    {
        var inner = new CountingStore();
        var clock = new Clock();
        var store = new CachingDistrictDataStore(inner, TimeSpan.FromSeconds(10), clock);

        Assert.Equal("v1", (await store.GetDistrictAsync("150303"))!.CurrentVersion);
        clock.Now += TimeSpan.FromSeconds(9);
        Assert.Equal("v1", (await store.GetDistrictAsync("150303"))!.CurrentVersion);
        clock.Now += TimeSpan.FromSeconds(2);
        Assert.Equal("v2", (await store.GetDistrictAsync("150303"))!.CurrentVersion);
        Assert.Equal(2, inner.Calls);
    }

    [Fact]
    public async Task AZeroTimeToLiveAlwaysReadsTheStore()
    {
        var inner = new CountingStore();
        var store = new CachingDistrictDataStore(inner, TimeSpan.Zero, new Clock());
        await store.GetDistrictAsync("150303");
        await store.GetDistrictAsync("150303");
        Assert.Equal(2, inner.Calls);
    }
}
