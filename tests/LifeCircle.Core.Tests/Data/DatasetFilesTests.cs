using System.Text.Json.Nodes;
using LifeCircle.Core.Data;
using LifeCircle.Tests.Shared;

namespace LifeCircle.Core.Tests.Data;

public sealed class DatasetFilesTests : IDisposable
{
    private readonly TempFolder _folder = new("lc-files");

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void ADatasetWrittenAndReadBackIsTheSameDataset()
    {
        var dataset = TestDatasets.Build(facilities: 25);
        DatasetFiles.Write(dataset, _folder);
        var read = DatasetFiles.Read(_folder);

        Assert.Equal(DatasetFiles.Fingerprint(dataset), DatasetFiles.Fingerprint(read));
        Assert.Equal(dataset.Facilities.Select(f => (f.Id, f.Category, f.Status, f.Location.X, f.Location.Y)),
            read.Facilities.Select(f => (f.Id, f.Category, f.Status, f.Location.X, f.Location.Y)));
        Assert.Equal(dataset.Metadata.Licence, read.Metadata.Licence);
    }

    [Fact]
    public void TheFingerprintChangesWhenAnyValueChanges()
    {
        var dataset = TestDatasets.Build(facilities: 5);
        var moved = dataset with { Facilities = [dataset.Facilities[0] with { Year = 2024 }, .. dataset.Facilities.Skip(1)] };
        Assert.NotEqual(DatasetFiles.Fingerprint(dataset), DatasetFiles.Fingerprint(moved));
        Assert.Equal(DatasetFiles.Fingerprint(dataset), DatasetFiles.Fingerprint(TestDatasets.Build(facilities: 5)));
    }

    [Fact]
    public void ChineseTextIsWrittenAsIsNotEscaped()
    {
        DatasetFiles.Write(TestDatasets.Build(facilities: 1), _folder);
        var text = File.ReadAllText(Path.Combine(_folder, DatasetFiles.Facilities));
        Assert.Contains("设施0", text);
    }

    [Fact]
    public void AMissingFileIsReportedByName()
    {
        DatasetFiles.Write(TestDatasets.Build(facilities: 1), _folder);
        File.Delete(Path.Combine(_folder, DatasetFiles.Blocks));
        var ex = Assert.Throws<DatasetFormatException>(() => DatasetFiles.Read(_folder));
        Assert.Equal(DatasetFiles.Blocks, ex.Location);
    }

    [Fact]
    public void ABadValueIsReportedWithFeatureNumberAndField()
    {
        DatasetFiles.Write(TestDatasets.Build(facilities: 3), _folder);
        var path = Path.Combine(_folder, DatasetFiles.Facilities);
        var json = JsonNode.Parse(File.ReadAllText(path))!;
        json["features"]![2]!["properties"]!["status"] = "demolished";
        File.WriteAllText(path, json.ToJsonString());

        var ex = Assert.Throws<DatasetFormatException>(() => DatasetFiles.Read(_folder));
        Assert.Equal("facilities.geojson feature 3", ex.Location);
        Assert.Equal("status", ex.Field);
        Assert.Contains("demolished", ex.Problem);
    }

    [Fact]
    public void AFacilityWithoutAPointIsRefused()
    {
        DatasetFiles.Write(TestDatasets.Build(facilities: 2), _folder);
        var path = Path.Combine(_folder, DatasetFiles.Facilities);
        var json = JsonNode.Parse(File.ReadAllText(path))!;
        json["features"]![0]!["geometry"] = JsonNode.Parse("""{"type":"LineString","coordinates":[[1,2],[3,4]]}""");
        File.WriteAllText(path, json.ToJsonString());

        var ex = Assert.Throws<DatasetFormatException>(() => DatasetFiles.Read(_folder));
        Assert.Equal(("facilities.geojson feature 1", "geometry"), (ex.Location, ex.Field));
    }
}
