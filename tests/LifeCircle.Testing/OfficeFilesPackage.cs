using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using LifeCircle.Core.Data;
using LifeCircle.Core.Data.Packages;
using LifeCircle.Core.Geodesy;
using LifeCircle.Core.Model;
using MiniExcelLibs;
using NetTopologySuite.Features;
using NetTopologySuite.Geometries;
using NetTopologySuite.IO.Esri;

namespace LifeCircle.Tests.Shared;

/// <summary>Writes the second district's package as an office would hold it: facilities as a GBK CSV (GCJ-02), planned sites in an .xlsx (BD-09), areas as a Shapefile in CGCS2000 / 3-degree Gauss-Kruger CM 105E with a .prj and a .cpg.</summary>
/// <remarks>Every file is made here, by the libraries' own writers; the truth to compare with is kept in WGS84.</remarks>
public static class OfficeFilesPackage
{
    /// <summary>The Esri WKT ArcGIS writes for CGCS2000 / 3-degree Gauss-Kruger CM 105E (EPSG:4544), Gauss_Kruger and all.</summary>
    public const string GaussKrugerPrj = """PROJCS["CGCS2000_3_Degree_GK_CM_105E",GEOGCS["GCS_China_Geodetic_Coordinate_System_2000",DATUM["D_China_2000",SPHEROID["CGCS2000",6378137.0,298.257222101]],PRIMEM["Greenwich",0.0],UNIT["Degree",0.0174532925199433]],PROJECTION["Gauss_Kruger"],PARAMETER["False_Easting",500000.0],PARAMETER["False_Northing",0.0],PARAMETER["Central_Meridian",105.0],PARAMETER["Scale_Factor",1.0],PARAMETER["Latitude_Of_Origin",0.0],UNIT["Meter",1.0]]""";

    /// <summary>The planned sites' true (WGS84) positions and names, by id.</summary>
    public static IReadOnlyDictionary<string, (GeoPosition Position, string Name, string Category)> Planned { get; } = PlannedSites();

    /// <summary>The Chinese names the GBK CSV holds, by id.</summary>
    public static IReadOnlyDictionary<string, string> CsvNames { get; } = new Dictionary<string, string>
    {
        ["hb-k-1"] = "海北幼儿园, hb-k-1",
        ["hb-k-2"] = "海北幼儿园, hb-k-2",
        ["hb-p-1"] = "惠民药店, hb-p-1",
    };

    static OfficeFilesPackage() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    /// <summary>The whole office package; returns the areas' true (WGS84) geometries by code.</summary>
    public static IReadOnlyDictionary<string, Geometry> Write(string folder)
    {
        SecondDistrictPackage.Write(folder);
        var areas = PackageReader.Read(folder).Dataset!.Areas;
        ReencodeFacilitiesAsGbk(folder);
        WritePlannedXlsx(Path.Combine(folder, "planned.xlsx"));
        WriteAreasShapefile(Path.Combine(folder, "areas.shp"), areas);
        File.Delete(Path.Combine(folder, DatasetFiles.Areas));
        SetLayers(folder, """
            {
              "facilities": [
                {"file": "facilities.csv", "crs": "GCJ-02"},
                {"file": "planned.xlsx", "crs": "BD-09", "sheet": "规划设施", "defaults": {"status": "planned", "source": "2025 planning scheme"}}
              ],
              "areas": {"file": "areas.shp", "defaults": {"provenance": "sourced", "position_provenance": "sourced", "figures_provenance": "sourced"}}
            }
            """);
        return areas.ToDictionary(a => a.Code, a => a.Geometry!);
    }

    /// <summary>Rewrites facilities.csv in GBK (code page 936, no BOM), as Excel and WPS save it on Chinese Windows.</summary>
    public static void ReencodeFacilitiesAsGbk(string folder)
    {
        var path = Path.Combine(folder, "facilities.csv");
        File.WriteAllBytes(path, Encoding.GetEncoding(936).GetBytes(File.ReadAllText(path, Encoding.UTF8)));
    }

    /// <summary>An .xlsx with one sheet, 规划设施, of planned sites in BD-09 (status left to the file's defaults).</summary>
    public static void WritePlannedXlsx(string path)
    {
        var rows = Planned.Select(p =>
        {
            var bd = ChinaCoordinates.Wgs84ToBd09(p.Value.Position);
            return new Dictionary<string, object?>
            {
                ["id"] = p.Key,
                ["name_zh"] = p.Value.Name,
                ["category"] = p.Value.Category,
                ["community"] = 150302001001,
                ["year"] = 2027,
                ["lon"] = bd.Lon,
                ["lat"] = bd.Lat,
            };
        }).ToList();
        MiniExcel.SaveAs(path, rows, sheetName: "规划设施", overwriteFile: true);
    }

    /// <summary>Areas as a polygon Shapefile in CGCS2000 / 3-degree Gauss-Kruger CM 105E, its .dbf in GBK with field names cut to 10 characters.</summary>
    public static void WriteAreasShapefile(string path, IEnumerable<Area> areas)
    {
        var gk = new LocalTransverseMercator(new GeoPosition(105, 0));
        var factory = new GeometryFactory();
        var features = areas.Select(a =>
        {
            var projected = a.Geometry!.Copy();
            projected.Apply(new ProjectFilter(gk));
            var attributes = new AttributesTable
            {
                { "id", a.Code },
                { "name_zh", a.Name.Zh },
                { "name_en", a.Name.En },
                { "kind", a.Kind },
                { "parent_cod", a.ParentCode },
                { "population", a.Population },
                { "elderly_sh", a.ElderlyShare },
            };
            return (IFeature)new Feature(factory.CreateMultiPolygon([(Polygon)projected]), attributes);
        }).ToList();
        Shapefile.WriteAllFeatures(features, path, GaussKrugerPrj, Encoding.GetEncoding(936));
        File.WriteAllText(Path.ChangeExtension(path, ".cpg"), "GBK");
    }

    /// <summary>Replaces the "layers" of dataset.json.</summary>
    public static void SetLayers(string folder, string layers)
    {
        var path = Path.Combine(folder, DatasetFiles.Descriptor);
        var descriptor = JsonNode.Parse(File.ReadAllText(path))!;
        descriptor["layers"] = JsonNode.Parse(layers);
        File.WriteAllText(path, descriptor.ToJsonString(new JsonSerializerOptions { WriteIndented = true }));
    }

    /// <summary>Gauss-Kruger easting/northing (false easting 500 km) from lon/lat.</summary>
    public static (double X, double Y) GaussKruger(GeoPosition p)
    {
        var (x, y) = new LocalTransverseMercator(new GeoPosition(105, 0)).Project(p);
        return (500000 + x, y);
    }

    private static Dictionary<string, (GeoPosition, string, string)> PlannedSites()
    {
        var tm = new LocalTransverseMercator(SecondDistrictPackage.Centre);
        return new()
        {
            ["hb-plan-k"] = (tm.Unproject(-200, 100), "规划幼儿园（北区）", "kindergarten"),
            ["hb-plan-p"] = (tm.Unproject(200, -100), "规划惠民药店", "pharmacy"),
        };
    }

    private sealed class ProjectFilter(LocalTransverseMercator gk) : ICoordinateSequenceFilter
    {
        public bool Done => false;

        public bool GeometryChanged => true;

        public void Filter(CoordinateSequence seq, int i)
        {
            var (x, y) = gk.Project(new GeoPosition(seq.GetX(i), seq.GetY(i)));
            seq.SetX(i, 500000 + x);
            seq.SetY(i, y);
        }
    }
}
