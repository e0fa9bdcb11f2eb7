using System.Text.Json;
using LifeCircle.Api.Functions;
using LifeCircle.Api.Http;
using LifeCircle.Core.Features;
using LifeCircle.Core.Versions;
using LifeCircle.Tests.Shared;

namespace LifeCircle.Api.Tests.Functions;

/// <summary>A first request for a layer computed on read that takes longer than a read may wait: a 503 problem that says so, then the layer.</summary>
public class IsochroneItemsTests
{
    /// <summary>Computes one isochrone after a delay.</summary>
    private sealed class SlowLayers(TimeSpan delay) : IComputedLayers
    {
        public async Task<IReadOnlyList<FeatureRecord>> ComputeAsync(PublishedVersion version, CollectionDefinition collection, CancellationToken cancellationToken)
        {
            await Task.Delay(delay, cancellationToken);
            return [new FeatureRecord("f00000:5", null, [new("facility", "f00000"), new("minutes", 5.0)])];
        }
    }

    [Fact]
    public async Task AFirstRequestLongerThanTheWaitIsAnswered503WithRetryAfterThenALaterOneGetsTheLayer()
    {
        var store = new InMemoryDistrictDataStore();
        VersionTestData.Put(store, "999001", "v1", 10);
        var api = new InMemoryApi(store, new VersionCacheOptions { ComputedLayerWait = TimeSpan.FromMilliseconds(300) }, computed: new SlowLayers(TimeSpan.FromSeconds(1.5)));

        var first = InMemoryApi.Get("/api/districts/999001/collections/isochrones/items");
        var (status, headers, body) = await InMemoryApi.RunWithHeadersAsync(first, new ItemFunctions(api.Endpoint).GetItems(first, "999001", "isochrones", default));

        Assert.Equal(503, status);
        Assert.StartsWith(ApiResponse.ProblemJson, first.HttpContext.Response.ContentType);
        Assert.Equal("1", headers.RetryAfter.ToString());
        Assert.EndsWith("/api/problems/layer-being-computed", body.GetProperty("type").GetString());
        Assert.Contains("being computed", body.GetProperty("title").GetString(), StringComparison.OrdinalIgnoreCase);

        // As a client following Retry-After: the computation went on, so within a few retries the layer is there.
        int laterStatus = 0;
        JsonElement laterBody = default;
        for (int retry = 0; retry < 10 && laterStatus != 200; retry++)
        {
            await Task.Delay(TimeSpan.FromSeconds(1));
            var later = InMemoryApi.Get("/api/districts/999001/collections/isochrones/items");
            (laterStatus, _, laterBody) = await InMemoryApi.RunAsync(later, new ItemFunctions(api.Endpoint).GetItems(later, "999001", "isochrones", default));
        }

        Assert.Equal(200, laterStatus);
        Assert.Equal(1, laterBody.GetProperty("numberMatched").GetInt32());
    }
}
