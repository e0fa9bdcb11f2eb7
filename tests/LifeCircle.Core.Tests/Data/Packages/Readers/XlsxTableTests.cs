using LifeCircle.Core.Data;
using LifeCircle.Core.Data.Packages.Readers;
using LifeCircle.Core.Geodesy;
using LifeCircle.Core.Importing;
using LifeCircle.Core.Model;
using LifeCircle.Tests.Shared;

namespace LifeCircle.Core.Tests.Data.Packages.Readers;

/// <summary>Facility lists kept in Excel workbooks (.xlsx), written here with MiniExcel's writer.</summary>
public sealed class XlsxTableTests : IDisposable
{
    private readonly TempFolder _folder = new("lc-xlsx");

    public void Dispose() => _folder.Dispose();

    private void WritePackage(string plannedEntry)
    {
        SecondDistrictPackage.Write(_folder);
        OfficeFilesPackage.WritePlannedXlsx(Path.Combine(_folder, "planned.xlsx"));
        OfficeFilesPackage.SetLayers(_folder, $$$"""{"facilities": [{"file": "facilities.csv", "crs": "GCJ-02"}, {{{plannedEntry}}}], "areas": {"file": "areas.geojson", "crs": "BD-09"} }""");
    }

    [Fact]
    public void PlannedSitesInABd09WorkbookAreReadWithNamesPositionsNumbersAndTheFilesDefaults()
    {
        WritePackage("""{"file": "planned.xlsx", "crs": "BD-09", "sheet": "规划设施", "defaults": {"status": "planned"}}""");
        var result = CheckedPackage.Read(_folder);

        Assert.DoesNotContain(result.Problems, p => p.Severity == ProblemSeverity.Error);
        foreach (var (id, site) in OfficeFilesPackage.Planned)
        {
            var f = Assert.Single(result.Dataset!.Facilities, f => f.Id == id);
            var metres = new LocalTransverseMercator(site.Position).DistanceMetres(site.Position, new GeoPosition(f.Location.X, f.Location.Y));
            Assert.True(metres < 0.5, $"{id} is {metres:F3} m off");
            Assert.Equal((site.Name, site.Category, "150302001001", (int?)2027, FacilityStatus.Planned, "BD-09"), (f.Name.Zh, f.Category, f.Community, f.Year, f.Status, f.Provenance.SourceCrs));
        }
    }

    [Fact]
    public void ARowOfAWorkbookIsNamedByItsSpreadsheetRowNumber()
    {
        WritePackage("""{"file": "planned.xlsx", "crs": "BD-09"}""");
        var result = LifeCircle.Core.Data.Packages.PackageReader.Read(_folder);
        var facilities = result.Dataset!.Facilities;
        var index = facilities.ToList().FindIndex(f => f.Id == OfficeFilesPackage.Planned.Keys.Last());
        Assert.Equal("planned.xlsx row 3", result.Locate(DatasetFiles.Facilities, index));
    }

    [Fact]
    public void ASheetTheWorkbookDoesNotHaveIsReportedWithTheSheetsItHas()
    {
        WritePackage("""{"file": "planned.xlsx", "crs": "BD-09", "sheet": "Sheet9"}""");
        var problem = Assert.Single(CheckedPackage.Read(_folder).Problems, p => p.Severity == ProblemSeverity.Error);
        Assert.Equal(("planned.xlsx", "sheet"), (problem.Location, problem.Field));
        Assert.Contains("规划设施", problem.Message);
    }

    [Fact]
    public void AFileThatIsNotAWorkbookIsOneProblemNotAnException()
    {
        WritePackage("""{"file": "planned.xlsx", "crs": "BD-09"}""");
        File.WriteAllText(Path.Combine(_folder, "planned.xlsx"), "id,name_zh\n");
        var problem = Assert.Single(CheckedPackage.Read(_folder).Problems, p => p.Severity == ProblemSeverity.Error);
        Assert.Equal(("planned.xlsx", "(file)"), (problem.Location, problem.Field));
    }

    [Fact]
    public void AWorkbookWhosePartsUnpackBeyondTheLimitsStopsTheReadNamingTheWorkbook()
    {
        WritePackage("""{"file": "planned.xlsx", "crs": "BD-09"}""");
        var rows = Enumerable.Range(0, 40_000).Select(i => new Dictionary<string, object?> { ["id"] = $"p-{i}", ["name_zh"] = "规划设施", ["category"] = "pharmacy", ["lon"] = 106.82, ["lat"] = 39.67 });
        MiniExcelLibs.MiniExcel.SaveAs(Path.Combine(_folder, "planned.xlsx"), rows, overwriteFile: true);

        var problem = Assert.Single(LifeCircle.Core.Data.Packages.PackageReader.Read(_folder, new LifeCircle.Core.Data.Packages.PackageLimits { MaxEntryBytes = 1024 * 1024 }).Problems);
        Assert.StartsWith("planned.xlsx (xl/worksheets/", problem.Location);
        Assert.Equal("MaxEntryBytes", problem.Field);
    }
}
