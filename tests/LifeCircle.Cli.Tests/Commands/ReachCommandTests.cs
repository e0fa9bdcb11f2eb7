using System.Globalization;
using System.Text.Json.Nodes;
using LifeCircle.Core.Geodesy;

namespace LifeCircle.Cli.Tests.Commands;

public sealed class ReachCommandTests
{
    /// <summary>Where the sample's first facility stands, as LON,LAT.</summary>
    private static string Office => string.Create(CultureInfo.InvariantCulture,
        $"{SamplePlanning.Dataset.Facilities[0].Location.X:R},{SamplePlanning.Dataset.Facilities[0].Location.Y:R}");

    [Fact]
    public async Task JsonListsTheFacilitiesWithTheMinutesAndMetresOfTheCoreReachOperationNearestFirst()
    {
        var (code, output, _) = await SamplePlanning.Run("reach", SamplePlanning.Package, "--point", Office, "--minutes", "8", "--format", "json");
        var expected = SamplePlanning.Reach(("point", Office), ("minutes", "8"))["features"]!.AsArray();

        Assert.Equal(0, code);
        var facilities = JsonNode.Parse(output)!["facilities"]!.AsArray();
        Assert.NotEmpty(expected);
        Assert.Equal(expected.Select(f => (string)f!["id"]!), facilities.Select(f => (string)f!["id"]!));
        Assert.Equal(expected.Select(f => (double)f!["properties"]!["minutes"]!), facilities.Select(f => (double)f!["minutes"]!));
        Assert.Equal(expected.Select(f => (double)f!["properties"]!["metres"]!), facilities.Select(f => (double)f!["metres"]!));
        Assert.Equal(facilities.Select(f => (double)f!["minutes"]!).Order(), facilities.Select(f => (double)f!["minutes"]!));
    }

    [Fact]
    public async Task GeoJsonInGcj02WithAThemeAndPlannedFacilitiesIsTheCoreFeatureCollection()
    {
        var theme = SamplePlanning.Dataset.Themes[0].Id;
        var (code, output, _) = await SamplePlanning.Run("reach", SamplePlanning.Package, "--point", Office, "--minutes", "15", "--crs", "GCJ-02",
            "--theme", theme, "--scenario", "with-planned", "--format", "geojson");
        var expected = SamplePlanning.Reach(("point", Office), ("minutes", "15"), ("crs", CoordinateSystems.Gcj02.Uri), ("theme", theme), ("scenario", "with-planned"));

        Assert.Equal(0, code);
        Assert.NotEmpty(expected["features"]!.AsArray());
        Assert.True(JsonNode.DeepEquals(expected, JsonNode.Parse(output)), output);
    }

    [Fact]
    public async Task TheTableHasAHeadlineAndOneLineForEachFacilityOfTheCategory()
    {
        var category = SamplePlanning.Dataset.Facilities[1].Category;
        var (code, output, _) = await SamplePlanning.Run("reach", SamplePlanning.Package, "--point", Office, "--minutes", "20", "--category", category);
        var expected = SamplePlanning.Reach(("point", Office), ("minutes", "20"), ("category", category))["features"]!.AsArray();

        Assert.Equal(0, code);
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith($"{expected.Count} facilities within 20 min", lines[0], StringComparison.Ordinal);
        Assert.Equal(expected.Count + 1, lines.Length);
        Assert.All(expected, f => Assert.Contains(lines, l => l.Contains($" {f!["id"]} ", StringComparison.Ordinal)));
    }

    [Theory]
    [InlineData("--point", "1,2", "--point: (1, 2)")]
    [InlineData("--point", "east", "--point: 'east' is not a point")]
    [InlineData("--minutes", "31", "--minutes: '31' is not allowed; give a whole number from 1 to 30")]
    [InlineData("--crs", "EPSG:2385", "--crs: 'EPSG:2385' is not a supported CRS")]
    [InlineData("--scenario", "someday", "--scenario: 'someday' is not known; allowed values: existing, with-planned")]
    [InlineData("--category", "casino", "--category: 'casino' is not known")]
    [InlineData("--format", "xml", "'xml'")]
    public async Task ABadValueExitsWithTwoNamingTheOptionAndWhatIsAllowed(string option, string value, string message)
    {
        string[] args = option == "--point" ? ["reach", SamplePlanning.Package, option, value] : ["reach", SamplePlanning.Package, "--point", Office, option, value];

        var (code, _, error) = await SamplePlanning.Run(args);

        Assert.Equal(2, code);
        Assert.Contains(message, error);
    }

    [Fact]
    public async Task WithoutAPointItExitsWithTwoNamingTheOption()
    {
        var (code, _, error) = await SamplePlanning.Run("reach", SamplePlanning.Package);

        Assert.Equal(2, code);
        Assert.Contains("--point", error);
    }
}
