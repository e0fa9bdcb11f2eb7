using System.Text.Json.Nodes;
using LifeCircle.Core.Data;
using LifeCircle.Core.Data.Packages;
using LifeCircle.Core.Importing;
using LifeCircle.Tests.Shared;

namespace LifeCircle.Core.Tests.Data.Packages;

/// <summary>dataset.json as districts might get it wrong: each mistake listed once, none an exception.</summary>
public sealed class PackageManifestTests : IDisposable
{
    private readonly TempFolder _folder = new("lc-manifest");

    public void Dispose() => _folder.Dispose();

    /// <summary>The second district's package with dataset.json changed by <paramref name="edit"/>.</summary>
    private void WritePackage(Action<JsonObject> edit)
    {
        SecondDistrictPackage.Write(_folder);
        var path = Path.Combine(_folder, DatasetFiles.Descriptor);
        var json = JsonNode.Parse(File.ReadAllText(path))!.AsObject();
        edit(json);
        File.WriteAllText(path, json.ToJsonString());
    }

    [Theory]
    [InlineData("facilities", "layers.facilities.crs")]
    [InlineData("areas", "layers.areas.crs")]
    [InlineData("streets", "layers.streets.crs")]
    public void AnUnsupportedLayerCrsIsReportedExactlyOnce(string layer, string field)
    {
        WritePackage(json => json["layers"]![layer] = new JsonObject { ["file"] = layer == "facilities" ? "facilities.csv" : $"{layer}.geojson", ["crs"] = "EPSG:2385" });
        var problems = CheckedPackage.Read(_folder).Problems;
        var problem = Assert.Single(problems, p => p.Field == field);
        Assert.Equal(DatasetFiles.Descriptor, problem.Location);
        Assert.Contains("EPSG:2385", problem.Message);
    }

    [Fact]
    public void AnUnknownLayerIsReportedExactlyOnce()
    {
        WritePackage(json => json["layers"]!["shops"] = new JsonObject { ["file"] = "shops.csv" });
        Assert.Single(CheckedPackage.Read(_folder).Problems, p => p.Field == "layers.shops");
    }

    [Fact]
    public void AMisspeltLayerIsOneErrorWithTheNearestLayerAndNoMissingFileAfterIt()
    {
        WritePackage(json =>
        {
            var layers = json["layers"]!.AsObject();
            var facilities = layers["facilities"]!.DeepClone();
            layers.Remove("facilities");
            layers["facility"] = facilities;
        });

        var error = Assert.Single(CheckedPackage.Read(_folder).Errors);

        Assert.Equal((DatasetFiles.Descriptor, "layers.facility"), (error.Location, error.Field));
        Assert.Contains("did you mean 'facilities'?", error.Message);
    }

    [Fact]
    public void ARegistersOwnColumnNamesAreReadThroughTheColumnsDatasetJsonMaps()
    {
        WritePackage(json => json["layers"]!["facilities"] = JsonNode.Parse("""{"file": "facilities.csv", "crs": "GCJ-02", "columns": {"编号": "id", "设施名称": "name_zh", "经度": "lon", "纬度": "lat"}}"""));
        var csv = Path.Combine(_folder, "facilities.csv");
        var lines = File.ReadAllLines(csv);
        lines[0] = lines[0].Replace("id,name_zh,", "编号,设施名称,", StringComparison.Ordinal).Replace(",lon,lat", ",经度,纬度", StringComparison.Ordinal);
        File.WriteAllLines(csv, lines);

        var check = CheckedPackage.Read(_folder);

        Assert.Empty(check.Errors);
        Assert.Equal(SecondDistrictPackage.FacilityPositions.Keys.Order(), check.Dataset!.Facilities.Select(f => f.Id).Order());
    }

    [Fact]
    public void AColumnMappedToNoColumnOfTheLayerIsAnErrorWithTheNearestColumn()
    {
        WritePackage(json => json["layers"]!["facilities"] = JsonNode.Parse("""{"file": "facilities.csv", "crs": "GCJ-02", "columns": {"经度": "lng"}}"""));

        var error = Assert.Single(CheckedPackage.Read(_folder).Errors);

        Assert.Equal((DatasetFiles.Descriptor, "layers.facilities.columns.经度"), (error.Location, error.Field));
        Assert.Contains("'lng' is not a column of the facilities layer", error.Message);
    }

    [Fact]
    public void AMissingRequiredLayerFileIsReportedExactlyOnce()
    {
        WritePackage(_ => { });
        File.Delete(Path.Combine(_folder, DatasetFiles.Areas));
        var problem = Assert.Single(CheckedPackage.Read(_folder).Problems, p => p.Location == DatasetFiles.Areas);
        Assert.Equal(ProblemSeverity.Error, problem.Severity);
    }

    [Fact]
    public void ABadCsvRowIsReportedExactlyOnce()
    {
        SecondDistrictPackage.Write(_folder, rows => rows.Add("hb-x,药店,x,pharmacy,150302001001,existing,abc,39.67"));
        Assert.Single(CheckedPackage.Read(_folder).Problems, p => p.Location == "facilities.csv row 5");
    }

    public static TheoryData<string, string> MalformedManifests() => new()
    {
        { """{"facilities":{"crs":"GCJ-02"}}""", "$.layers.facilities" },
        { """{"facilities":{"file":5}}""", "$.layers.facilities.file" },
        { """{"facilities":{"file":null}}""", "$.layers.facilities.file" },
        { """{"facilities":null}""", "layers.facilities" },
        { """["facilities.csv"]""", "$.layers" },
        { "\"facilities.csv\"", "$.layers" },
    };

    [Theory]
    [MemberData(nameof(MalformedManifests))]
    public void AMalformedLayerEntryIsAListedProblemNotAnException(string layers, string field)
    {
        WritePackage(json => json["layers"] = JsonNode.Parse(layers));
        var check = CheckedPackage.Read(_folder);
        Assert.True(check.HasErrors);
        var problem = Assert.Single(check.Errors, p => p.Location == DatasetFiles.Descriptor);
        Assert.StartsWith(field, problem.Field);
    }

    [Theory]
    [InlineData("metadata", "{}")]
    [InlineData("metadata", "null")]
    [InlineData("district", "{\"code\":\"150302\"}")]
    [InlineData("district", "[]")]
    [InlineData("district", "null")]
    public void AMalformedMetadataOrDistrictIsAListedProblemNotAnException(string member, string value)
    {
        WritePackage(json => json[member] = JsonNode.Parse(value));
        var check = CheckedPackage.Read(_folder);
        Assert.Null(check.Dataset);
        var problem = Assert.Single(check.Errors);
        Assert.Equal(DatasetFiles.Descriptor, problem.Location);
        Assert.StartsWith($"$.{member}", problem.Field);
    }

    [Theory]
    [InlineData("null")]
    [InlineData("[]")]
    [InlineData("{")]
    public void ADescriptorThatIsNotAnObjectIsAListedProblem(string text)
    {
        SecondDistrictPackage.Write(_folder);
        File.WriteAllText(Path.Combine(_folder, DatasetFiles.Descriptor), text);
        var problem = Assert.Single(CheckedPackage.Read(_folder).Errors);
        Assert.Equal(DatasetFiles.Descriptor, problem.Location);
    }

    [Fact]
    public void ANullThemeIsAListedProblem()
    {
        SecondDistrictPackage.Write(_folder);
        var path = Path.Combine(_folder, DatasetFiles.Themes);
        var themes = JsonNode.Parse(File.ReadAllText(path))!.AsArray();
        themes.Add(null);
        File.WriteAllText(path, themes.ToJsonString());
        var problem = Assert.Single(CheckedPackage.Read(_folder).Errors);
        Assert.Equal($"{DatasetFiles.Themes} item {themes.Count}", problem.Location);
    }

    [Theory]
    [InlineData("gcj02")]
    [InlineData("GCJ02")]
    [InlineData("gcj-02")]
    public void ACrsNameInAnotherCaseOrWithoutItsHyphenIsReadAsThatCrs(string crs)
    {
        WritePackage(json => json["layers"]!["facilities"]!["crs"] = crs);

        var check = CheckedPackage.Read(_folder);

        Assert.Empty(check.Errors);
        Assert.All(check.Dataset!.Facilities, f => Assert.Equal("GCJ-02", f.Provenance.SourceCrs));
    }

    [Fact]
    public void AnUnknownCrsNearAKnownOneSaysWhichItProbablyIs()
    {
        WritePackage(json => json["layers"]!["facilities"]!["crs"] = "gcj_02");

        var error = Assert.Single(CheckedPackage.Read(_folder).Errors);

        Assert.Equal("layers.facilities.crs", error.Field);
        Assert.StartsWith("'gcj_02' is not supported (did you mean 'GCJ-02'?); give one of WGS84", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void APathThatIsNeitherAFolderNorAZipIsAListedProblem()
    {
        Directory.CreateDirectory(_folder);
        var notZip = Path.Combine(_folder, "package.zip");
        File.WriteAllText(notZip, "not a zip");
        Assert.Single(PackageReader.Read(notZip).Problems);
        Assert.Single(PackageReader.Read(Path.Combine(_folder, "absent")).Problems);
    }
}
