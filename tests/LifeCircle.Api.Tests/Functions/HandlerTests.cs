using System.Text.Json;
using LifeCircle.Api.Functions;
using LifeCircle.Tests.Shared;

namespace LifeCircle.Api.Tests.Functions;

/// <summary>The function classes called directly over an in-memory store: the HTTP adapters, without Kestrel or Azurite.</summary>
public class HandlerTests
{
    private readonly InMemoryApi _api;

    public HandlerTests()
    {
        var store = new InMemoryDistrictDataStore();
        VersionTestData.Put(store, "150303", "aaaa", 25, makeCurrent: false);
        VersionTestData.Put(store, "150303", "bbbb", 12);
        _api = new InMemoryApi(store);
    }

    private Task<(int Status, string? ContentType, JsonElement Body)> Items(string pathAndQuery, string segment, string? accept = null)
    {
        var req = InMemoryApi.Get(pathAndQuery, accept);
        return InMemoryApi.RunAsync(req, new ItemFunctions(_api.Endpoint).GetItems(req, segment, "facilities", default));
    }

    [Fact]
    public async Task FollowingNextLinksReturnsEveryFeatureOfTheVersionOnce()
    {
        var ids = new List<string>();
        string? url = "/api/districts/150303/collections/facilities/items?limit=5";
        while (url is not null)
        {
            var (status, type, body) = await Items(url.Replace("http://api.test", ""), "150303");
            Assert.Equal(200, status);
            Assert.Equal("application/geo+json", type);
            Assert.Equal("bbbb", body.GetProperty("datasetVersion").GetString());
            ids.AddRange(body.GetProperty("features").EnumerateArray().Select(f => f.GetProperty("id").GetString()!));
            url = body.GetProperty("links").EnumerateArray().Where(l => l.GetProperty("rel").GetString() == "next").Select(l => l.GetProperty("href").GetString()).FirstOrDefault();
        }

        Assert.Equal(12, ids.Count);
        Assert.Equal(12, ids.Distinct().Count());
    }

    [Fact]
    public async Task ACursorOfVersionASentWithVersionBInThePathIsABadRequestNamingCursor()
    {
        var (_, _, first) = await Items("/api/districts/150303@aaaa/collections/facilities/items?limit=5", "150303@aaaa");
        var next = first.GetProperty("links").EnumerateArray().Single(l => l.GetProperty("rel").GetString() == "next").GetProperty("href").GetString()!;
        var cursor = next[(next.IndexOf("cursor=", StringComparison.Ordinal) + "cursor=".Length)..];

        var (status, type, body) = await Items($"/api/districts/150303@bbbb/collections/facilities/items?cursor={cursor}", "150303@bbbb");
        Assert.Equal(400, status);
        Assert.Equal("application/problem+json", type);
        Assert.Equal("cursor", body.GetProperty("parameter").GetString());
    }

    [Fact]
    public async Task AnAcceptHeaderThatRulesOutJsonIsNotAcceptableAndAnUnknownFormatIsABadRequest()
    {
        Assert.Equal(406, (await Items("/api/districts/150303/collections/facilities/items", "150303", "text/csv")).Status);
        var (status, _, body) = await Items("/api/districts/150303/collections/facilities/items?f=xml", "150303");
        Assert.Equal(400, status);
        Assert.Equal("f", body.GetProperty("parameter").GetString());
    }

    [Fact]
    public async Task TheCollectionsOfAPinnedVersionLinkToThatVersion()
    {
        var req = InMemoryApi.Get("/api/districts/150303@aaaa/collections");
        var (status, _, body) = await InMemoryApi.RunAsync(req, new CollectionFunctions(_api.Endpoint).List(req, "150303@aaaa", default));
        Assert.Equal(200, status);
        var facilities = body.GetProperty("collections").EnumerateArray().Single(c => c.GetProperty("id").GetString() == "facilities");
        Assert.Equal(25, facilities.GetProperty("numberOfFeatures").GetInt32());
        Assert.StartsWith("http://api.test/api/districts/150303@aaaa/", facilities.GetProperty("links")[0].GetProperty("href").GetString());
    }

    [Fact]
    public async Task AnUnknownCollectionIsNotFoundAsProblemJson()
    {
        var req = InMemoryApi.Get("/api/districts/150303/collections/nope");
        var (status, type, body) = await InMemoryApi.RunAsync(req, new CollectionFunctions(_api.Endpoint).Get(req, "150303", "nope", default));
        Assert.Equal(404, status);
        Assert.Equal("application/problem+json", type);
        Assert.Contains("facilities", body.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task AVersionPublishedWithoutCoverageAnswersNotFoundForCoverage()
    {
        var req = InMemoryApi.Get("/api/districts/150303/coverage");
        var (status, _, body) = await InMemoryApi.RunAsync(req, new CoverageFunctions(_api.Endpoint).Get(req, "150303", default));
        Assert.Equal(404, status);
        Assert.Contains("without coverage", body.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task TheDistrictListDescribesEachCurrentVersion()
    {
        var req = InMemoryApi.Get("/api/districts");
        var (status, _, body) = await InMemoryApi.RunAsync(req, new DistrictFunctions(_api.Endpoint, _api.Versions).List(req, default));
        Assert.Equal(200, status);
        Assert.Equal("bbbb", body.GetProperty("districts")[0].GetProperty("currentVersion").GetString());
    }
}
