using System.Text;
using LifeCircle.Core.Data;
using LifeCircle.Core.Data.Packages;
using LifeCircle.Core.Geodesy;
using LifeCircle.Core.Importing;
using LifeCircle.Core.Model;
using LifeCircle.Tests.Shared;
using NetTopologySuite.Geometries;

namespace LifeCircle.Core.Tests.Data.Packages.Readers;

/// <summary>Areas as a Shapefile from ArcGIS or QGIS: projected (CGCS2000 Gauss-Kruger in the .prj), names in GBK (the .cpg), field names cut to 10 characters.</summary>
public sealed class ShapefileFeaturesTests : IDisposable
{
    private readonly TempFolder _folder = new("lc-shp");

    public void Dispose() => _folder.Dispose();

    /// <summary>The largest distance, in metres, from a vertex of <paramref name="truth"/> to the nearest vertex of <paramref name="read"/>.</summary>
    private static double WorstVertexMetres(Geometry truth, Geometry read) =>
        truth.Coordinates.Max(t =>
        {
            var at = new GeoPosition(t.X, t.Y);
            var tm = new LocalTransverseMercator(at);
            return read.Coordinates.Min(r => tm.DistanceMetres(at, new GeoPosition(r.X, r.Y)));
        });

    [Fact]
    public void AGaussKrugerShapefileWithAGbkCpgIsReadOntoItsTrueCornersWithItsChineseNames()
    {
        var truth = OfficeFilesPackage.Write(_folder);
        var result = CheckedPackage.Read(_folder);

        Assert.DoesNotContain(result.Problems, p => p.Severity == ProblemSeverity.Error);
        var areas = result.Dataset!.Areas.ToDictionary(a => a.Code);
        Assert.Equal(truth.Keys.Order(), areas.Keys.Order());
        foreach (var (code, geometry) in truth)
        {
            Assert.True(WorstVertexMetres(geometry, areas[code].Geometry!) < 0.05, $"{code} is {WorstVertexMetres(geometry, areas[code].Geometry!):F3} m off");
            Assert.Equal("CGCS2000_3_Degree_GK_CM_105E", areas[code].Provenance.SourceCrs);
        }

        Assert.Equal(["海北社区", "海南社区"], areas.Values.OrderBy(a => a.Code).Select(a => a.Name.Zh));
        Assert.Equal((AreaKinds.Community, SecondDistrictPackage.Code, 2400, 0.15), (areas["150302001001"].Kind, areas["150302001001"].ParentCode, areas["150302001001"].Population, areas["150302001001"].ElderlyShare));
    }

    [Fact]
    public void AShapefileWithoutACpgIsDecodedFromItsBytes()
    {
        OfficeFilesPackage.Write(_folder);
        File.Delete(Path.Combine(_folder, "areas.cpg"));
        var areas = PackageReader.Read(_folder).Dataset!.Areas;
        Assert.Equal(["海北社区", "海南社区"], areas.OrderBy(a => a.Code).Select(a => a.Name.Zh));
    }

    [Fact]
    public void ACpgThatNamesTheWrongEncodingIsOneErrorNamingTheDbfAndTheFeature()
    {
        OfficeFilesPackage.Write(_folder);
        File.WriteAllText(Path.Combine(_folder, "areas.cpg"), "UTF-8");
        var problem = Assert.Single(PackageReader.Read(_folder).Problems, p => p.Severity == ProblemSeverity.Error);
        Assert.Equal(("areas.dbf feature 1", "(encoding)"), (problem.Location, problem.Field));
    }

    [Fact]
    public void APrjOnADatumOtherThanCgcs2000OrWgs84IsRefusedByName()
    {
        OfficeFilesPackage.Write(_folder);
        File.WriteAllText(Path.Combine(_folder, "areas.prj"), OfficeFilesPackage.GaussKrugerPrj.Replace("D_China_2000", "D_Xian_1980").Replace("\"CGCS2000\",6378137.0,298.257222101", "\"Xian_1980\",6378140.0,298.257"));
        var problem = Assert.Single(PackageReader.Read(_folder).Problems, p => p.Severity == ProblemSeverity.Error);
        Assert.Equal(("areas.shp", "crs"), (problem.Location, problem.Field));
        Assert.Contains("D_Xian_1980", problem.Message);
    }

    [Fact]
    public void ACrsDeclaredInTheManifestWinsOverThePrjAndIsRecordedByItsEpsgCode()
    {
        OfficeFilesPackage.Write(_folder);
        File.Delete(Path.Combine(_folder, "areas.prj"));
        OfficeFilesPackage.SetLayers(_folder, """{"facilities": {"file": "facilities.csv", "crs": "GCJ-02"}, "areas": {"file": "areas.shp", "crs": "EPSG:4544", "encoding": "gbk", "defaults": {"provenance": "sourced", "position_provenance": "sourced", "figures_provenance": "sourced"}}}""");
        var result = CheckedPackage.Read(_folder);
        Assert.DoesNotContain(result.Problems, p => p.Severity == ProblemSeverity.Error);
        Assert.All(result.Dataset!.Areas, a => Assert.Equal("EPSG:4544", a.Provenance.SourceCrs));
    }

    [Fact]
    public void AShapefileWithoutItsDbfIsReportedNamingTheMissingFile()
    {
        OfficeFilesPackage.Write(_folder);
        File.Delete(Path.Combine(_folder, "areas.dbf"));
        var problem = Assert.Single(PackageReader.Read(_folder).Problems, p => p.Severity == ProblemSeverity.Error);
        Assert.Equal("areas.dbf", problem.Location);
    }

    [Fact]
    public void AProjectedShapefileWithoutItsPrjIsOneErrorForTheFileNamingThePrj()
    {
        OfficeFilesPackage.Write(_folder);
        File.Delete(Path.Combine(_folder, "areas.prj"));

        var check = CheckedPackage.Read(_folder);

        var error = Assert.Single(check.Errors);
        Assert.Equal(("areas.shp", "crs"), (error.Location, error.Field));
        Assert.Contains("areas.prj", error.Message);
        Assert.Contains("areas.prj", error.Hint);
        Assert.Contains("\"crs\"", error.Hint);
        Assert.DoesNotContain("{layer}", error.Hint);
        Assert.Contains(error.Affected, a => a.StartsWith("facilities.csv row", StringComparison.Ordinal));
        Assert.DoesNotContain(check.Problems, p => p.Location.StartsWith("blocks.geojson", StringComparison.Ordinal));
    }

    [Fact]
    public void AShapefileWithoutItsDbfIsTheRootOfTheUnknownCommunitiesThatFollowFromIt()
    {
        OfficeFilesPackage.Write(_folder);
        File.Delete(Path.Combine(_folder, "areas.dbf"));

        var error = Assert.Single(CheckedPackage.Read(_folder).Errors);
        Assert.Equal("areas.dbf", error.Location);
        Assert.Contains(error.Affected, a => a.StartsWith("facilities.csv row", StringComparison.Ordinal));
    }
}
