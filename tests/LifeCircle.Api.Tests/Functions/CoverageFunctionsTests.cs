using System.Net;
using System.Text.Json;
using LifeCircle.Core.Coverage;
using LifeCircle.Core.Model;
using NetTopologySuite.IO.Converters;

namespace LifeCircle.Api.Tests.Functions;

[Collection(ApiCollection.Name)]
public class CoverageFunctionsTests(ApiHostFixture api)
{
    private const string Coverage = "/api/districts/150303/coverage";

    private int AreaCount => 1 + api.Sample.Circles.Count + api.Sample.Areas.Count(a => a.Kind is AreaKinds.Community or AreaKinds.Village);

    [Fact]
    public async Task CoverageIsPublishedForTheDistrictBothCirclesEveryCommunityThemeCategoryAndScenario()
    {
        var (response, body) = await api.GetJsonAsync(Coverage);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("network", body.GetProperty("method").GetProperty("method").GetString());
        Assert.Equal(3.6, body.GetProperty("method").GetProperty("walkingSpeedKmh").GetDouble());
        Assert.Equal(AreaCount * api.Sample.Categories.Count * 3 * 2, body.GetProperty("categories").GetArrayLength());
        Assert.Equal(AreaCount * api.Sample.Themes.Count * 2, body.GetProperty("themes").GetArrayLength());
        Assert.Equal(AreaCount * 2, body.GetProperty("headlines").GetArrayLength());
        var areas = body.GetProperty("headlines").EnumerateArray().Select(h => h.GetProperty("area").GetString()).ToHashSet();
        Assert.Contains("north", areas);
        Assert.Contains("south", areas);
        Assert.Contains("150303001008", areas);
    }

    [Fact]
    public async Task TheServedFiguresAreTheComputedOnes()
    {
        var expected = CoverageComputation.Compute(api.Sample).Categories
            .Where(c => c.Area == "150303001008" && c.Category == "home-care-station" && c.Threshold == 10).ToList();

        var (_, body) = await api.GetJsonAsync($"{Coverage}?area=150303001008&category=home-care-station&threshold=10");

        var rows = body.GetProperty("categories").EnumerateArray().ToList();
        Assert.Equal(2, rows.Count);
        foreach (var row in rows)
        {
            var e = expected.Single(x => x.Scenario == row.GetProperty("scenario").GetString());
            Assert.Equal(e.ResidentsCovered, row.GetProperty("residentsCovered").GetInt32());
            Assert.Equal(e.ElderlyCovered, row.GetProperty("elderlyCovered").GetDouble());
            Assert.Equal(e.Facilities, row.GetProperty("facilities").GetInt32());
        }

        var planned = rows.Single(r => r.GetProperty("scenario").GetString() == "with-planned");
        var existing = rows.Single(r => r.GetProperty("scenario").GetString() == "existing");
        Assert.True(planned.GetProperty("facilities").GetInt32() > existing.GetProperty("facilities").GetInt32(), "Huayuan gets two of the nine planned stations");
        Assert.True(planned.GetProperty("elderlyCovered").GetDouble() >= existing.GetProperty("elderlyCovered").GetDouble());
    }

    [Fact]
    public async Task FiguresBeyondTheCutoffAreWrittenAsNullNotLeftOut()
    {
        var (_, body) = await api.GetJsonAsync(Coverage);

        string[] nullable = ["share", "elderlyShare", "medianMinutes", "p90Minutes"];
        var rows = body.GetProperty("categories").EnumerateArray().ToList();
        Assert.All(rows, r => Assert.All(nullable, name => Assert.True(r.TryGetProperty(name, out _), $"a category row has no '{name}'")));
        Assert.Contains(rows, r => r.GetProperty("medianMinutes").ValueKind == JsonValueKind.Null);
        Assert.All(body.GetProperty("headlines").EnumerateArray(), h => Assert.All(["share", "elderlyShare", "shareWithin15"], name => Assert.True(h.TryGetProperty(name, out _), name)));
        Assert.All(body.GetProperty("themes").EnumerateArray(), t => Assert.True(t.TryGetProperty("share", out _)));
    }

    [Fact]
    public async Task AThemeFilterKeepsItsRowsAndItsCategories()
    {
        var (_, body) = await api.GetJsonAsync($"{Coverage}?area=north&theme=elderly-care&scenario=existing&threshold=15");
        var theme = Assert.Single(body.GetProperty("themes").EnumerateArray());
        Assert.Equal("elderly-care", theme.GetProperty("theme").GetString());
        var categories = body.GetProperty("categories").EnumerateArray().Select(c => c.GetProperty("category").GetString()).ToList();
        Assert.Equal(api.Sample.Themes.Single(t => t.Id == "elderly-care").CategoryCodes.Order(), categories.Order());
    }

    [Fact]
    public async Task AFigureFilterKeepsOnlyThatKindOfRowSoTheCsvHoldsExactlyAChartsFigures()
    {
        var (_, body) = await api.GetJsonAsync($"{Coverage}?figure=category&category=home-care-station&scenario=existing");
        Assert.Empty(body.GetProperty("headlines").EnumerateArray());
        Assert.Empty(body.GetProperty("themes").EnumerateArray());
        Assert.Equal(AreaCount * 3, body.GetProperty("categories").GetArrayLength());
        Assert.Equal("category", body.GetProperty("filters").GetProperty("figure").GetString());
        Assert.EndsWith("coverage.csv?category=home-care-station&scenario=existing&figure=category",
            body.GetProperty("links").EnumerateArray().Single(l => l.GetProperty("rel").GetString() == "alternate").GetProperty("href").GetString());

        using var file = await api.Client.GetAsync("/api/districts/150303/coverage.csv?figure=category&category=home-care-station&scenario=existing");
        Assert.Equal("attachment", file.Content.Headers.ContentDisposition!.DispositionType);
        Assert.Equal($"150303-{api.Published.Version.Version}-coverage.csv", file.Content.Headers.ContentDisposition.FileName!.Trim('"'));
        var csv = (await file.Content.ReadAsStringAsync()).TrimStart('\uFEFF');
        var rows = csv.Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Skip(1).ToList();
        Assert.Equal(AreaCount * 3, rows.Count);
        Assert.All(rows, r => Assert.Contains(",existing,category,", r));

        var (_, circles) = await api.GetJsonAsync($"{Coverage}?figure=circle");
        Assert.Equal(AreaCount * 2, circles.GetProperty("headlines").GetArrayLength());
        Assert.Empty(circles.GetProperty("categories").EnumerateArray());
    }

    [Theory]
    [InlineData("figure=bars", "figure")]
    [InlineData("area=mars", "area")]
    [InlineData("theme=nightlife", "theme")]
    [InlineData("category=casino", "category")]
    [InlineData("threshold=7", "threshold")]
    [InlineData("threshold=ten", "threshold")]
    [InlineData("scenario=future", "scenario")]
    [InlineData("radius=5", "radius")]
    public async Task BadFiltersGive400NamingTheParameter(string query, string parameter)
    {
        var (response, body) = await api.GetJsonAsync($"{Coverage}?{query}");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal(parameter, body.GetProperty("parameter").GetString());
    }

    [Fact]
    public async Task AccessHasEveryBlockForACategoryWithItsWalkingMinutes()
    {
        var (_, body) = await api.GetJsonAsync("/api/districts/150303/collections/access/items?category=pharmacy&limit=1000");
        Assert.Equal(api.Sample.Blocks.Count, body.GetProperty("numberMatched").GetInt32());
        var minutes = body.GetProperty("features").EnumerateArray().Select(f => f.GetProperty("properties").GetProperty("minutes_existing")).ToList();
        Assert.Contains(minutes, m => m.ValueKind == JsonValueKind.Number);
        Assert.All(minutes.Where(m => m.ValueKind == JsonValueKind.Number), m => Assert.InRange(m.GetDouble(), 0, 30));
    }

    [Fact]
    public async Task GapsAreBasicCategoriesBeyondTheirLevelAndSayWhetherPlansFillThem()
    {
        var (_, body) = await api.GetJsonAsync("/api/districts/150303/collections/gaps/items?category=home-care-station&limit=1000");
        var gaps = body.GetProperty("features").EnumerateArray().Select(f => f.GetProperty("properties")).ToList();
        Assert.NotEmpty(gaps);
        Assert.All(gaps, g => Assert.True(g.GetProperty("minutes_existing").ValueKind == JsonValueKind.Null || g.GetProperty("minutes_existing").GetDouble() > 5));
        Assert.Contains(gaps, g => g.GetProperty("filled_by_planned").GetBoolean());
    }

    [Fact]
    public async Task EachFacilityHasNestedFiveTenAndFifteenMinuteIsochrones()
    {
        var (_, body) = await api.GetJsonAsync("/api/districts/150303/collections/isochrones/items?facility=pharmacy-001&sortby=minutes");
        var features = body.GetProperty("features").EnumerateArray().ToList();
        Assert.Equal([5, 10, 15], features.Select(f => f.GetProperty("properties").GetProperty("minutes").GetInt32()));
        var options = new JsonSerializerOptions();
        options.Converters.Add(new GeoJsonConverterFactory());
        var areas = features.Select(f => f.GetProperty("geometry").Deserialize<NetTopologySuite.Geometries.Geometry>(options)!).ToList();
        Assert.True(areas[2].Covers(areas[0]), "the 15-minute area contains the 5-minute one");
        Assert.True(areas[2].Area > areas[1].Area && areas[1].Area > areas[0].Area);
        var pharmacy = api.Sample.Facilities.Single(f => f.Id == "pharmacy-001");
        Assert.True(areas[0].Covers(pharmacy.Location));
    }
}
