using LifeCircle.Api.Functions;
using LifeCircle.Core.Versions;
using LifeCircle.Tests.Shared;
using Microsoft.AspNetCore.Http;

namespace LifeCircle.Api.Tests.Functions;

/// <summary>What the API answers while its storage is down, over an in-memory store switched off (bench/storage-outage.sh does it with Azurite killed).</summary>
public class StorageOutageHandlerTests
{
    private readonly InMemoryDistrictDataStore _store = new();
    private readonly InMemoryApi _api;

    public StorageOutageHandlerTests()
    {
        VersionTestData.Put(_store, "150303", "v1", 12);
        // Read which version is current on every request, as after the time to live has run out.
        _api = new InMemoryApi(_store, new VersionCacheOptions { DistrictTimeToLive = TimeSpan.Zero });
    }

    private Task<(int Status, IHeaderDictionary Headers, System.Text.Json.JsonElement Body)> Items(string collection)
    {
        var req = InMemoryApi.Get($"/api/districts/150303/collections/{collection}/items");
        return InMemoryApi.RunWithHeadersAsync(req, new ItemFunctions(_api.Endpoint).GetItems(req, "150303", collection, default));
    }

    private Task<(int Status, IHeaderDictionary Headers, System.Text.Json.JsonElement Body)> Districts()
    {
        var req = InMemoryApi.Get("/api/districts");
        return InMemoryApi.RunWithHeadersAsync(req, new DistrictFunctions(_api.Endpoint, _api.Versions).List(req, default));
    }

    private Task<(int Status, IHeaderDictionary Headers, System.Text.Json.JsonElement Body)> Health()
    {
        var req = InMemoryApi.Get("/api/health");
        return InMemoryApi.RunWithHeadersAsync(req, new HealthFunction(_api.Endpoint, _store, _api.Cache).Run(req, default));
    }

    [Fact]
    public async Task AVersionInMemoryIsServedAndSaysSoWhileWhatIsNotInMemoryIs503WithRetryAfter()
    {
        Assert.Equal(200, (await Items("facilities")).Status);
        _store.Down = true;

        var (status, headers, body) = await Items("facilities");
        Assert.Equal(200, status);
        Assert.Equal(12, body.GetProperty("numberMatched").GetInt32());
        Assert.Equal("unreachable; served from memory", headers["X-Storage-Status"].ToString());

        var (coldStatus, coldHeaders, problem) = await Items("streets");
        Assert.Equal(503, coldStatus);
        Assert.Equal("5", coldHeaders.RetryAfter.ToString());
        Assert.Equal("Storage unavailable", problem.GetProperty("title").GetString());
    }

    [Fact]
    public async Task TheDistrictListLastReadIsServedAndSaysSoWhileStorageIsDown()
    {
        Assert.Equal(200, (await Districts()).Status);
        _store.Down = true;

        var (status, headers, body) = await Districts();
        Assert.Equal(200, status);
        Assert.Equal("150303", Assert.Single(body.GetProperty("districts").EnumerateArray()).GetProperty("code").GetString());
        Assert.Equal("unreachable; served from memory", headers["X-Storage-Status"].ToString());

        _store.Down = false;
        var (_, upHeaders, _) = await Districts();
        Assert.False(upHeaders.ContainsKey("X-Storage-Status"));
    }

    [Fact]
    public async Task TheDistrictListNeverReadIs503WhileStorageIsDown()
    {
        _store.Down = true;

        var (status, headers, problem) = await Districts();

        Assert.Equal(503, status);
        Assert.Equal("5", headers.RetryAfter.ToString());
        Assert.Equal("Storage unavailable", problem.GetProperty("title").GetString());
    }

    [Fact]
    public async Task HealthIsUnhealthyWith503WhileStorageIsDownAndHealthyAgainWhenItReturns()
    {
        var (up, _, healthy) = await Health();
        Assert.Equal(200, up);
        Assert.Equal("healthy", healthy.GetProperty("status").GetString());

        _store.Down = true;
        var (down, headers, unhealthy) = await Health();
        Assert.Equal(503, down);
        Assert.Equal("unhealthy", unhealthy.GetProperty("status").GetString());
        Assert.Equal("no-store", headers.CacheControl.ToString());

        _store.Down = false;
        Assert.Equal(200, (await Health()).Status);
    }
}
