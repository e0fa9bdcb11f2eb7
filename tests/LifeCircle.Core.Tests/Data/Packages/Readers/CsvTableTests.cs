using System.Text;
using LifeCircle.Core.Data;
using LifeCircle.Core.Data.Packages.Readers;
using LifeCircle.Core.Importing;
using LifeCircle.Tests.Shared;

namespace LifeCircle.Core.Tests.Data.Packages.Readers;

/// <summary>Facility tables in CSV as offices save them: GBK, UTF-16, semicolons, quoted line breaks.</summary>
public sealed class CsvTableTests : IDisposable
{
    private readonly TempFolder _folder = new("lc-csv");

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void AGbkFacilitiesCsvIsPublishedWithItsChineseNamesIntact()
    {
        SecondDistrictPackage.Write(_folder);
        OfficeFilesPackage.ReencodeFacilitiesAsGbk(_folder);
        var result = CheckedPackage.Read(_folder);

        Assert.DoesNotContain(result.Problems, p => p.Severity == ProblemSeverity.Error);
        Assert.Equal(OfficeFilesPackage.CsvNames.OrderBy(n => n.Key), result.Dataset!.Facilities.Select(f => KeyValuePair.Create(f.Id, f.Name.Zh)).OrderBy(n => n.Key));
        Assert.DoesNotContain(result.Dataset.Facilities, f => f.Name.Zh.Contains('\uFFFD'));
    }

    [Fact]
    public void AGbkFacilitiesCsvDeclaredAsUtf8IsOneErrorNamingFileAndRowAndNothingIsRead()
    {
        SecondDistrictPackage.Write(_folder);
        OfficeFilesPackage.ReencodeFacilitiesAsGbk(_folder);
        OfficeFilesPackage.SetLayers(_folder, """{"facilities": {"file": "facilities.csv", "crs": "GCJ-02", "encoding": "utf-8"}, "areas": {"file": "areas.geojson", "crs": "BD-09"}}""");
        var result = CheckedPackage.Read(_folder);

        var problem = Assert.Single(result.Problems, p => p.Severity == ProblemSeverity.Error);
        Assert.Equal(("facilities.csv row 2", "(encoding)"), (problem.Location, problem.Field));
        Assert.Contains("not valid UTF-8", problem.Message);
        Assert.Empty(result.Dataset!.Facilities);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void AUtf16FacilitiesCsvIsReadWithItsNames(bool bigEndian)
    {
        SecondDistrictPackage.Write(_folder);
        var path = Path.Combine(_folder, "facilities.csv");
        File.WriteAllText(path, File.ReadAllText(path, Encoding.UTF8), new UnicodeEncoding(bigEndian, byteOrderMark: true));
        var result = CheckedPackage.Read(_folder);

        Assert.DoesNotContain(result.Problems, p => p.Severity == ProblemSeverity.Error);
        Assert.Equal(OfficeFilesPackage.CsvNames.OrderBy(n => n.Key), result.Dataset!.Facilities.Select(f => KeyValuePair.Create(f.Id, f.Name.Zh)).OrderBy(n => n.Key));
    }

    [Fact]
    public void QuotedFieldsKeepTheirCommasQuotesAndLineBreaksAndRowsAreNumberedAsASpreadsheetShowsThem()
    {
        var table = CsvTable.Read(new StringReader("id,name_zh\nk-1,\"a, \"\"b\"\"\nc\"\n\nk-2,d\n"), "facilities.csv");
        Assert.Equal(["id", "name_zh"], table.Header);
        Assert.Equal([(2, "a, \"b\"\nc"), (4, "d")], table.Rows.Select(r => (r.Row, r.Cells[1])));
    }

    [Theory]
    [InlineData(';')]
    [InlineData('\t')]
    public void ASemicolonOrTabSeparatedFileIsReadByTheDelimiterOfItsHeader(char delimiter)
    {
        var table = CsvTable.Read(new StringReader($"id{delimiter}name_zh{delimiter}lon\nk-1{delimiter}海北, 幼儿园{delimiter}106,82\n"), "facilities.csv");
        Assert.Equal(["id", "name_zh", "lon"], table.Header);
        Assert.Equal(["k-1", "海北, 幼儿园", "106,82"], table.Rows.Single().Cells);
    }
}
