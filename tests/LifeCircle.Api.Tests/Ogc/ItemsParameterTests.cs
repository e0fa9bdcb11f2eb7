using System.Net;
using System.Text.Json;
using LifeCircle.Core.Documents;
using LifeCircle.Core.Model;

namespace LifeCircle.Api.Tests.Ogc;

[Collection(ApiCollection.Name)]
public class ItemsParameterTests(ApiHostFixture api)
{
    private const string Items = "/api/districts/150303/collections/{0}/items";

    private static string Url(string collection, string query) => string.Format(Items, collection) + "?" + query;

    private static List<JsonElement> Features(JsonElement body) => body.GetProperty("features").EnumerateArray().ToList();

    [Theory]
    [InlineData("datetime=2024-01-01T00:00:00Z")]
    [InlineData("datetime=2024-06-01")]
    [InlineData("datetime=2023-01-01T00:00:00Z/..")]
    [InlineData("datetime=../2024-12-31")]
    [ConformanceTest(Conformance.Core)]
    public async Task DatetimeSelectsFacilitiesWhoseYearOverlaps(string query)
    {
        var expected = api.Sample.Facilities.Where(f => f.Year == 2024).Select(f => f.Id);
        var (response, body) = await api.GetJsonAsync(Url("facilities", "limit=1000&" + query));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.NotEmpty(expected);
        Assert.Equal(expected, GeoJsonAssert.Ids(body));
    }

    [Fact]
    public async Task DatetimeBeforeAnyYearSelectsNothingAndCirclesFilterByTheirYear()
    {
        var (_, none) = await api.GetJsonAsync(Url("facilities", "datetime=../2020-12-31"));
        Assert.Equal(0, none.GetProperty("numberMatched").GetInt32());
        var (_, circles) = await api.GetJsonAsync(Url("circles", "datetime=2022-05-01"));
        Assert.Equal(["north"], GeoJsonAssert.Ids(circles));
    }

    [Theory]
    [InlineData("facilities", "datetime=2024-13-01", "datetime")]
    [InlineData("facilities", "datetime=2024/2023", "datetime")]
    [InlineData("facilities", "datetime=2025-01-01/2024-01-01", "datetime")]
    [InlineData("facilities", "datetime=..", "datetime")]
    [InlineData("blocks", "datetime=2024-01-01", "datetime")]
    [InlineData("facilities", "properties=name_zh,colour", "properties")]
    [InlineData("facilities", "sortby=colour", "sortby")]
    [InlineData("facilities", "skipGeometry=yes", "skipGeometry")]
    [InlineData("circles", "population=many", "population")]
    [InlineData("areas", "kind=city", "kind")]
    [InlineData("gaps", "filled_by_planned=yes", "filled_by_planned")]
    [InlineData("access", "basic=1", "basic")]
    public async Task MalformedParametersGive400NamingTheParameter(string collection, string query, string parameter)
    {
        var (response, body) = await api.GetJsonAsync(Url(collection, query));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(parameter, body.GetProperty("parameter").GetString());
    }

    [Fact]
    public async Task PropertiesSelectsAndOrdersTheReturnedMembers()
    {
        var (_, body) = await api.GetJsonAsync(Url("facilities", "limit=3&properties=category,name_zh"));
        Assert.All(Features(body), f => Assert.Equal(["category", "name_zh"], f.GetProperty("properties").EnumerateObject().Select(p => p.Name)));
    }

    [Fact]
    public async Task SkipGeometryReturnsNullGeometries()
    {
        var (_, body) = await api.GetJsonAsync(Url("areas", "skipGeometry=true&limit=5"));
        Assert.All(Features(body), f => Assert.Equal(JsonValueKind.Null, f.GetProperty("geometry").ValueKind));
        Assert.Equal(5, Features(body).Count);
    }

    [Fact]
    public async Task SortbyOrdersByEachKeyThenById()
    {
        var (_, body) = await api.GetJsonAsync(Url("areas", "limit=100&sortby=-population,name_en"));
        var expected = api.Sample.Areas.OrderByDescending(a => a.Population).ThenBy(a => a.Name.En, StringComparer.Ordinal).ThenBy(a => a.Code, StringComparer.Ordinal).Select(a => a.Code);
        Assert.Equal(expected, GeoJsonAssert.Ids(body));

        var (_, ascending) = await api.GetJsonAsync(Url("blocks", "limit=1000&sortby=population"));
        var populations = Features(ascending).Select(f => f.GetProperty("properties").GetProperty("population").GetInt32()).ToList();
        Assert.Equal(populations.Order(), populations);
    }

    [Theory]
    [InlineData("circles", "phase=pilot", "north")]
    [InlineData("circles", "population=30000", "north")]
    [InlineData("areas", "kind=town&sortby=population", "150303103000,150303102000,150303104000")]
    [ConformanceTest(Conformance.QueryablesQueryParameters)]
    public async Task AnyQueryableCanBeGivenAsPropertyEqualsValue(string collection, string query, string ids)
    {
        var (_, body) = await api.GetJsonAsync(Url(collection, query));
        Assert.Equal(ids.Split(','), GeoJsonAssert.Ids(body));
    }

    [Fact]
    [ConformanceTest(Conformance.QueryablesQueryParameters)]
    public async Task AnArrayQueryableMatchesWhenItContainsTheValue()
    {
        var expected = api.Sample.Facilities.Where(f => f.Themes.Contains("culture")).Select(f => f.Id).Order(StringComparer.Ordinal);
        var (_, byThemes) = await api.GetJsonAsync(Url("facilities", "limit=1000&themes=culture"));
        var (_, byTheme) = await api.GetJsonAsync(Url("facilities", "limit=1000&theme=culture"));
        Assert.Equal(expected, GeoJsonAssert.Ids(byThemes));
        Assert.Equal(expected, GeoJsonAssert.Ids(byTheme));
        Assert.Contains(api.Sample.Facilities, f => f.Category == "community-service-centre" && f.Themes.Count == 2);
    }

    [Theory]
    [InlineData("gaps", "filled_by_planned", "category=home-care-station")]
    [InlineData("access", "reaches_level_existing", "category=pharmacy")]
    [ConformanceTest(Conformance.QueryablesQueryParameters)]
    public async Task ABooleanQueryableAsAParameterSelectsWhatItsCql2EqualitySelects(string collection, string property, string narrowing)
    {
        var (_, all) = await api.GetJsonAsync(Url(collection, $"limit=10000&{narrowing}"));
        int selected = 0;
        foreach (var value in new[] { "true", "false" })
        {
            var (_, byParameter) = await api.GetJsonAsync(Url(collection, $"limit=10000&{narrowing}&{property}={value}"));
            var (_, byFilter) = await api.GetJsonAsync(Url(collection, $"limit=10000&{narrowing}&filter={Uri.EscapeDataString($"{property} = {value}")}"));
            Assert.NotEmpty(GeoJsonAssert.Ids(byParameter));
            Assert.Equal(GeoJsonAssert.Ids(byFilter), GeoJsonAssert.Ids(byParameter));
            Assert.All(Features(byParameter), f => Assert.Equal(value == "true", f.GetProperty("properties").GetProperty(property).GetBoolean()));
            selected += GeoJsonAssert.Ids(byParameter).Count();
        }

        Assert.Equal(all.GetProperty("numberMatched").GetInt32(), selected);
    }

    [Fact]
    public async Task DescendingSortKeepsFacilitiesWithoutAValueLast()
    {
        var (_, body) = await api.GetJsonAsync(Url("facilities", "limit=1000&sortby=-year"));
        var years = Features(body).Select(f => f.GetProperty("properties").TryGetProperty("year", out var y) && y.ValueKind == JsonValueKind.Number ? y.GetInt32() : (int?)null).ToList();
        var dated = years.TakeWhile(y => y is not null).ToList();
        Assert.NotEmpty(dated);
        Assert.Equal(dated.OrderDescending(), dated);
        Assert.All(years.Skip(dated.Count), y => Assert.Null(y));
        Assert.Equal(api.Sample.Facilities.Count, years.Count);
    }

    [Fact]
    public async Task BlocksAreFilteredByBboxOnTheirPolygons()
    {
        var (_, body) = await api.GetJsonAsync(Url("blocks", "limit=1000&bbox=106.870,39.430,106.875,39.435"));
        Assert.InRange(body.GetProperty("numberMatched").GetInt32(), 1, 40);
        Assert.All(Features(body), f => Assert.Equal("Polygon", f.GetProperty("geometry").GetProperty("type").GetString()));
        Assert.DoesNotContain(api.Sample.Blocks.Where(b => b.Geometry is NetTopologySuite.Geometries.Point), b => GeoJsonAssert.Ids(body).Contains(b.Id));
    }

    [Fact]
    public async Task SixNumberBboxesAndTheirHeightsAreAccepted()
    {
        var (_, four) = await api.GetJsonAsync(Url("facilities", "limit=1000&bbox=106.86,39.43,106.88,39.445"));
        var (_, six) = await api.GetJsonAsync(Url("facilities", "limit=1000&bbox=106.86,39.43,-10,106.88,39.445,10"));
        Assert.Equal(GeoJsonAssert.Ids(four), GeoJsonAssert.Ids(six));
        Assert.Contains(api.Sample.Facilities, f => f.Status == FacilityStatus.Planned);
    }
}
