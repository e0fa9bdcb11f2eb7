using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using LifeCircle.Core.Data;
using LifeCircle.Core.Geodesy;
using LifeCircle.Core.Model;
using NetTopologySuite.Geometries;

namespace LifeCircle.Tests.Shared;

/// <summary>Writes a second, different district's package: facilities as a GCJ-02 CSV, areas in BD-09, streets and blocks in WGS84.</summary>
/// <remarks>All of it is made up for tests (code 150302 is borrowed for realism; nothing here describes it).</remarks>
public static class SecondDistrictPackage
{
    public const string Code = "150302";
    public static readonly GeoPosition Centre = new(106.82, 39.67);

    /// <summary>The facilities' true (WGS84) positions, by id, to check the conversion against.</summary>
    public static IReadOnlyDictionary<string, GeoPosition> FacilityPositions { get; } = new Dictionary<string, GeoPosition>
    {
        ["hb-k-1"] = new(106.8210, 39.6710),
        ["hb-k-2"] = new(106.8180, 39.6690),
        ["hb-p-1"] = new(106.8195, 39.6705),
    };

    public static void Write(string folder, Action<List<string>>? editCsvRows = null)
    {
        var tm = new LocalTransverseMercator(Centre);
        Point At(double x, double y) { var p = tm.Unproject(x, y); return GeoJson.Point(p.Lon, p.Lat); }
        Polygon Square(double x0, double y0, double x1, double y1) => GeoJson.Factory.CreatePolygon(
            new[] { (x0, y0), (x1, y0), (x1, y1), (x0, y1), (x0, y0) }.Select(c => At(c.Item1, c.Item2).Coordinate).ToArray());

        var streets = new List<Street>();
        for (int k = -2; k <= 2; k++)
        {
            streets.Add(new Street($"ew{k + 2}", null, "residential", GeoJson.Factory.CreateLineString([At(-400, k * 200).Coordinate, At(400, k * 200).Coordinate]), Provenance.Illustrative));
            streets.Add(new Street($"ns{k + 2}", null, "residential", GeoJson.Factory.CreateLineString([At(k * 200, -400).Coordinate, At(k * 200, 400).Coordinate]), Provenance.Illustrative));
        }

        var areas = new List<Area>
        {
            new("150302001001", new("海北社区", "Haibei Community"), AreaKinds.Community, Code, 2400, 0.15, Square(-400, -400, 0, 400), Provenance.Illustrative),
            new("150302001002", new("海南社区", "Hainan Community"), AreaKinds.Community, Code, 1600, 0.25, Square(0, -400, 400, 400), Provenance.Illustrative),
        };
        var blocks = new List<ResidentialBlock>
        {
            new("hb-b1", "150302001001", 1200, 0.15, Square(-390, -190, -210, -10), Provenance.Illustrative),
            new("hb-b2", "150302001001", 1200, 0.15, Square(-190, 10, -10, 190), Provenance.Illustrative),
            new("hb-b3", "150302001002", 900, 0.25, Square(10, -190, 190, -10), Provenance.Illustrative),
            new("hb-b4", "150302001002", 700, 0.25, Square(210, 10, 390, 190), Provenance.Illustrative),
        };
        var categories = new List<FacilityCategory>
        {
            new("kindergarten", new("幼儿园", "Kindergarten"), 5, ServiceTier.Basic, "GB 50180-2018"),
            new("pharmacy", new("药店", "Pharmacy"), 5, ServiceTier.Basic, "MOFCOM"),
        };
        var themes = new List<Theme> { new("education", new("优教普惠圈", "Education"), new("教育局", "Education Bureau"), ["kindergarten"]), new("health-care", new("健康医疗圈", "Health"), null, ["pharmacy"]) };
        var metadata = new DatasetMetadata(Code, new("测试区生活圈", "Test district life circle"), new("测试数据", "Test data"), "Test bureau",
            new DatasetLicence("CC-BY-4.0", "CC BY 4.0", "https://creativecommons.org/licenses/by/4.0/"), "2025.1", GeoJson.Crs84Uri, "GCJ-02 (facilities), BD-09 (areas)",
            new Dictionary<string, LayerProvenance> { ["all"] = new("illustrative", "made up for tests") }, []);
        var circle = new Circle("c1", new("测试生活圈", "Test circle"), Square(-400, -400, 400, 400), 4000, 0.64, ["150302001001", "150302001002"], "pilot", 2025, Provenance.Illustrative);
        var dataset = new Dataset(metadata, new District(Code, new("测试区", "Test District"), 4000, "tests"), areas, [circle], themes, categories, [], blocks, streets);
        DatasetFiles.Write(dataset, folder);

        // Facilities as a register would keep them: CSV, GCJ-02 coordinates copied from Amap, Chinese names.
        var rows = new List<string> { "id,name_zh,name_en,category,community,status,lon,lat" };
        foreach (var (id, wgs) in FacilityPositions)
        {
            var gcj = ChinaCoordinates.Wgs84ToGcj02(wgs);
            string category = id.StartsWith("hb-k", StringComparison.Ordinal) ? "kindergarten" : "pharmacy";
            string community = wgs.Lon < Centre.Lon ? "150302001001" : "150302001002";
            rows.Add(string.Create(CultureInfo.InvariantCulture, $"{id},\"{(category == "kindergarten" ? "海北幼儿园" : "惠民药店")}, {id}\",{id},{category},{community},existing,{gcj.Lon:F7},{gcj.Lat:F7}"));
        }

        editCsvRows?.Invoke(rows);
        File.Delete(Path.Combine(folder, DatasetFiles.Facilities));
        File.WriteAllText(Path.Combine(folder, "facilities.csv"), string.Join("\n", rows) + "\n", new UTF8Encoding(true));

        // Areas as a GIS exported them in BD-09.
        var areasPath = Path.Combine(folder, DatasetFiles.Areas);
        var areasJson = JsonNode.Parse(File.ReadAllText(areasPath))!;
        foreach (var ring in areasJson["features"]!.AsArray().Select(f => f!["geometry"]!["coordinates"]!.AsArray()[0]!.AsArray()))
        {
            foreach (var c in ring.Select(c => c!.AsArray()))
            {
                var bd = ChinaCoordinates.Wgs84ToBd09(new GeoPosition(c[0]!.GetValue<double>(), c[1]!.GetValue<double>()));
                c[0] = bd.Lon;
                c[1] = bd.Lat;
            }
        }

        File.WriteAllText(areasPath, areasJson.ToJsonString());

        var descriptor = JsonNode.Parse(File.ReadAllText(Path.Combine(folder, DatasetFiles.Descriptor)))!;
        descriptor["layers"] = JsonNode.Parse("""{"facilities":{"file":"facilities.csv","crs":"GCJ-02"},"areas":{"file":"areas.geojson","crs":"BD-09"},"streets":{"file":"streets.geojson","crs":"WGS84"}}""");
        File.WriteAllText(Path.Combine(folder, DatasetFiles.Descriptor), descriptor.ToJsonString(new JsonSerializerOptions { WriteIndented = true }));
    }
}
