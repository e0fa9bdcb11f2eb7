using System.Net;
using System.Reflection;
using System.Text.Json;
using LifeCircle.Core.Documents;

namespace LifeCircle.Api.Tests.Ogc;

[Collection(ApiCollection.Name)]
public class OgcCoreTests(ApiHostFixture api)
{
    private const string Base = "/api/districts/150303";

    private static string? Link(JsonElement body, string rel, string? type = null) =>
        body.GetProperty("links").EnumerateArray()
            .Where(l => l.GetProperty("rel").GetString() == rel && (type is null || l.GetProperty("type").GetString() == type))
            .Select(l => l.GetProperty("href").GetString()).FirstOrDefault();

    [Fact]
    [ConformanceTest(Conformance.Core)]
    [ConformanceTest(Conformance.Oas30)]
    public async Task TheLandingPageLinksTheApiDefinitionDocsConformanceAndCollections()
    {
        var (response, body) = await api.GetJsonAsync(Base);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.False(string.IsNullOrEmpty(body.GetProperty("title").GetString()));
        Assert.EndsWith("/api/openapi.json", Link(body, "service-desc", "application/vnd.oai.openapi+json;version=3.0"));
        Assert.EndsWith("/api/docs", Link(body, "service-doc", "text/html"));
        Assert.EndsWith(Base + "/conformance", Link(body, "conformance"));
        Assert.EndsWith(Base + "/collections", Link(body, "data"));
    }

    [Fact]
    public async Task ConformanceListsExactlyTheImplementedClassesAndEachHasATest()
    {
        var (_, body) = await api.GetJsonAsync(Base + "/conformance");
        var listed = body.GetProperty("conformsTo").EnumerateArray().Select(c => c.GetString()!).ToList();
        Assert.Equal(Conformance.Classes, listed);

        var tested = typeof(OgcCoreTests).Assembly.GetTypes().SelectMany(t => t.GetMethods())
            .SelectMany(m => m.GetCustomAttributes<ConformanceTestAttribute>()).Select(a => a.Class).ToHashSet();
        Assert.All(listed, c => Assert.True(tested.Contains(c), $"no test is marked as exercising {c}"));
    }

    [Fact]
    [ConformanceTest(Conformance.Core)]
    public async Task EveryCollectionIsListedWithExtentCrsAndItemsLink()
    {
        var (_, body) = await api.GetJsonAsync(Base + "/collections");
        var collections = body.GetProperty("collections").EnumerateArray().ToList();
        Assert.Equal(["facilities", "circles", "areas", "blocks", "streets", "access", "gaps", "isochrones"], collections.Select(c => c.GetProperty("id").GetString()));
        foreach (var c in collections)
        {
            var bbox = c.GetProperty("extent").GetProperty("spatial").GetProperty("bbox")[0].EnumerateArray().Select(x => x.GetDouble()).ToArray();
            Assert.Equal(4, bbox.Length);
            Assert.InRange(bbox[0], 106, 107.5);
            Assert.Equal("http://www.opengis.net/def/crs/OGC/1.3/CRS84", c.GetProperty("storageCrs").GetString());
            Assert.Equal(5, c.GetProperty("crs").GetArrayLength());
            Assert.NotNull(Link(c, "items", "application/geo+json"));
            Assert.NotNull(Link(c, "http://www.opengis.net/def/rel/ogc/1.0/queryables"));
        }

        var facilities = collections[0];
        Assert.Equal(api.Sample.Facilities.Count, facilities.GetProperty("numberOfFeatures").GetInt32());
        var interval = facilities.GetProperty("extent").GetProperty("temporal").GetProperty("interval")[0];
        Assert.Equal("2024-01-01T00:00:00Z", interval[0].GetString());
    }

    [Theory]
    [InlineData("circles", "north")]
    [InlineData("areas", "150303001008")]
    [InlineData("blocks", "blk-0000")]
    [InlineData("streets", "st-ew06-05")]
    [ConformanceTest(Conformance.GeoJson)]
    public async Task OneFeatureOfEachCollectionIsServedWithSelfAndCollectionLinks(string collection, string id)
    {
        var (response, body) = await api.GetJsonAsync($"{Base}/collections/{collection}/items/{id}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/geo+json", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal(id, body.GetProperty("id").GetString());
        Assert.EndsWith($"/collections/{collection}/items/{id}", Link(body, "self"));
        Assert.EndsWith($"/collections/{collection}", Link(body, "collection"));
    }

    [Fact]
    [ConformanceTest(Conformance.Core)]
    public async Task PrevLinksWalkBackToTheFirstPage()
    {
        var (_, first) = await api.GetJsonAsync($"{Base}/collections/streets/items?limit=100");
        Assert.Null(Link(first, "prev"));
        var (_, second) = await api.GetJsonAsync(Link(first, "next")!);
        var (_, back) = await api.GetJsonAsync(Link(second, "prev")!);
        Assert.Equal(GeoJsonAssert.Ids(first), GeoJsonAssert.Ids(back));
        Assert.Equal(100, second.GetProperty("numberReturned").GetInt32());
    }

    [Theory]
    [InlineData("/collections/schools", 404)]
    [InlineData("/collections/schools/items", 404)]
    [InlineData("/collections/circles/items/nowhere", 404)]
    [InlineData("/collections?f=xml", 400)]
    [InlineData("/collections/circles/items?f=pdf", 400)]
    [InlineData("/conformance?limit=3", 400)]
    public async Task UnknownResourcesAndFormatsGiveProblemJson(string path, int status)
    {
        var (response, body) = await api.GetJsonAsync(Base + path);
        Assert.Equal(status, (int)response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal(status, body.GetProperty("status").GetInt32());
    }

    [Fact]
    [ConformanceTest(Conformance.GeoJson)]
    public async Task ContentIsNegotiatedByAcceptAndByF()
    {
        async Task<HttpResponseMessage> Get(string url, string accept)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, url);
            request.Headers.TryAddWithoutValidation("Accept", accept);
            return await api.Client.SendAsync(request);
        }

        Assert.Equal(HttpStatusCode.OK, (await Get(Base + "/collections/circles/items", "application/geo+json")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await Get(Base + "/collections/circles/items", "application/json")).StatusCode);
        Assert.Equal(HttpStatusCode.NotAcceptable, (await Get(Base + "/collections/circles/items", "text/csv")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await Get(Base + "/collections/circles/items?f=json", "text/csv")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await Get(Base + "/collections", "text/html,application/xhtml+xml,*/*;q=0.8")).StatusCode);
    }
}
