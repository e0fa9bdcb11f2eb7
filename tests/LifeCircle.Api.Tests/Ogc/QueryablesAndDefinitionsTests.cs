using System.Net;
using LifeCircle.Core.Documents;

namespace LifeCircle.Api.Tests.Ogc;

[Collection(ApiCollection.Name)]
public class QueryablesAndDefinitionsTests(ApiHostFixture api)
{
    [Fact]
    [ConformanceTest(Conformance.Queryables)]
    public async Task QueryablesAreAJsonSchemaWithTypesAndTheCataloguesValues()
    {
        var (response, body) = await api.GetJsonAsync("/api/districts/150303/collections/facilities/queryables");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/schema+json", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("https://json-schema.org/draft/2020-12/schema", body.GetProperty("$schema").GetString());
        var properties = body.GetProperty("properties");
        Assert.Equal("primary-geometry", properties.GetProperty("geometry").GetProperty("x-ogc-role").GetString());
        var categories = properties.GetProperty("category").GetProperty("enum").EnumerateArray().Select(e => e.GetString()).ToList();
        Assert.Equal(api.Sample.Categories.Select(c => c.Code), categories);
        Assert.Equal("integer", properties.GetProperty("year").GetProperty("type").GetString());
        Assert.Equal("array", properties.GetProperty("themes").GetProperty("type").GetString());
        Assert.False(body.GetProperty("additionalProperties").GetBoolean());
    }

    [Theory]
    [InlineData("circles", "population")]
    [InlineData("areas", "elderly_share")]
    [InlineData("blocks", "community")]
    [InlineData("streets", "kind")]
    [ConformanceTest(Conformance.Queryables)]
    public async Task EveryCollectionHasItsOwnQueryables(string collection, string property)
    {
        var (_, body) = await api.GetJsonAsync($"/api/districts/150303/collections/{collection}/queryables");
        Assert.True(body.GetProperty("properties").TryGetProperty(property, out _));
    }

    [Fact]
    public async Task ThemesAreServedAsPlainJsonWithLeadBureauAndCategoryLevels()
    {
        var (_, body) = await api.GetJsonAsync("/api/districts/150303/themes");
        var themes = body.GetProperty("themes").EnumerateArray().ToList();
        Assert.Equal(8, themes.Count);
        var elderly = themes.Single(t => t.GetProperty("id").GetString() == "elderly-care");
        Assert.Equal("民政局", elderly.GetProperty("leadBureau").GetProperty("zh").GetString());
        Assert.Contains(elderly.GetProperty("categories").EnumerateArray(), c => c.GetProperty("code").GetString() == "home-care-station" && c.GetProperty("walkingMinutes").GetInt32() == 5);
        var health = themes.Single(t => t.GetProperty("id").GetString() == "health-care");
        Assert.False(health.TryGetProperty("leadBureau", out _), "the article names no lead for health care, so none is invented");
    }

    [Fact]
    public async Task CategoriesAndCirclesAreServedAsPlainJson()
    {
        var (_, categories) = await api.GetJsonAsync("/api/districts/150303/categories");
        Assert.Equal(api.Sample.Categories.Count, categories.GetProperty("categories").GetArrayLength());
        Assert.Equal([300, 600, 900], categories.GetProperty("walkingLevels").EnumerateArray().Select(l => l.GetProperty("metres").GetInt32()));

        var (_, circles) = await api.GetJsonAsync("/api/districts/150303/circles");
        var north = circles.GetProperty("circles").EnumerateArray().Single(c => c.GetProperty("id").GetString() == "north");
        Assert.Equal(30_000, north.GetProperty("population").GetInt32());
        Assert.Equal(3.5, north.GetProperty("area_km2").GetDouble());
        Assert.Equal("pilot", north.GetProperty("phase").GetString());
        Assert.Equal([5, 10, 15], circles.GetProperty("thresholdsMinutes").EnumerateArray().Select(t => t.GetInt32()));
    }
}
