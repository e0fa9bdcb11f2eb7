using System.IO.Compression;
using System.Text.Json.Nodes;
using LifeCircle.Core.Data;
using LifeCircle.Core.Data.Packages;
using LifeCircle.Core.Geodesy;
using LifeCircle.Core.Importing;
using LifeCircle.Tests.Shared;

namespace LifeCircle.Core.Tests.Data.Packages;

public sealed class PackageReaderTests : IDisposable
{
    private readonly TempFolder _folder = new("lc-pkg");

    public void Dispose()
    {
        _folder.Dispose();

        File.Delete(_folder + ".zip");
    }

    private static double Metres(GeoPosition a, GeoPosition b) =>
        new LocalTransverseMercator(a).DistanceMetres(a, b);

    [Fact]
    public void Gcj02CsvFacilitiesAreConvertedToCrs84AndRememberTheirSourceCrs()
    {
        SecondDistrictPackage.Write(_folder);
        var result = PackageReader.Read(_folder);

        Assert.DoesNotContain(CheckedPackage.Check(result).Problems, p => p.Severity == ProblemSeverity.Error);
        var facilities = result.Dataset!.Facilities;
        Assert.Equal(3, facilities.Count);
        foreach (var f in facilities)
        {
            var expected = SecondDistrictPackage.FacilityPositions[f.Id];
            Assert.True(Metres(expected, new GeoPosition(f.Location.X, f.Location.Y)) < 0.05, $"{f.Id} is off after conversion");
            Assert.Equal("GCJ-02", f.Provenance.SourceCrs);
        }

        Assert.Equal("海北幼儿园, hb-k-1", facilities.Single(f => f.Id == "hb-k-1").Name.Zh);
        Assert.Equal(["education"], facilities.Single(f => f.Id == "hb-k-1").Themes);
    }

    [Fact]
    public void Bd09AreasAreConvertedBackOntoTheirWgs84Corners()
    {
        SecondDistrictPackage.Write(_folder);
        var areas = PackageReader.Read(_folder).Dataset!.Areas;
        var blocks = PackageReader.Read(_folder).Dataset!.Blocks;
        Assert.All(areas, a => Assert.Equal("BD-09", a.Provenance.SourceCrs));
        Assert.True(areas[0].Geometry!.Covers(blocks[0].Geometry), "the converted community contains its block again");
        Assert.Null(blocks[0].Provenance.SourceCrs);
    }

    [Fact]
    public void AZippedPackageReadsLikeTheFolder()
    {
        SecondDistrictPackage.Write(_folder);
        ZipFile.CreateFromDirectory(_folder, _folder + ".zip", CompressionLevel.Fastest, includeBaseDirectory: true);
        var zipped = PackageReader.Read(_folder + ".zip");
        Assert.False(zipped.HasErrors);
        Assert.Equal(DatasetFiles.Fingerprint(PackageReader.Read(_folder).Dataset!), DatasetFiles.Fingerprint(zipped.Dataset!));
    }

    public static TheoryData<string, string, string, string> CsvMistakes() => new()
    {
        { "lon", "hb-x,药店,x,pharmacy,150302001001,existing,abc,39.67", "row 5", "'abc' is not a number" },
        { "status", "hb-x,药店,x,pharmacy,150302001001,demolished,106.82,39.67", "row 5", "demolished" },
        { "category", "hb-x,药店,x,casino,150302001001,existing,106.82,39.67", "row 5", "unknown category 'casino'" },
        { "community", "hb-x,药店,x,pharmacy,999,existing,106.82,39.67", "row 5", "unknown area code '999'" },
        { "id", "hb-k-1,药店,x,pharmacy,150302001001,existing,106.82,39.67", "row 5", "also the id of facilities.csv row 2" },
        { "geometry", "hb-x,药店,x,pharmacy,150302001001,existing,39.67,106.82", "row 5", "looks like latitude, longitude" },
        { "geometry", "hb-x,药店,x,pharmacy,150302001001,existing,116.40,39.90", "row 5", "outside the district" },
    };

    [Theory]
    [MemberData(nameof(CsvMistakes))]
    public void EachCsvMistakeIsReportedWithFileRowFieldAndValue(string field, string row, string where, string message)
    {
        SecondDistrictPackage.Write(_folder, rows => rows.Add(row));
        var problems = CheckedPackage.Read(_folder).Problems;
        var problem = Assert.Single(problems, p => p.Severity == ProblemSeverity.Error);
        Assert.Equal(($"facilities.csv {where}", field), (problem.Location, problem.Field));
        Assert.Contains(message, problem.Message);
    }

    [Fact]
    public void AllProblemsAreReportedAtOnceNotJustTheFirst()
    {
        SecondDistrictPackage.Write(_folder, rows =>
        {
            rows.Add("hb-x,药店,x,pharmacy,150302001001,existing,abc,39.67");
            rows.Add("hb-y,药店,x,pharmacy,150302001001,someday,106.82,39.67");
        });
        var problems = CheckedPackage.Read(_folder).Problems.Where(p => p.Severity != ProblemSeverity.Note);
        Assert.Equal(["facilities.csv row 5: lon", "facilities.csv row 6: status"], problems.Select(p => $"{p.Location}: {p.Field}"));
    }

    [Fact]
    public void ASelfIntersectingPolygonAndAnEmptyBlockAreReported()
    {
        SecondDistrictPackage.Write(_folder);
        var path = Path.Combine(_folder, DatasetFiles.Blocks);
        var json = JsonNode.Parse(File.ReadAllText(path))!;
        var ring = json["features"]![0]!["geometry"]!["coordinates"]![0]!.AsArray();
        (ring[1], ring[2]) = (ring[2]!.DeepClone(), ring[1]!.DeepClone());
        json["features"]![1]!["properties"]!["population"] = 0;
        File.WriteAllText(path, json.ToJsonString());

        var problems = CheckedPackage.Read(_folder).Problems;
        var bowtie = Assert.Single(problems, p => p.Severity == ProblemSeverity.Error);
        Assert.Equal(("blocks.geojson feature 1", "geometry"), (bowtie.Location, bowtie.Field));
        Assert.Contains("Self-intersection", bowtie.Message);
        Assert.Contains(problems, p => p is { Severity: ProblemSeverity.Warning, Location: "blocks.geojson feature 2", Field: "population" });
    }

    [Fact]
    public void APathThatDoesNotExistIsReportedAsMissingNotAsTheWrongKindOfFile()
    {
        string path = Path.Combine(_folder, "no-such-package");

        var problem = Assert.Single(PackageReader.Read(path).Problems);

        Assert.Equal((path, "(package)"), (problem.Location, problem.Field));
        Assert.StartsWith("does not exist", problem.Message);
    }

    [Fact]
    public void AFacilityOffTheStreetNetworkIsAWarning()
    {
        SecondDistrictPackage.Write(_folder, rows => rows.Add("hb-far,远方药店,far,pharmacy,150302001001,existing,106.8355,39.6700"));
        var warning = Assert.Single(CheckedPackage.Read(_folder).Problems, p => p.Severity == ProblemSeverity.Warning);
        Assert.Equal(("facilities.csv row 5", "geometry"), (warning.Location, warning.Field));
        Assert.Contains("from the nearest street", warning.Message);
    }

    [Theory]
    [InlineData("""{"facilities":{"file":"facilities.csv","crs":"EPSG:2385"}}""", "layers.facilities.crs")]
    [InlineData("""{"shops":{"file":"shops.csv"}}""", "layers.shops")]
    public void AnUnknownCrsOrLayerInTheManifestIsReported(string layers, string field)
    {
        SecondDistrictPackage.Write(_folder);
        var path = Path.Combine(_folder, DatasetFiles.Descriptor);
        var json = JsonNode.Parse(File.ReadAllText(path))!;
        json["layers"] = JsonNode.Parse(layers);
        File.WriteAllText(path, json.ToJsonString());
        Assert.Contains(PackageReader.Read(_folder).Problems, p => p.Location == "dataset.json" && p.Field == field);
    }
}
