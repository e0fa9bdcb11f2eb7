using System.Net;
using System.Text.Json;
using LifeCircle.Core.Data;
using LifeCircle.Core.Model;
using LifeCircle.Core.Queries;

namespace LifeCircle.Api.Tests.Functions;

[Collection(ApiCollection.Name)]
public class FacilityItemsTests(ApiHostFixture api)
{
    private const string Items = "/api/districts/150303/collections/facilities/items";

    [Fact]
    public async Task AThousandFeaturePageIsValidGeoJsonCoveringAllEightThemes()
    {
        var (response, body) = await api.GetJsonAsync(Items + "?limit=1000");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/geo+json", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("<http://www.opengis.net/def/crs/OGC/1.3/CRS84>", response.Headers.GetValues("Content-Crs").Single());
        GeoJsonAssert.ValidFeatureCollection(body);
        int total = api.Sample.Facilities.Count;
        Assert.Equal(total, body.GetProperty("numberMatched").GetInt32());
        Assert.Equal(total, body.GetProperty("numberReturned").GetInt32());
        var themes = body.GetProperty("features").EnumerateArray()
            .SelectMany(f => f.GetProperty("properties").GetProperty("themes").EnumerateArray().Select(t => t.GetString()))
            .ToHashSet();
        Assert.Equal(api.Sample.Themes.Select(t => t.Id).Order(), themes.Order());
        Assert.Equal(8, themes.Count);
        Assert.Null(GeoJsonAssert.Link(body, "next"));
    }

    [Fact]
    public async Task TheDefaultPageHoldsTenFeaturesAndLinksToTheNext()
    {
        var (_, body) = await api.GetJsonAsync(Items);
        Assert.Equal(10, body.GetProperty("numberReturned").GetInt32());
        Assert.NotNull(GeoJsonAssert.Link(body, "next"));
        Assert.Equal(api.Published.Version.Version, body.GetProperty("datasetVersion").GetString());
    }

    [Theory]
    [InlineData(17)]
    [InlineData(100)]
    public async Task FollowingNextLinksReturnsEveryFacilityExactlyOnce(int limit)
    {
        var ids = new List<string>();
        string? url = $"{Items}?limit={limit}&status=existing";
        while (url is not null)
        {
            var (response, body) = await api.GetJsonAsync(url);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            ids.AddRange(GeoJsonAssert.Ids(body));
            url = GeoJsonAssert.Link(body, "next");
        }

        var expected = api.Sample.Facilities.Where(f => f.Status == FacilityStatus.Existing).Select(f => f.Id).Order(StringComparer.Ordinal);
        Assert.Equal(expected, ids);
    }

    [Theory]
    [InlineData("/api/districts/150303/collections/facilities/items?limit=5&category=clinic")]
    [InlineData("/api/districts/150303/collections/facilities/items?limit=5&category=pharmacy&sortby=name_en")]
    [InlineData("/api/districts/150303/collections/access/items?limit=5&category=pharmacy")]
    public async Task ACursorUsedWithAnotherQueryIsRefusedRatherThanSkippingFeatures(string otherQuery)
    {
        var (_, first) = await api.GetJsonAsync($"{Items}?limit=5&category=pharmacy");
        var cursor = new Uri(GeoJsonAssert.Link(first, "next")!).Query.Split('&').Single(p => p.StartsWith("cursor=", StringComparison.Ordinal));

        var (response, body) = await api.GetJsonAsync($"{otherQuery}&{cursor}");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("cursor", body.GetProperty("parameter").GetString());
    }

    [Fact]
    public async Task ACursorStillPagesWhenOnlyTheLimitOrTheOutputChanges()
    {
        var (_, first) = await api.GetJsonAsync($"{Items}?limit=5&category=pharmacy");
        var cursor = new Uri(GeoJsonAssert.Link(first, "next")!).Query.Split('&').Single(p => p.StartsWith("cursor=", StringComparison.Ordinal));

        var (response, body) = await api.GetJsonAsync($"{Items}?limit=3&category=pharmacy&properties=name_zh&crs={Uri.EscapeDataString("http://www.opengis.net/def/crs/EPSG/0/4326")}&{cursor}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var expected = api.Sample.Facilities.Where(f => f.Category == "pharmacy").Select(f => f.Id).Order(StringComparer.Ordinal).Skip(5).Take(3);
        Assert.Equal(expected, GeoJsonAssert.Ids(body));
    }

    [Theory]
    [InlineData("category=home-care-station")]
    [InlineData("theme=elderly-care")]
    [InlineData("community=150303001008")]
    [InlineData("status=planned")]
    [InlineData("status=under-construction")]
    [InlineData("bbox=106.860,39.430,106.880,39.445")]
    [InlineData("bbox=106.860,39.430,0,106.880,39.445,100")]
    [InlineData("theme=elderly-care&community=150303001008&status=planned")]
    public async Task FiltersReturnExactlyTheMatchingFacilities(string query)
    {
        var filter = ExpectedFilter(query);
        var expected = api.Sample.Facilities.Where(filter).Select(f => f.Id).Order(StringComparer.Ordinal).ToList();

        var (response, body) = await api.GetJsonAsync($"{Items}?limit=1000&{query}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.NotEmpty(expected);
        Assert.Equal(expected, GeoJsonAssert.Ids(body));
        Assert.Equal(expected.Count, body.GetProperty("numberMatched").GetInt32());
    }

    [Theory]
    [InlineData("bbox=1,2,3", "bbox")]
    [InlineData("bbox=a,b,c,d", "bbox")]
    [InlineData("bbox=106.9,39.4,106.8,39.5", "bbox")]
    [InlineData("bbox=106.8,95,106.9,96", "bbox")]
    [InlineData("limit=0", "limit")]
    [InlineData("limit=abc", "limit")]
    [InlineData("limit=-5", "limit")]
    [InlineData("limit=10001", "limit")]
    [InlineData("limit=", "limit")]
    [InlineData("category=casino", "category")]
    [InlineData("theme=nightlife", "theme")]
    [InlineData("community=999", "community")]
    [InlineData("status=demolished", "status")]
    [InlineData("cursor=not-a-token", "cursor")]
    [InlineData("catgory=park", "catgory")]
    [InlineData("limit=5&limit=6", "limit")]
    public async Task BadParametersGive400ProblemJsonNamingTheParameter(string query, string parameter)
    {
        var (response, body) = await api.GetJsonAsync($"{Items}?{query}");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal(400, body.GetProperty("status").GetInt32());
        Assert.Equal(parameter, body.GetProperty("parameter").GetString());
        Assert.Contains($"'{parameter}'", body.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task AnUnknownCategoryIsAnsweredWithTheAllowedValues()
    {
        var (_, body) = await api.GetJsonAsync($"{Items}?category=casino");
        Assert.Contains("kindergarten", body.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task OneFacilityIsServedAsAFeature()
    {
        var expected = api.Sample.Facilities.First(f => f.Category == "park");
        var (response, body) = await api.GetJsonAsync($"{Items}/{expected.Id}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/geo+json", response.Content.Headers.ContentType!.MediaType);
        GeoJsonAssert.ValidPointFeature(body);
        Assert.Equal(expected.Id, body.GetProperty("id").GetString());
        Assert.Equal(expected.Name.Zh, body.GetProperty("properties").GetProperty("name_zh").GetString());
        var c = body.GetProperty("geometry").GetProperty("coordinates");
        Assert.Equal((expected.Location.X, expected.Location.Y), (c[0].GetDouble(), c[1].GetDouble()));
    }

    [Theory]
    [InlineData("/api/districts/150303/collections/facilities/items/no-such-facility")]
    [InlineData("/api/districts/999999/collections/facilities/items")]
    [InlineData("/api/districts/999999/collections/facilities/items/park-001")]
    public async Task UnknownDistrictsAndIdsGive404ProblemJson(string url)
    {
        var (response, body) = await api.GetJsonAsync(url);
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal(404, body.GetProperty("status").GetInt32());
    }

    /// <summary>The facilities a query string selects, computed from the sample's records, not through the API.</summary>
    private static Func<Facility, bool> ExpectedFilter(string query)
    {
        Func<Facility, bool> filter = _ => true;
        foreach (var pair in query.Split('&'))
        {
            var (name, value) = (pair.Split('=')[0], pair.Split('=')[1]);
            var previous = filter;
            Func<Facility, bool> next = name switch
            {
                "category" => f => f.Category == value,
                "theme" => f => f.Themes.Contains(value),
                "community" => f => f.Community == value,
                "status" => f => Vocabulary.Name(f.Status) == value,
                "bbox" => f => GeoBoundingBox.TryParse(value, out _)!.Contains(f.Location.X, f.Location.Y),
                _ => throw new ArgumentException(name),
            };
            filter = f => previous(f) && next(f);
        }

        return filter;
    }
}
