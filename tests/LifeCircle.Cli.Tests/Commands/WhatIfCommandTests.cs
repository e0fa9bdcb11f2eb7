using System.Globalization;
using System.Text.Json.Nodes;
using LifeCircle.Core.Operations;

namespace LifeCircle.Cli.Tests.Commands;

public sealed class WhatIfCommandTests
{
    /// <summary>A new elderly-care centre where the sample's first facility stands, and the first convenience store removed.</summary>
    private static (string Add, string Remove, double Lon, double Lat) Change()
    {
        var at = SamplePlanning.Dataset.Facilities[0].Location;
        var store = SamplePlanning.Dataset.Facilities.First(f => f.Category == "convenience-store").Id;
        return (string.Create(CultureInfo.InvariantCulture, $"{at.X:R},{at.Y:R},elderly-care-centre,新站"), store, at.X, at.Y);
    }

    [Fact]
    public async Task JsonIsTheCoverageWhatIfProcessAnswerForTheSameChange()
    {
        var (add, remove, lon, lat) = Change();
        var (code, output, _) = await SamplePlanning.Run("what-if", SamplePlanning.Package, "--add", add, "--remove", remove, "--category", "bank", "--format", "json");
        var expected = SamplePlanning.Process(ProcessCatalog.WhatIfId, string.Create(CultureInfo.InvariantCulture,
            $$"""{"add": [{"point": [{{lon:R}}, {{lat:R}}], "category": "elderly-care-centre", "name": "新站"}], "remove": ["{{remove}}"], "categories": ["bank"]}"""));

        Assert.Equal(0, code);
        var answer = JsonNode.Parse(output)!;
        Assert.Contains(expected["categories"]!.AsArray(), r => (int)r!["residentsCoveredChange"]! != 0);
        Assert.True(JsonNode.DeepEquals(expected, answer), output);
        Assert.Equal(["bank", "convenience-store", "elderly-care-centre"], answer["categories"]!.AsArray().Select(r => (string)r!["category"]!).Distinct().Order());
    }

    [Fact]
    public async Task TheTableShowsTheDistrictRowsAndEveryChangedRowWithBeforeAndAfter()
    {
        var (add, remove, lon, lat) = Change();
        var (code, output, _) = await SamplePlanning.Run("what-if", SamplePlanning.Package, "--add", add, "--remove", remove);
        var rows = SamplePlanning.Process(ProcessCatalog.WhatIfId, string.Create(CultureInfo.InvariantCulture,
            $$"""{"add": [{"point": [{{lon:R}}, {{lat:R}}], "category": "elderly-care-centre"}], "remove": ["{{remove}}"]}"""))["categories"]!.AsArray();
        var shown = rows.Where(r => (string)r!["areaKind"]! == "district" || (int)r["residentsCoveredChange"]! != 0 || (int)r["facilitiesChange"]! != 0).ToList();

        Assert.Equal(0, code);
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(shown.Count + 2, lines.Length);
        Assert.All(shown, r => Assert.Contains(lines, l => l.StartsWith((string)r!["area"]!, StringComparison.Ordinal) && l.Contains((string)r["category"]!, StringComparison.Ordinal)
            && l.Contains($"{r["residentsCoveredBefore"]} → {r["residentsCovered"]} ", StringComparison.Ordinal)));
        Assert.StartsWith($"{rows.Count} rows ({shown.Count} shown", lines[^1], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--add", "106.88,39.43", "--add: '106.88,39.43' is not LON,LAT,CATEGORY[,NAME]")]
    [InlineData("--add", "106.88,39.43,casino", "--add (add[0].category): 'casino' is not a category of this version; allowed: ")]
    [InlineData("--add", "1,2,bank", "--add (add[0].point): (1, 2)")]
    [InlineData("--remove", "no-such-facility", "--remove (remove[0]): 'no-such-facility' is not the id of one of this version's facilities")]
    [InlineData("--category", "casino", "--category (categories[0]): 'casino' is not a category")]
    [InlineData("--format", "geojson", "'geojson'")]
    public async Task ABadValueExitsWithTwoNamingTheOptionAndWhatIsAllowed(string option, string value, string message)
    {
        var (code, output, error) = await SamplePlanning.Run("what-if", SamplePlanning.Package, option, value);

        Assert.Equal(2, code);
        Assert.Contains(message, error);
        Assert.DoesNotContain("area ", output);
    }
}
