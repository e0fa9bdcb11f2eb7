using System.Net;
using LifeCircle.Core.Documents;
using LifeCircle.Core.Data;
using LifeCircle.Core.Model;
using NetTopologySuite.Geometries;

namespace LifeCircle.Api.Tests.Ogc;

[Collection(ApiCollection.Name)]
public class Cql2FilterTests(ApiHostFixture api)
{
    private static readonly Geometry Box = GeoJson.Factory.ToGeometry(new Envelope(106.86, 106.88, 39.43, 39.445));
    private static readonly Point Spot = GeoJson.Factory.CreatePoint(new Coordinate(106.87, 39.44));

    /// <summary>Each case: collection, CQL2 text, the same in CQL2 JSON, and the expected ids computed from the sample records.</summary>
    private static readonly Dictionary<string, (string Collection, string Text, string Json, Func<Dataset, IEnumerable<string>> Expected)> Cases = new()
    {
        ["equal"] = ("facilities", "category = 'park'", """{"op":"=","args":[{"property":"category"},"park"]}""",
            d => d.Facilities.Where(f => f.Category == "park").Select(f => f.Id)),
        ["not-equal"] = ("areas", "kind <> 'community'", """{"op":"<>","args":[{"property":"kind"},"community"]}""",
            d => d.Areas.Where(a => a.Kind != "community").Select(a => a.Code)),
        ["less"] = ("areas", "population < 2000", """{"op":"<","args":[{"property":"population"},2000]}""",
            d => d.Areas.Where(a => a.Population < 2000).Select(a => a.Code)),
        ["less-equal"] = ("areas", "population <= 1400", """{"op":"<=","args":[{"property":"population"},1400]}""",
            d => d.Areas.Where(a => a.Population <= 1400).Select(a => a.Code)),
        ["greater"] = ("blocks", "population > 900", """{"op":">","args":[{"property":"population"},900]}""",
            d => d.Blocks.Where(b => b.Population > 900).Select(b => b.Id)),
        ["greater-equal"] = ("areas", "elderly_share >= 0.2", """{"op":">=","args":[{"property":"elderly_share"},0.2]}""",
            d => d.Areas.Where(a => a.ElderlyShare >= 0.2).Select(a => a.Code)),
        ["and-or-not"] = ("facilities", "(category = 'home-care-station' OR category = 'meal-point') AND NOT status = 'planned'",
            """{"op":"and","args":[{"op":"or","args":[{"op":"=","args":[{"property":"category"},"home-care-station"]},{"op":"=","args":[{"property":"category"},"meal-point"]}]},{"op":"not","args":[{"op":"=","args":[{"property":"status"},"planned"]}]}]}""",
            d => d.Facilities.Where(f => f.Category is "home-care-station" or "meal-point" && f.Status != FacilityStatus.Planned).Select(f => f.Id)),
        ["like"] = ("facilities", "name_en LIKE 'Huayuan%'", """{"op":"like","args":[{"property":"name_en"},"Huayuan%"]}""",
            d => d.Facilities.Where(f => f.Name.En.StartsWith("Huayuan", StringComparison.Ordinal)).Select(f => f.Id)),
        ["not-like"] = ("areas", "name_zh NOT LIKE '%村'", """{"op":"not","args":[{"op":"like","args":[{"property":"name_zh"},"%村"]}]}""",
            d => d.Areas.Where(a => !a.Name.Zh.EndsWith('村')).Select(a => a.Code)),
        ["in"] = ("facilities", "category IN ('park','clinic','pharmacy')", """{"op":"in","args":[{"property":"category"},["park","clinic","pharmacy"]]}""",
            d => d.Facilities.Where(f => f.Category is "park" or "clinic" or "pharmacy").Select(f => f.Id)),
        ["between"] = ("areas", "population BETWEEN 2000 AND 6000", """{"op":"between","args":[{"property":"population"},2000,6000]}""",
            d => d.Areas.Where(a => a.Population is >= 2000 and <= 6000).Select(a => a.Code)),
        ["is-null"] = ("facilities", "community IS NULL", """{"op":"isNull","args":[{"property":"community"}]}""",
            d => d.Facilities.Where(f => f.Community is null).Select(f => f.Id)),
        ["is-not-null"] = ("areas", "geometry IS NOT NULL AND kind = 'town'", """{"op":"and","args":[{"op":"not","args":[{"op":"isNull","args":[{"property":"geometry"}]}]},{"op":"=","args":[{"property":"kind"},"town"]}]}""",
            d => []),
        ["array-contains"] = ("facilities", "themes = 'culture'", """{"op":"=","args":[{"property":"themes"},"culture"]}""",
            d => d.Facilities.Where(f => f.Themes.Contains("culture")).Select(f => f.Id)),
        ["intersects-bbox"] = ("facilities", "S_INTERSECTS(geometry, BBOX(106.86,39.43,106.88,39.445))",
            """{"op":"s_intersects","args":[{"property":"geometry"},{"bbox":[106.86,39.43,106.88,39.445]}]}""",
            d => d.Facilities.Where(f => f.Location.Intersects(Box)).Select(f => f.Id)),
        ["intersects-point"] = ("areas", "S_INTERSECTS(geometry, POINT(106.87 39.44))",
            """{"op":"s_intersects","args":[{"property":"geometry"},{"type":"Point","coordinates":[106.87,39.44]}]}""",
            d => d.Areas.Where(a => a.Geometry is not null && a.Geometry.Intersects(Spot)).Select(a => a.Code)),
        ["intersects-polygon"] = ("blocks", "S_INTERSECTS(geometry, POLYGON((106.86 39.43, 106.88 39.43, 106.88 39.445, 106.86 39.445, 106.86 39.43)))",
            """{"op":"s_intersects","args":[{"property":"geometry"},{"type":"Polygon","coordinates":[[[106.86,39.43],[106.88,39.43],[106.88,39.445],[106.86,39.445],[106.86,39.43]]]}]}""",
            d => d.Blocks.Where(b => b.Geometry.Intersects(Box)).Select(b => b.Id)),
        ["within"] = ("blocks", "S_WITHIN(geometry, POLYGON((106.86 39.43, 106.88 39.43, 106.88 39.445, 106.86 39.445, 106.86 39.43)))",
            """{"op":"s_within","args":[{"property":"geometry"},{"type":"Polygon","coordinates":[[[106.86,39.43],[106.88,39.43],[106.88,39.445],[106.86,39.445],[106.86,39.43]]]}]}""",
            d => d.Blocks.Where(b => b.Geometry.Within(Box)).Select(b => b.Id)),
        ["disjoint"] = ("circles", "S_DISJOINT(geometry, POINT(106.87 39.44))", """{"op":"s_disjoint","args":[{"property":"geometry"},{"type":"Point","coordinates":[106.87,39.44]}]}""",
            d => d.Circles.Where(c => c.Geometry.Disjoint(Spot)).Select(c => c.Id)),
    };

    public static TheoryData<string> CaseNames() => [.. Cases.Keys];

    private async Task AssertMatches(string name, string language)
    {
        var c = Cases[name];
        var filter = language == "cql2-json" ? c.Json : c.Text;
        var (response, body) = await api.GetJsonAsync(
            $"/api/districts/150303/collections/{c.Collection}/items?limit=1000&filter-lang={language}&filter={Uri.EscapeDataString(filter)}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var expected = c.Expected(api.Sample).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(expected, GeoJsonAssert.Ids(body));
        Assert.Equal(expected.Count, body.GetProperty("numberMatched").GetInt32());
    }

    [Theory]
    [MemberData(nameof(CaseNames))]
    [ConformanceTest(Conformance.Filter)]
    [ConformanceTest(Conformance.FeaturesFilter)]
    [ConformanceTest(Conformance.Cql2Text)]
    [ConformanceTest(Conformance.BasicCql2)]
    [ConformanceTest(Conformance.AdvancedComparison)]
    [ConformanceTest(Conformance.BasicSpatial)]
    [ConformanceTest(Conformance.BasicSpatialPlus)]
    [ConformanceTest(Conformance.SpatialFunctions)]
    public Task EachOperatorInCql2TextSelectsExactlyTheMatchingFeatures(string name) => AssertMatches(name, "cql2-text");

    [Theory]
    [MemberData(nameof(CaseNames))]
    [ConformanceTest(Conformance.Cql2Json)]
    public Task EachOperatorInCql2JsonSelectsExactlyTheMatchingFeatures(string name) => AssertMatches(name, "cql2-json");

    [Fact]
    public void EveryCaseSelectsSomethingButNotEverythingSoTheComparisonMeansSomething()
    {
        var sample = DatasetFiles.Read(LifeCircle.Tests.Shared.RepositoryPaths.SampleDataset);
        foreach (var (name, c) in Cases.Where(kv => kv.Key != "is-not-null"))
        {
            int total = c.Collection switch { "facilities" => sample.Facilities.Count, "areas" => sample.Areas.Count, "blocks" => sample.Blocks.Count, _ => sample.Circles.Count };
            Assert.InRange(c.Expected(sample).Count(), 1, total - 1);
        }
    }

    [Fact]
    [ConformanceTest(Conformance.Crs)]
    public async Task FilterCrsConvertsTheFiltersGeometriesBeforeComparing()
    {
        var filter = Uri.EscapeDataString("S_INTERSECTS(geometry, BBOX(106.8818,39.4352,106.8819,39.4354)) AND category = 'subdistrict-office'");
        var (_, gcj) = await api.GetJsonAsync($"/api/districts/150303/collections/facilities/items?filter={filter}&filter-crs={Uri.EscapeDataString(Core.Geodesy.CoordinateSystems.Gcj02.Uri)}");
        var (_, crs84) = await api.GetJsonAsync($"/api/districts/150303/collections/facilities/items?filter={filter}");
        Assert.Equal(["subdistrict-office-001"], GeoJsonAssert.Ids(gcj));
        Assert.Empty(GeoJsonAssert.Ids(crs84));
    }

    [Theory]
    [InlineData("category = ", "cql2-text")]
    [InlineData("category = 'park' AND", "cql2-text")]
    [InlineData("colour = 'red'", "cql2-text")]
    [InlineData("population = 'many'", "cql2-text")]
    [InlineData("name_en LIKE 5", "cql2-text")]
    [InlineData("category > POINT(1 2)", "cql2-text")]
    [InlineData("S_INTERSECTS(geometry, POLYGON((1 2, 3)))", "cql2-text")]
    [InlineData("S_INTERSECTS(category, BBOX(1,2,3,4))", "cql2-text")]
    [InlineData("category = 'park", "cql2-text")]
    [InlineData("{\"op\":\"=\",\"args\":[{\"property\":\"category\"}]}", "cql2-json")]
    [InlineData("{\"op\":\"frobnicate\",\"args\":[]}", "cql2-json")]
    [InlineData("{not json", "cql2-json")]
    public async Task MalformedFiltersGive400NamingFilter(string filter, string language)
    {
        var (response, body) = await api.GetJsonAsync($"/api/districts/150303/collections/facilities/items?filter-lang={language}&filter={Uri.EscapeDataString(filter)}");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("filter", body.GetProperty("parameter").GetString());
    }

    [Fact]
    public async Task AnUnknownFilterLanguageGives400NamingFilterLang()
    {
        var (response, body) = await api.GetJsonAsync("/api/districts/150303/collections/facilities/items?filter=x%3D1&filter-lang=ecql");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("filter-lang", body.GetProperty("parameter").GetString());
    }
}
