using System.Globalization;
using LifeCircle.Core.Geodesy;

namespace LifeCircle.Api.Tests.Functions;

public class ReachFunctionsTests(PlanningApi planning) : IClassFixture<PlanningApi>
{
    private string StationPoint => PlanningApi.Point(planning.Sample.Facilities.First(f => f.Category == "home-care-station"));

    [Fact]
    public async Task ReachListsTheFacilitiesWithinTheMinutesNearestFirstAsGeoJson()
    {
        var (status, type, body) = await planning.Reach($"?point={StationPoint}&minutes=10");

        Assert.Equal(200, status);
        Assert.Equal("application/geo+json", type);
        Assert.Equal(planning.Version, body.GetProperty("datasetVersion").GetString());
        var minutes = body.GetProperty("features").EnumerateArray().Select(f => f.GetProperty("properties").GetProperty("minutes").GetDouble()).ToList();
        Assert.NotEmpty(minutes);
        Assert.Equal(minutes.Order(), minutes);
        Assert.All(minutes, m => Assert.InRange(m, 0, 10));
    }

    [Fact]
    public async Task ACategoryFilterKeepsOnlyThatCategory()
    {
        var (_, _, body) = await planning.Reach($"?point={StationPoint}&minutes=30&category=home-care-station&scenario=with-planned");

        var categories = body.GetProperty("features").EnumerateArray().Select(f => f.GetProperty("properties").GetProperty("category").GetString()).ToList();
        Assert.NotEmpty(categories);
        Assert.All(categories, c => Assert.Equal("home-care-station", c));
    }

    [Fact]
    public async Task APointGivenInGcj02ReachesWhatItsWgs84TwinReaches()
    {
        var f = planning.Sample.Facilities.First(x => x.Category == "pharmacy");
        var gcj = ChinaCoordinates.Wgs84ToGcj02(new GeoPosition(f.Location.X, f.Location.Y));
        var crs = Uri.EscapeDataString(CoordinateSystems.Gcj02.Uri);

        var (_, _, wgs) = await planning.Reach($"?point={PlanningApi.Point(f)}&minutes=15");
        var (status, _, converted) = await planning.Reach(string.Create(CultureInfo.InvariantCulture, $"?point={gcj.Lon:R},{gcj.Lat:R}&minutes=15&crs={crs}"));

        Assert.Equal(200, status);
        Assert.Equal(Ids(wgs), Ids(converted));
    }

    [Fact]
    public async Task ResultAreaAnswersTheWalkingAreaAsAPolygon()
    {
        var (status, _, body) = await planning.Reach($"?point={StationPoint}&minutes=5&result=area");

        Assert.Equal(200, status);
        var feature = Assert.Single(body.GetProperty("features").EnumerateArray());
        Assert.Contains(feature.GetProperty("geometry").GetProperty("type").GetString(), new[] { "Polygon", "MultiPolygon" });
    }

    [Theory]
    [InlineData("?point=100,10", "point")]
    [InlineData("?point=106.87", "point")]
    [InlineData("?minutes=10", "point")]
    [InlineData("?point=106.877,39.434&minutes=0", "minutes")]
    [InlineData("?point=106.877,39.434&minutes=31", "minutes")]
    [InlineData("?point=106.877,39.434&category=launderette", "category")]
    [InlineData("?point=106.877,39.434&crs=urn:x:unknown", "crs")]
    [InlineData("?point=106.877,39.434&result=lines", "result")]
    [InlineData("?point=106.877,39.434&radius=3", "radius")]
    public async Task InvalidParametersGive400ProblemsNamingTheParameter(string query, string parameter)
    {
        var (status, type, body) = await planning.Reach(query);

        Assert.Equal(400, status);
        Assert.Equal("application/problem+json", type);
        Assert.Equal(parameter, body.GetProperty("parameter").GetString());
    }

    private static List<string> Ids(System.Text.Json.JsonElement body) =>
        body.GetProperty("features").EnumerateArray().Select(f => f.GetProperty("id").GetString()!).ToList();
}
