using System.Globalization;
using System.Text.Json.Nodes;
using LifeCircle.Core.Operations;

namespace LifeCircle.Cli.Tests.Commands;

public sealed class BestSitesCommandTests : IDisposable
{
    private readonly string _candidates = Path.Combine(Path.GetTempPath(), "lc-candidates-" + Guid.NewGuid().ToString("N") + ".geojson");

    public void Dispose() => File.Delete(_candidates);

    [Fact]
    public async Task JsonIsTheBestSitesProcessAnswerWithSitesGainsTotalsAndBound()
    {
        var (code, output, _) = await SamplePlanning.Run("best-sites", SamplePlanning.Package, "--category", "elderly-care-centre", "--k", "3", "--format", "json");
        var expected = SamplePlanning.Process(ProcessCatalog.BestSitesId, """{"category": "elderly-care-centre", "k": 3}""");

        Assert.Equal(0, code);
        var answer = JsonNode.Parse(output)!;
        Assert.True(JsonNode.DeepEquals(expected, answer), output);
        Assert.Equal(3, answer["sites"]!.AsArray().Count);
        Assert.True((double)answer["chosen"]!["after"]! > (double)answer["chosen"]!["before"]!);
    }

    [Fact]
    public async Task TheTableSaysWhyItListsFewerSitesThanAskedFor()
    {
        var (code, output, _) = await SamplePlanning.Run("best-sites", SamplePlanning.Package, "--category", "home-care-station", "--k", "20", "--spacing", "2000");

        Assert.Equal(0, code);
        Assert.Matches("only [0-9]+ of the 20 sites asked for: no other of the 34 candidates brings anyone new", output);
    }

    [Fact]
    public async Task AThemeWeightedByTheElderlyKeepingPlannedSitesIsTheProcessAnswerForTheSameInputs()
    {
        var theme = SamplePlanning.Dataset.Themes[0].Id;
        var (code, output, _) = await SamplePlanning.Run("best-sites", SamplePlanning.Package, "--theme", theme, "--k", "2", "--threshold", "15",
            "--weight", "elderly", "--keep", "planned", "--spacing", "250", "--crs", "BD-09", "--format", "json");
        var expected = SamplePlanning.Process(ProcessCatalog.BestSitesId,
            $$"""{"theme": "{{theme}}", "k": 2, "threshold": 15, "weight": "elderly", "keep": "existing-and-planned", "spacing": 250, "crs": "urn:x-lifecircle:def:crs:BD-09"}""");

        Assert.Equal(0, code);
        Assert.True(JsonNode.DeepEquals(expected, JsonNode.Parse(output)), output);
        Assert.Equal("existing-and-planned", (string)expected["keep"]!);
    }

    [Fact]
    public async Task CandidatesFromAGeoJsonFileAreTheOnlyPlacesSitesAreChosenFrom()
    {
        var points = SamplePlanning.Dataset.Facilities.Take(4).Select(f => string.Create(CultureInfo.InvariantCulture, $"[{f.Location.X:R}, {f.Location.Y:R}]")).ToList();
        var features = points.Select(p => """{"type": "Feature", "properties": {}, "geometry": {"type": "Point", "coordinates": """ + p + "}}");
        File.WriteAllText(_candidates, """{"type": "FeatureCollection", "features": [""" + string.Join(", ", features) + "]}");

        var (code, output, _) = await SamplePlanning.Run("best-sites", SamplePlanning.Package, "--category", "bank", "--k", "2", "--candidates", _candidates);
        var expected = SamplePlanning.Process(ProcessCatalog.BestSitesId, $$"""{"category": "bank", "k": 2, "candidates": [{{string.Join(", ", points)}}]}""");

        Assert.Equal(0, code);
        Assert.Equal(4, (int)expected["candidates"]!["count"]!);
        Assert.Contains("candidates: 4 (supplied)", output);
        Assert.All(expected["sites"]!.AsArray(), s => Assert.Contains(
            s!["point"]!.ToJsonString() + " ", output));
        Assert.Contains($"chosen:  {expected["chosen"]!["sites"]} sites, covered {expected["chosen"]!["before"]} → {expected["chosen"]!["after"]}", output);
        Assert.Contains($"no 2 candidates cover more than {expected["optimumAtMost"]}", output);
    }

    [Theory]
    [InlineData(new[] { "--category", "bank" }, "--k: is required: the number of new sites, 1 to 20")]
    [InlineData(new[] { "--category", "bank", "--k", "21" }, "--k: must be a whole number from 1 to 20")]
    [InlineData(new[] { "--category", "bank", "--k", "two" }, "--k: must be a whole number from 1 to 20")]
    [InlineData(new[] { "--k", "2" }, "--category: give exactly one of category and theme")]
    [InlineData(new[] { "--category", "casino", "--k", "2" }, "--category: 'casino' is not known; allowed values: ")]
    [InlineData(new[] { "--category", "bank", "--k", "2", "--threshold", "7" }, "--threshold: must be 5, 10 or 15")]
    [InlineData(new[] { "--category", "bank", "--k", "2", "--weight", "children" }, "--weight: 'children' is not known; allowed values: residents, elderly")]
    [InlineData(new[] { "--category", "bank", "--k", "2", "--spacing", "5" }, "--spacing: must be a number from 25 to 2000")]
    [InlineData(new[] { "--category", "bank", "--k", "2", "--candidates", "/no/such/file.geojson" }, "--candidates: cannot read '/no/such/file.geojson'")]
    public async Task ABadValueExitsWithTwoNamingTheOptionAndWhatIsAllowed(string[] options, string message)
    {
        var (code, _, error) = await SamplePlanning.Run(["best-sites", SamplePlanning.Package, .. options]);

        Assert.Equal(2, code);
        Assert.Contains(message, error);
    }
}
