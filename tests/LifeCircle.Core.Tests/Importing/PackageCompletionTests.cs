using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using LifeCircle.Core.Catalogue;
using LifeCircle.Core.Data;
using LifeCircle.Core.Geodesy;
using LifeCircle.Core.Importing;
using LifeCircle.Tests.Shared;

namespace LifeCircle.Core.Tests.Importing;

/// <summary>A minimal package (dataset.json, facilities, areas) is completed: every derived or defaulted value listed; categories extended and aliased.</summary>
public sealed class PackageCompletionTests : IDisposable
{
    private static readonly LocalTransverseMercator Tm = new(new GeoPosition(106.82, 39.67));
    private readonly TempFolder _folder = new("lc-minimal");

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void AMinimalPackageOfDatasetFacilitiesAndAreasImportsWithEveryDerivationListed()
    {
        WriteMinimal(categories: null, rows: ["k1,幼儿园一,kindergarten,150399001001,100,100", "p1,药店一,pharmacy,150399001002,700,100"]);

        var check = CheckedPackage.Read(_folder);

        Assert.Empty(check.Errors);
        var d = check.Dataset!;
        Assert.Equal(StandardThemes.All.Select(t => t.Id), d.Themes.Select(t => t.Id));
        Assert.Equal(["150399001001", "150399001002"], d.Blocks.Select(b => b.Community));
        Assert.Equal([1200, 800], d.Blocks.Select(b => b.Population));
        var area = d.Areas[0];
        Assert.Equal(("community", "150399", "Haibei"), (area.Kind, area.ParentCode, area.Name.En));
        Assert.Equal(["education"], d.Facilities[0].Themes);
        var derived = d.Metadata.Derived!;
        Assert.Contains(derived, x => (x.Layer, x.Field) == ("themes", "(file)"));
        Assert.Contains(derived, x => (x.Layer, x.Field) == ("blocks", "(file)") && x.How.Contains("2 blocks"));
        Assert.Contains(derived, x => (x.Layer, x.Field, x.Records) == ("areas", "parent_code", 2));
        Assert.Contains(derived, x => (x.Layer, x.Field, x.Records) == ("areas", "name_en", 1));
        Assert.Contains(derived, x => (x.Layer, x.Field, x.Records) == ("areas", "provenance", 2) && x.How.Contains("illustrative"));
        Assert.Equal(derived.Count, check.Derived.Count);
        Assert.Equal(Model.ValueOrigin.Illustrative, area.Provenance.Existence);
    }

    [Fact]
    public void ACircleWithoutPopulationOrAreaGetsThemFromItsBlocksAndItsProjectedPolygon()
    {
        WriteMinimal(categories: null, rows: ["k1,幼儿园一,kindergarten,150399001001,100,100"]);
        var circle = Feature("c1", Square(0, 0, 800, 400), new JsonObject { ["name_zh"] = "生活圈" });
        File.WriteAllText(Path.Combine(_folder, "circles.geojson"), Collection(circle));

        var check = CheckedPackage.Read(_folder);

        Assert.Empty(check.Errors);
        var c = Assert.Single(check.Dataset!.Circles);
        Assert.Equal(2000, c.Population);
        Assert.Equal(0.32, c.AreaKm2, 0.002);
        Assert.Contains(check.Derived, p => p.Location == "circles" && p.Field == "area_km2");
    }

    [Fact]
    public void ALayersDefaultIsDeclaredOnceInDatasetJson()
    {
        WriteMinimal(categories: null, rows: ["k1,幼儿园一,kindergarten,150399001001,100,100"]);
        var descriptor = JsonNode.Parse(File.ReadAllText(Path.Combine(_folder, "dataset.json")))!;
        descriptor["metadata"]!["defaults"] = JsonNode.Parse("""{"streets": {"kind": "footway"}}""");
        File.WriteAllText(Path.Combine(_folder, "dataset.json"), descriptor.ToJsonString());
        var line = new JsonObject { ["type"] = "LineString", ["coordinates"] = new JsonArray(Corner(0, -10), Corner(800, -10)) };
        File.WriteAllText(Path.Combine(_folder, "streets.geojson"), Collection(Feature("s1", line, [])));

        var check = CheckedPackage.Read(_folder);

        Assert.Empty(check.Errors);
        Assert.Equal("footway", Assert.Single(check.Dataset!.Streets).Kind);
        Assert.Contains(check.Dataset.Metadata.Derived!, x => (x.Layer, x.Field, x.Records) == ("streets", "kind", 1) && x.How.Contains("metadata.defaults.streets.kind"));
    }

    [Fact]
    public void FacilitiesMayUseTheDistrictsOwnNamesDeclaredAsAliasesOfStandardCategories()
    {
        WriteMinimal("""{"aliases": {"菜市场": "fresh-market", "wet market": "fresh-market"}}""",
            ["m1,海北菜市场,菜市场,150399001001,100,100", "m2,Haibei market,wet market,150399001002,700,100"]);

        var check = CheckedPackage.Read(_folder);

        Assert.Empty(check.Errors);
        Assert.All(check.Dataset!.Facilities, f => Assert.Equal("fresh-market", f.Category));
        Assert.Equal(["菜市场", "wet market"], check.Dataset.Categories.Single(c => c.Code == "fresh-market").Aliases);
        Assert.Contains(check.Derived, p => p.Field == "category" && p.Message.Contains("'菜市场' is an alias of 'fresh-market'"));
    }

    [Fact]
    public void AnAliasOfAnUnknownCategoryIsAnErrorWithTheNearestCategory()
    {
        WriteMinimal("""{"aliases": {"菜市场": "fresh-markt"}}""", ["m1,海北菜市场,fresh-market,150399001001,100,100"]);

        var error = Assert.Single(CheckedPackage.Read(_folder).Errors);

        Assert.Equal(("dataset.json", "metadata.categories.aliases.菜市场"), (error.Location, error.Field));
        Assert.Contains("did you mean 'fresh-market'?", error.Message);
    }

    [Fact]
    public void ADistrictAddsACategoryOfItsOwnToTheStandardCatalogue()
    {
        WriteMinimal("""{"extend": [{"code": "senior-university", "name": {"zh": "老年大学", "en": "University for the elderly"}, "walkingMinutes": 15, "tier": "quality", "standard": "local"}]}""",
            ["u1,老年大学,senior-university,150399001001,100,100", "k1,幼儿园一,kindergarten,150399001001,100,100"]);

        var check = CheckedPackage.Read(_folder);

        Assert.Empty(check.Errors);
        Assert.Equal(StandardCategories.All.Count + 1, check.Dataset!.Categories.Count);
        Assert.Equal(15, check.Dataset.Categories.Single(c => c.Code == "senior-university").WalkingMinutes);
    }

    [Fact]
    public void ExtendingTheCatalogueWithAStandardCodeIsAnErrorThatPointsToAliases()
    {
        WriteMinimal("""{"extend": [{"code": "park", "name": {"zh": "公园", "en": "Park"}, "walkingMinutes": 15, "tier": "basic", "standard": "local"}]}""",
            ["k1,幼儿园一,kindergarten,150399001001,100,100"]);

        var error = Assert.Single(CheckedPackage.Read(_folder).Errors);

        Assert.Equal("metadata.categories.extend[0]", error.Field);
        Assert.Contains("aliases", error.Hint);
    }

    /// <summary>dataset.json (metadata declaring areas illustrative, optional category declarations), facilities.csv and areas.geojson with names, populations and boundaries only.</summary>
    private void WriteMinimal(string? categories, IEnumerable<string> rows)
    {
        Directory.CreateDirectory(_folder);
        var descriptor = JsonNode.Parse("""
            {
              "metadata": {
                "districtCode": "150399", "title": {"zh": "测试区", "en": "Test district"}, "description": {"zh": "测试", "en": "Test"},
                "publisher": "Test bureau", "licence": {"id": "CC-BY-4.0", "title": "CC BY 4.0", "url": "https://creativecommons.org/licenses/by/4.0/"},
                "version": "1", "provenance": {"areas": {"origin": "illustrative", "note": "sketched"}}
              },
              "district": {"code": "150399", "name": {"zh": "测试区", "en": "Test district"}, "population": 2100, "populationSource": "tests"},
              "layers": {"facilities": {"file": "facilities.csv"}}
            }
            """)!;
        if (categories is not null)
        {
            descriptor["metadata"]!["categories"] = JsonNode.Parse(categories);
        }

        File.WriteAllText(Path.Combine(_folder, "dataset.json"), descriptor.ToJsonString());
        var csv = new StringBuilder("id,name_zh,category,community,lon,lat\n");
        foreach (var row in rows)
        {
            var cells = row.Split(',');
            var p = Tm.Unproject(double.Parse(cells[4], CultureInfo.InvariantCulture), double.Parse(cells[5], CultureInfo.InvariantCulture));
            csv.Append(CultureInfo.InvariantCulture, $"{string.Join(',', cells[..4])},{p.Lon:F7},{p.Lat:F7}\n");
        }

        File.WriteAllText(Path.Combine(_folder, "facilities.csv"), csv.ToString());
        File.WriteAllText(Path.Combine(_folder, "areas.geojson"), Collection(
            Feature("150399001001", Square(0, 0, 400, 400), new JsonObject { ["name_zh"] = "海北社区", ["name_en"] = "Haibei", ["population"] = 1200 }),
            Feature("150399001002", Square(400, 0, 800, 400), new JsonObject { ["name_zh"] = "海南社区", ["population"] = 800 })));
    }

    private static JsonObject Feature(string id, JsonNode geometry, JsonObject properties) =>
        new() { ["type"] = "Feature", ["id"] = id, ["geometry"] = geometry, ["properties"] = properties };

    private static string Collection(params JsonObject[] features) =>
        new JsonObject { ["type"] = "FeatureCollection", ["features"] = new JsonArray(features) }.ToJsonString();

    private static JsonArray Corner(double x, double y)
    {
        var p = Tm.Unproject(x, y);
        return new JsonArray(Math.Round(p.Lon, 7), Math.Round(p.Lat, 7));
    }

    private static JsonNode Square(double x0, double y0, double x1, double y1)
    {
        var ring = new JsonArray();
        foreach (var (x, y) in new[] { (x0, y0), (x1, y0), (x1, y1), (x0, y1), (x0, y0) })
        {
            var p = Tm.Unproject(x, y);
            ring.Add(new JsonArray(Math.Round(p.Lon, 7), Math.Round(p.Lat, 7)));
        }

        return new JsonObject { ["type"] = "Polygon", ["coordinates"] = new JsonArray(ring) };
    }
}
