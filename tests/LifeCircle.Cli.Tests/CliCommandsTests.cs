using System.Text.Json.Nodes;
using LifeCircle.Cli.Sample;
using LifeCircle.Core.Data;
using LifeCircle.Core.Publishing;
using LifeCircle.Storage;
using LifeCircle.Tests.Shared;
using static LifeCircle.Cli.Tests.CliRun;

namespace LifeCircle.Cli.Tests;

public sealed class CliCommandsTests : IDisposable
{
    private readonly TempFolder _folder = new("lc-cli");

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task ImportPublishesTheSampleAndASecondImportChangesNothing()
    {
        var prefix = TestStorage.NewPrefix();
        var store = new TableDistrictDataStore(TestStorage.Service, prefix);
        try
        {
            var first = await Run("import", RepositoryPaths.SampleDataset, "--connection-string", TestStorage.ConnectionString, "--table-prefix", prefix);
            var second = await Run("import", RepositoryPaths.SampleDataset, "--connection-string", TestStorage.ConnectionString, "--table-prefix", prefix);

            Assert.Equal(0, first.Code);
            Assert.Contains("published version", first.Out);
            Assert.Equal(0, second.Code);
            Assert.Contains("already current; nothing written", second.Out);
            var district = Assert.Single(await store.ListDistrictsAsync());
            Assert.Equal(DatasetVersionIds.Compute(HainanSample.Generate(), DatasetPublisher.CoverageEngineVersion), district.CurrentVersion);
            Assert.Contains("coverage computed in", first.Out);
        }
        finally
        {
            await store.DeleteTablesAsync();
        }
    }

    [Fact]
    public async Task CheckAndImportRefuseADatasetWithProblemsAndSayWhere()
    {
        Assert.Equal(0, (await Run("generate-sample", "--out", _folder)).Code);
        var path = Path.Combine(_folder, DatasetFiles.Facilities);
        var json = JsonNode.Parse(File.ReadAllText(path))!;
        json["features"]![4]!["properties"]!["category"] = "casino";
        File.WriteAllText(path, json.ToJsonString());

        var check = await Run("check", _folder);
        var import = await Run("import", _folder, "--connection-string", TestStorage.ConnectionString, "--table-prefix", TestStorage.NewPrefix());

        Assert.Equal(1, check.Code);
        Assert.Contains("facilities.geojson feature 5: category: unknown category 'casino'", check.Err);
        Assert.Equal(1, import.Code);
        Assert.Contains("nothing was imported", import.Err);
    }

    [Theory]
    [InlineData("""{"facilities":{"crs":"GCJ-02"}}""", "$.layers.facilities")]
    [InlineData("""{"facilities":{"file":"facilities.geojson","crs":"EPSG:2385"}}""", "layers.facilities.crs")]
    public async Task CheckAndImportListAMalformedManifestOnceAndExitWithOne(string layers, string field)
    {
        Assert.Equal(0, (await Run("generate-sample", "--out", _folder)).Code);
        var path = Path.Combine(_folder, DatasetFiles.Descriptor);
        var json = JsonNode.Parse(File.ReadAllText(path))!;
        json["layers"] = JsonNode.Parse(layers);
        File.WriteAllText(path, json.ToJsonString());

        var check = await Run("check", _folder);
        var import = await Run("import", _folder, "--connection-string", TestStorage.ConnectionString, "--table-prefix", TestStorage.NewPrefix());

        foreach (var (code, err) in new[] { (check.Code, check.Err), (import.Code, import.Err) })
        {
            Assert.Equal(1, code);
            Assert.Single(err.Split('\n'), line => line.StartsWith($"error: dataset.json: {field}", StringComparison.Ordinal));
        }

        Assert.Contains("nothing was imported", import.Err);
    }

    [Theory]
    [InlineData("frobnicate")]
    [InlineData("check")]
    [InlineData("check", "a", "b")]
    [InlineData("import", "x", "--colour", "red")]
    public async Task MisusedCommandLinesExitWithTwoAndUsage(params string[] args)
    {
        var (code, _, err) = await Run(args);
        Assert.Equal(ExitCodes.Usage, code);
        Assert.Contains("Usage:", err);
        Assert.StartsWith("error: ", err, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheToolAndEveryCommandPrintUsageForHelpAndExitWithZero()
    {
        var names = CliCommands.Root(new CliContext(TextWriter.Null, TextWriter.Null)).Subcommands.Select(c => c.Name).ToList();
        Assert.Contains("coverage", names);
        Assert.Contains("reach", names);
        Assert.Contains("what-if", names);
        Assert.Contains("best-sites", names);

        foreach (var args in names.Select(n => new[] { n, "--help" }).Prepend(["--help"]))
        {
            var (code, output, _) = await Run(args);
            Assert.True(code == 0, $"{string.Join(' ', args)} exited with {code}");
            Assert.Contains("Usage:", output);
            Assert.Contains(args.Length == 1 ? " [command] [options]" : $" {args[0]} ", output);
        }
    }

    [Fact]
    public async Task ValidateWritesOneJsonReportForPipelinesWithEachRootProblemAndItsHint()
    {
        Assert.Equal(0, (await Run("generate-sample", "--out", _folder)).Code);
        var path = Path.Combine(_folder, DatasetFiles.Facilities);
        var json = JsonNode.Parse(File.ReadAllText(path))!;
        json["features"]![4]!["properties"]!["category"] = "kindergarden";
        json["features"]![6]!["properties"]!["category"] = "kindergarden";
        File.WriteAllText(path, json.ToJsonString());

        var (code, output, _) = await Run("validate", _folder, "--format", "json");

        Assert.Equal(ExitCodes.DataErrors, code);
        var report = JsonNode.Parse(output)!;
        Assert.Equal(1, report["errors"]!.GetValue<int>());
        var problem = report["problems"]![0]!;
        Assert.Equal("error", problem["severity"]!.GetValue<string>());
        Assert.Equal("facilities.geojson feature 5", problem["location"]!.GetValue<string>());
        Assert.Contains("did you mean 'kindergarten'?", problem["message"]!.GetValue<string>());
        Assert.Equal(["facilities.geojson feature 7"], problem["affected"]!.AsArray().Select(a => a!.GetValue<string>()));
        Assert.Contains("nursery", problem["hint"]!.GetValue<string>());
    }

    [Fact]
    public async Task ValidateAndImportRefuseAZipBombWithAnErrorNamingTheFileAndTheLimit()
    {
        Directory.CreateDirectory(_folder);
        var bomb = Path.Combine(_folder, "bomb.zip");
        using (var archive = System.IO.Compression.ZipFile.Open(bomb, System.IO.Compression.ZipArchiveMode.Create))
        {
            using var entry = archive.CreateEntry("facilities.geojson").Open();
            entry.Write(new byte[4 * 1024 * 1024]);
        }

        var validate = await Run("validate", bomb);
        var import = await Run("import", bomb, "--connection-string", TestStorage.ConnectionString, "--table-prefix", TestStorage.NewPrefix());

        Assert.Equal(1, validate.Code);
        Assert.Contains("error: facilities.geojson: MaxCompressionRatio: unpacks more than 100:1", validate.Err);
        Assert.Equal(1, import.Code);
        Assert.Contains("facilities.geojson: MaxCompressionRatio", import.Err);
    }
}
