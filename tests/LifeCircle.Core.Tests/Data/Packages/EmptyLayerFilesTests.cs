using System.Text.Json.Nodes;
using LifeCircle.Core.Data;
using LifeCircle.Core.Data.Packages;
using LifeCircle.Core.Importing;
using LifeCircle.Tests.Shared;

namespace LifeCircle.Core.Tests.Data.Packages;

/// <summary>A facilities file that lost its rows (a header row only) is never published as a district without facilities.</summary>
public sealed class EmptyLayerFilesTests : IDisposable
{
    private readonly TempFolder _current = new("lc-empty-current");
    private readonly TempFolder _folder = new("lc-empty");

    public void Dispose()
    {
        _current.Dispose();
        _folder.Dispose();
    }

    [Fact]
    public async Task AFacilitiesFileWithAHeaderRowOnlyIsAnErrorNamingItAndTheCurrentVersionStays()
    {
        var store = new InMemoryDistrictDataStore();
        SecondDistrictPackage.Write(_current);
        var published = await new DatasetImport(store).RunAsync(_current);
        SecondDistrictPackage.Write(_folder, rows => rows.RemoveRange(1, rows.Count - 1));

        var result = await new DatasetImport(store).RunAsync(_folder);

        var error = Assert.Single(result.Errors);
        Assert.Equal(("facilities.csv", "(records)"), (error.Location, error.Field));
        Assert.Contains("holds no facilities", error.Message);
        Assert.Null(result.Version);
        Assert.Equal(published.Version, (await store.GetDistrictAsync(SecondDistrictPackage.Code))!.CurrentVersion);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void AZeroByteFacilitiesCsvIsReportedAsEmptyWithTheColumnsItsFirstRowMustName(bool withDefaults)
    {
        SecondDistrictPackage.Write(_folder);
        File.WriteAllBytes(Path.Combine(_folder, "facilities.csv"), []);
        if (withDefaults)
        {
            var descriptor = Path.Combine(_folder, DatasetFiles.Descriptor);
            var json = JsonNode.Parse(File.ReadAllText(descriptor))!;
            json["layers"]!["facilities"]!["defaults"] = JsonNode.Parse("""{"status": "existing"}""");
            File.WriteAllText(descriptor, json.ToJsonString());
        }

        var problems = PackageReader.Read(_folder).Problems;

        var error = Assert.Single(problems, p => p.Location.StartsWith("facilities.csv", StringComparison.Ordinal) && p.Field != "(records)");
        Assert.Equal(("facilities.csv", "(header)"), (error.Location, error.Field));
        Assert.Contains("the file is empty", error.Message);
        Assert.Contains(string.Join(", ", FacilityCsv.Required), error.Message);
    }

    [Fact]
    public void AnEmptyFileBesideAFileWithFacilitiesIsAWarningNamingIt()
    {
        SecondDistrictPackage.Write(_folder);
        File.WriteAllText(Path.Combine(_folder, "planned.csv"), "id,name_zh,category,lon,lat,status\n");
        var descriptor = Path.Combine(_folder, DatasetFiles.Descriptor);
        var json = JsonNode.Parse(File.ReadAllText(descriptor))!;
        json["layers"]!["facilities"] = JsonNode.Parse("""[{"file":"facilities.csv","crs":"GCJ-02"},{"file":"planned.csv","crs":"GCJ-02"}]""");
        File.WriteAllText(descriptor, json.ToJsonString());

        var check = CheckedPackage.Read(_folder);

        Assert.Empty(check.Errors);
        var warning = Assert.Single(check.Warnings);
        Assert.Equal(("planned.csv", "(records)"), (warning.Location, warning.Field));
        Assert.Contains("holds no facilities", warning.Message);
    }
}
