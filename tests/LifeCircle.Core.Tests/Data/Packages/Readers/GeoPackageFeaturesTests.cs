using LifeCircle.Core.Data;
using LifeCircle.Core.Data.Packages;
using LifeCircle.Core.Geodesy;
using LifeCircle.Core.Importing;
using LifeCircle.Core.Model;
using LifeCircle.Tests.Shared;
using Microsoft.Data.Sqlite;
using NetTopologySuite.Geometries;
using NetTopologySuite.IO;

namespace LifeCircle.Core.Tests.Data.Packages.Readers;

/// <summary>Streets as a GeoPackage (as QGIS, SuperMap or ogr2ogr write it): a feature table in WGS 84 / UTM zone 48N, written here with Microsoft.Data.Sqlite and NetTopologySuite.IO.GeoPackage.</summary>
public sealed class GeoPackageFeaturesTests : IDisposable
{
    private const string Utm48N = """PROJCS["WGS 84 / UTM zone 48N",GEOGCS["WGS 84",DATUM["WGS_1984",SPHEROID["WGS 84",6378137,298.257223563,AUTHORITY["EPSG","7030"]],AUTHORITY["EPSG","6326"]],PRIMEM["Greenwich",0,AUTHORITY["EPSG","8901"]],UNIT["degree",0.0174532925199433,AUTHORITY["EPSG","9122"]],AUTHORITY["EPSG","4326"]],PROJECTION["Transverse_Mercator"],PARAMETER["latitude_of_origin",0],PARAMETER["central_meridian",105],PARAMETER["scale_factor",0.9996],PARAMETER["false_easting",500000],PARAMETER["false_northing",0],UNIT["metre",1,AUTHORITY["EPSG","9001"]],AXIS["Easting",EAST],AXIS["Northing",NORTH],AUTHORITY["EPSG","32648"]]""";

    private readonly TempFolder _folder = new("lc-gpkg");

    public void Dispose() => _folder.Dispose();

    /// <summary>The package with its streets moved into streets.gpkg (table "roads", UTM 48N); returns the true streets.</summary>
    private IReadOnlyList<Street> WritePackage()
    {
        SecondDistrictPackage.Write(_folder);
        var streets = PackageReader.Read(_folder).Dataset!.Streets;
        WriteGeoPackage(Path.Combine(_folder, "streets.gpkg"), streets);
        File.Delete(Path.Combine(_folder, DatasetFiles.Streets));
        OfficeFilesPackage.SetLayers(_folder, """
            {"facilities": {"file": "facilities.csv", "crs": "GCJ-02"}, "areas": {"file": "areas.geojson", "crs": "BD-09"},
             "streets": {"file": "streets.gpkg", "sheet": "roads", "defaults": {"provenance": "illustrative", "position_provenance": "illustrative", "figures_provenance": "illustrative"}}}
            """);
        return streets;
    }

    private static void WriteGeoPackage(string path, IEnumerable<Street> streets)
    {
        var utm = new LocalTransverseMercator(new GeoPosition(105, 0));
        using var connection = new SqliteConnection($"Data Source={path};Pooling=False");
        connection.Open();
        void Run(string sql, params (string Name, object Value)[] values)
        {
            using var command = connection.CreateCommand();
            command.CommandText = sql;
            foreach (var (name, value) in values)
            {
                command.Parameters.AddWithValue(name, value);
            }

            command.ExecuteNonQuery();
        }

        Run("PRAGMA application_id = 1196444487; PRAGMA user_version = 10300;");
        Run("CREATE TABLE gpkg_spatial_ref_sys (srs_name TEXT NOT NULL, srs_id INTEGER PRIMARY KEY, organization TEXT NOT NULL, organization_coordsys_id INTEGER NOT NULL, definition TEXT NOT NULL, description TEXT)");
        Run("CREATE TABLE gpkg_contents (table_name TEXT PRIMARY KEY, data_type TEXT NOT NULL, identifier TEXT UNIQUE, description TEXT DEFAULT '', last_change DATETIME NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')), min_x DOUBLE, min_y DOUBLE, max_x DOUBLE, max_y DOUBLE, srs_id INTEGER)");
        Run("CREATE TABLE gpkg_geometry_columns (table_name TEXT NOT NULL, column_name TEXT NOT NULL, geometry_type_name TEXT NOT NULL, srs_id INTEGER NOT NULL, z TINYINT NOT NULL, m TINYINT NOT NULL, PRIMARY KEY (table_name, column_name))");
        Run("INSERT INTO gpkg_spatial_ref_sys VALUES ('WGS 84 geodetic', 4326, 'EPSG', 4326, 'GEOGCS[\"WGS 84\",DATUM[\"WGS_1984\",SPHEROID[\"WGS 84\",6378137,298.257223563]],PRIMEM[\"Greenwich\",0],UNIT[\"degree\",0.0174532925199433]]', NULL)");
        Run("INSERT INTO gpkg_spatial_ref_sys VALUES ('WGS 84 / UTM zone 48N', 32648, 'EPSG', 32648, $wkt, NULL)", ("$wkt", Utm48N));
        Run("INSERT INTO gpkg_contents (table_name, data_type, identifier, srs_id) VALUES ('roads', 'features', 'roads', 32648)");
        Run("INSERT INTO gpkg_geometry_columns VALUES ('roads', 'geom', 'LINESTRING', 32648, 0, 0)");
        Run("CREATE TABLE roads (fid INTEGER PRIMARY KEY AUTOINCREMENT, geom BLOB, id TEXT, name_zh TEXT, kind TEXT)");
        var writer = new GeoPackageGeoWriter();
        foreach (var street in streets)
        {
            var projected = (LineString)street.Geometry.Copy();
            foreach (var c in projected.Coordinates)
            {
                var (x, y) = utm.Project(new GeoPosition(c.X, c.Y));
                (c.X, c.Y) = (500000 + 0.9996 * x, 0.9996 * y);
            }

            projected.GeometryChanged();
            projected.SRID = 32648;
            Run("INSERT INTO roads (geom, id, name_zh, kind) VALUES ($geom, $id, $name, $kind)",
                ("$geom", writer.Write(projected)), ("$id", street.Id), ("$name", "街道" + street.Id), ("$kind", street.Kind));
        }
    }

    [Fact]
    public void StreetsFromAUtmGeoPackageLandOnTheirTrueVerticesWithTheirAttributes()
    {
        var truth = WritePackage().ToDictionary(s => s.Id);
        var result = CheckedPackage.Read(_folder);

        Assert.DoesNotContain(result.Problems, p => p.Severity == ProblemSeverity.Error);
        var streets = result.Dataset!.Streets;
        Assert.Equal(truth.Keys.Order(), streets.Select(s => s.Id).Order());
        foreach (var street in streets)
        {
            var expected = truth[street.Id].Geometry.Coordinates;
            for (int i = 0; i < expected.Length; i++)
            {
                var at = new GeoPosition(expected[i].X, expected[i].Y);
                double metres = new LocalTransverseMercator(at).DistanceMetres(at, new GeoPosition(street.Geometry.Coordinates[i].X, street.Geometry.Coordinates[i].Y));
                Assert.True(metres < 0.05, $"{street.Id} vertex {i} is {metres:F3} m off");
            }

            Assert.Equal(("街道" + street.Id, truth[street.Id].Kind, "EPSG:32648"), (street.Name!.Zh, street.Kind, street.Provenance.SourceCrs));
        }
    }

    [Fact]
    public void ATableTheGeoPackageDoesNotHaveIsReportedWithTheTablesItHas()
    {
        WritePackage();
        OfficeFilesPackage.SetLayers(_folder, """{"facilities": {"file": "facilities.csv", "crs": "GCJ-02"}, "areas": {"file": "areas.geojson", "crs": "BD-09"}, "streets": {"file": "streets.gpkg", "sheet": "paths"}}""");
        var problem = Assert.Single(PackageReader.Read(_folder).Problems, p => p.Severity == ProblemSeverity.Error);
        Assert.Equal(("streets.gpkg", "sheet"), (problem.Location, problem.Field));
        Assert.Contains("roads", problem.Message);
    }

    [Fact]
    public void AFileThatIsNotAGeoPackageIsOneProblemNotAnException()
    {
        WritePackage();
        File.WriteAllText(Path.Combine(_folder, "streets.gpkg"), "not sqlite");
        var problem = Assert.Single(PackageReader.Read(_folder).Problems, p => p.Severity == ProblemSeverity.Error);
        Assert.Equal(("streets.gpkg", "(file)"), (problem.Location, problem.Field));
    }
}
