using System.Globalization;
using System.Text.Json;
using LifeCircle.Api.Functions;
using LifeCircle.Api.Tests.Ogc;
using LifeCircle.Core.Documents;

namespace LifeCircle.Api.Tests.Functions;

public class ProcessFunctionsTests(PlanningApi planning) : IClassFixture<PlanningApi>
{
    private static string Rel(JsonElement body, string rel) =>
        body.GetProperty("links").EnumerateArray().Single(l => l.GetProperty("rel").GetString() == rel).GetProperty("href").GetString()!;

    private string At(double lon, double lat) => string.Create(CultureInfo.InvariantCulture, $"[{lon:R},{lat:R}]");

    [Fact]
    [ConformanceTest(Conformance.ProcessesCore)]
    [ConformanceTest(Conformance.ProcessesJson)]
    public async Task TheProcessListNamesBothProcessesWithTheirDescriptionAndExecutionLinks()
    {
        var (status, type, body) = await planning.Processes();

        Assert.Equal(200, status);
        Assert.Equal("application/json", type);
        var processes = body.GetProperty("processes").EnumerateArray().ToList();
        Assert.Equal(["coverage-what-if", "best-sites"], processes.Select(p => p.GetProperty("id").GetString()));
        Assert.All(processes, p =>
        {
            Assert.Equal(["sync-execute"], p.GetProperty("jobControlOptions").EnumerateArray().Select(x => x.GetString()));
            Assert.EndsWith($"/processes/{p.GetProperty("id").GetString()}", Rel(p, "self"));
            Assert.EndsWith($"/processes/{p.GetProperty("id").GetString()}/execution", Rel(p, "http://www.opengis.net/def/rel/ogc/1.0/execute"));
        });
    }

    [Fact]
    [ConformanceTest(Conformance.ProcessDescription)]
    public async Task AProcessDescriptionGivesEachInputAJsonSchemaAndTheOutput()
    {
        var (status, _, body) = await planning.Describe("best-sites");

        Assert.Equal(200, status);
        var inputs = body.GetProperty("inputs");
        Assert.Equal("integer", inputs.GetProperty("k").GetProperty("schema").GetProperty("type").GetString());
        Assert.Equal(1, inputs.GetProperty("k").GetProperty("minOccurs").GetInt32());
        Assert.Contains("home-care-station", inputs.GetProperty("category").GetProperty("schema").GetProperty("enum").EnumerateArray().Select(e => e.GetString()));
        Assert.True(body.GetProperty("outputs").TryGetProperty("result", out _));
    }

    [Fact]
    [ConformanceTest(Conformance.ProcessesOas30)]
    public void TheApiDefinitionDescribesTheProcessPathsAndTheExecuteBody()
    {
        using var document = JsonDocument.Parse(File.ReadAllText(Path.Combine(global::LifeCircle.Tests.Shared.RepositoryPaths.Root, "openapi", "openapi.json")));
        var paths = document.RootElement.GetProperty("paths");

        Assert.True(paths.GetProperty("/districts/{code}/processes").TryGetProperty("get", out _));
        Assert.True(paths.GetProperty("/districts/{code}/processes/{processId}").TryGetProperty("get", out _));
        var execute = paths.GetProperty("/districts/{code}/processes/{processId}/execution").GetProperty("post");
        Assert.Equal("#/components/schemas/Execute",
            execute.GetProperty("requestBody").GetProperty("content").GetProperty("application/json").GetProperty("schema").GetProperty("$ref").GetString());
        Assert.True(execute.GetProperty("responses").TryGetProperty("413", out _));
    }

    [Fact]
    public async Task AnUnknownProcessIsNotFound()
    {
        var (status, type, _) = await planning.Describe("buffer");

        Assert.Equal(404, status);
        Assert.Equal("application/problem+json", type);
    }

    [Fact]
    public async Task TheLandingPageLinksTheProcesses()
    {
        var req = InMemoryApi.Get(PlanningApi.Base);
        var (_, _, body) = await InMemoryApi.RunAsync(req, new DistrictFunctions(planning.Api.Endpoint, planning.Api.Versions).Landing(req, "150303", default));

        Assert.EndsWith("/api/districts/150303/processes", Rel(body, "http://www.opengis.net/def/rel/ogc/1.0/processes"));
        Assert.EndsWith("/api/districts/150303/collections", Rel(body, "data"));
    }

    [Fact]
    [ConformanceTest(Conformance.ProcessesCore)]
    public async Task AWhatIfThatChangesNothingReportsZeroChangesAndNamesTheVersion()
    {
        var (status, _, body) = await planning.Execute("coverage-what-if", """{"inputs": {"categories": ["home-care-station"]}}""");

        Assert.Equal(200, status);
        Assert.Equal(planning.Version, body.GetProperty("datasetVersion").GetString());
        Assert.False(body.GetProperty("written").GetBoolean());
        var rows = body.GetProperty("categories").EnumerateArray().ToList();
        Assert.NotEmpty(rows);
        Assert.All(rows, r => Assert.Equal(0, r.GetProperty("residentsCoveredChange").GetInt32()));
        Assert.Empty(body.GetProperty("blocks").EnumerateArray());
    }

    [Fact]
    public async Task AddingAStationWhereOneStandsChangesNoCoverage()
    {
        var station = planning.Sample.Facilities.First(f => f.Category == "home-care-station" && f.Status == Core.Model.FacilityStatus.Existing);

        var (status, _, body) = await planning.Execute("coverage-what-if",
            $$$"""{"inputs": {"add": [{"point": {{{At(station.Location.X, station.Location.Y)}}}, "category": "home-care-station", "name": "twin"}]}}""");

        Assert.Equal(200, status);
        Assert.All(body.GetProperty("categories").EnumerateArray(), r => Assert.Equal(0, r.GetProperty("residentsCoveredChange").GetInt32()));
        Assert.All(body.GetProperty("categories").EnumerateArray(), r => Assert.Equal(0, r.GetProperty("elderlyCoveredChange").GetDouble()));
    }

    [Fact]
    public async Task AWhatIfEchoesItsAddedPointsInTheCrsTheyWereGivenIn()
    {
        var (status, _, body) = await planning.Execute("coverage-what-if",
            """{"inputs": {"add": [{"point": [39.4429596, 106.8725642], "category": "home-care-station"}], "crs": "http://www.opengis.net/def/crs/EPSG/0/4326"}}""");

        Assert.Equal(200, status);
        var point = body.GetProperty("added")[0].GetProperty("point").EnumerateArray().Select(c => c.GetDouble()).ToList();
        Assert.Equal([39.4429596, 106.8725642], point);
    }

    [Fact]
    public async Task BestSitesChoosesKSitesAndComparesThemWithThePlannedOnes()
    {
        var (status, _, body) = await planning.Execute("best-sites",
            """{"inputs": {"category": "home-care-station", "k": 9, "threshold": 10, "weight": "elderly"}}""");

        Assert.Equal(200, status);
        var sites = body.GetProperty("sites").EnumerateArray().ToList();
        Assert.InRange(sites.Count, 1, 9);
        var gains = sites.Select(s => s.GetProperty("gain").GetDouble()).ToList();
        Assert.Equal(gains.OrderDescending(), gains);
        Assert.Equal(planning.Sample.Facilities.Count(f => f.Category == "home-care-station" && f.Status != Core.Model.FacilityStatus.Existing),
            body.GetProperty("planned").GetProperty("sites").GetInt32());
        Assert.True(body.GetProperty("optimumAtMost").GetDouble() >= body.GetProperty("chosen").GetProperty("after").GetDouble());
        var chosen = body.GetProperty("chosen");
        double provable = chosen.GetProperty("gain").GetDouble() / (body.GetProperty("optimumAtMost").GetDouble() - chosen.GetProperty("before").GetDouble());
        Assert.Equal(provable, body.GetProperty("gainShareOfOptimumAtLeast").GetDouble(), 2);
        Assert.InRange(provable, 0, 1);
        Assert.Equal(body.GetProperty("chosen").GetProperty("before").GetDouble(), body.GetProperty("planned").GetProperty("before").GetDouble());
    }

    [Fact]
    public async Task BestSitesFiguresForThePlannedSitesAreThePublishedCoverageFigures()
    {
        var published = Core.Coverage.CoverageComputation.Compute(planning.Sample).Categories
            .Where(c => c.AreaKind == "district" && c.Category == "home-care-station" && c.Threshold == 10).ToList();

        var (_, _, body) = await planning.Execute("best-sites", """{"inputs": {"category": "home-care-station", "k": 1, "weight": "elderly"}}""");

        var planned = body.GetProperty("planned");
        Assert.Equal(published.Single(c => c.Scenario == "existing").ElderlyCovered, planned.GetProperty("before").GetDouble(), 0.05);
        Assert.Equal(published.Single(c => c.Scenario == "with-planned").ElderlyCovered, planned.GetProperty("after").GetDouble(), 0.05);
    }

    [Theory]
    [InlineData("best-sites", """{"inputs": {"category": "launderette", "k": 2}}""", "category")]
    [InlineData("best-sites", """{"inputs": {"category": "pharmacy", "k": 0}}""", "k")]
    [InlineData("best-sites", """{"inputs": {"category": "pharmacy", "k": 21}}""", "k")]
    [InlineData("best-sites", """{"inputs": {"category": "pharmacy"}}""", "k")]
    [InlineData("best-sites", """{"inputs": {"category": "pharmacy", "k": 2, "threshold": 7}}""", "threshold")]
    [InlineData("best-sites", """{"inputs": {"category": "pharmacy", "k": 2, "candidates": [[100, 10]]}}""", "candidates[0]")]
    [InlineData("best-sites", """{"inputs": {"category": "pharmacy", "k": 2, "crs": "EPSG:9999"}}""", "crs")]
    [InlineData("best-sites", """{"inputs": {"category": "pharmacy", "k": 2, "radius": 3}}""", "radius")]
    [InlineData("best-sites", """{"inputs": {"category": "pharmacy", "theme": "elderly-care", "k": 2}}""", "theme")]
    [InlineData("coverage-what-if", """{"inputs": {"add": [{"point": [100, 10], "category": "pharmacy"}]}}""", "add[0].point")]
    [InlineData("coverage-what-if", """{"inputs": {"add": [{"point": [106.87, 39.44], "category": "launderette"}]}}""", "add[0].category")]
    [InlineData("coverage-what-if", """{"inputs": {"remove": ["no-such-facility"]}}""", "remove[0]")]
    [InlineData("coverage-what-if", """{"inputs": {"remove": []}, "inputs": {}}""", "inputs")]
    [InlineData("coverage-what-if", """{"inputs": 3}""", "inputs")]
    [InlineData("coverage-what-if", """{"inputs": {}, }""", "body")]
    [InlineData("coverage-what-if", """not json""", "body")]
    [InlineData("coverage-what-if", """{"input": {}}""", "input")]
    [InlineData("coverage-what-if", """{"inputs": {"add": [{"point": [1e400, 39.44], "category": "pharmacy"}]}}""", "add[0].point")]
    [InlineData("coverage-what-if", """{"inputs": {"remove": ["\uD800"]}}""", "body")]
    [InlineData("best-sites", """{"inputs": {"category": "pharmacy", "k": 2.5}}""", "k")]
    [InlineData("best-sites", """{"inputs": {"category": "pharmacy", "k": "2"}}""", "k")]
    [InlineData("best-sites", """{"inputs": {"category": "pharmacy", "k": 2, "candidates": []}}""", "candidates")]
    [InlineData("best-sites", """{"inputs": {"category": "pharmacy", "k": 2, "candidates": [[106.87]]}}""", "candidates[0]")]
    public async Task InvalidInputsGive400ProblemsNamingTheInput(string process, string body, string input)
    {
        var (status, type, problem) = await planning.Execute(process, body);

        Assert.Equal(400, status);
        Assert.Equal("application/problem+json", type);
        Assert.Equal(input, problem.GetProperty("parameter").GetString());
    }

    [Fact]
    public async Task TooManyCandidatesGive400NamingCandidates()
    {
        var f = planning.Sample.Facilities[0];
        var points = string.Join(",", Enumerable.Repeat(At(f.Location.X, f.Location.Y), 5001));

        var (status, _, problem) = await planning.Execute("best-sites", $$$"""{"inputs": {"category": "pharmacy", "k": 2, "candidates": [{{{points}}}]}}""");

        Assert.Equal(400, status);
        Assert.Equal("candidates", problem.GetProperty("parameter").GetString());
    }

    [Fact]
    public async Task BestSitesRefusesAKLargerThanTheNumberOfCandidatesGiven()
    {
        var (a, b) = (planning.Sample.Facilities[0].Location, planning.Sample.Facilities[1].Location);

        var (status, _, problem) = await planning.Execute("best-sites",
            $$$"""{"inputs": {"category": "home-care-station", "k": 5, "candidates": [{{{At(a.X, a.Y)}}}, {{{At(b.X, b.Y)}}}]}}""");

        Assert.Equal(400, status);
        Assert.Equal("k", problem.GetProperty("parameter").GetString());
        Assert.Contains("2 candidates", problem.GetProperty("detail").GetString());
    }

    /// <summary>At 2 km spacing the sample's 34 street points cover every home-care gap with 10 sites; the other 10 asked for would add nobody.</summary>
    [Fact]
    public async Task BestSitesSaysWhyItGivesFewerSitesThanAskedWhenTheRestWouldAddNobody()
    {
        var (status, _, answer) = await planning.Execute("best-sites", """{"inputs": {"category": "home-care-station", "k": 20, "spacing": 2000}}""");

        Assert.Equal(200, status);
        int given = answer.GetProperty("sites").GetArrayLength();
        Assert.InRange(given, 1, 19);
        var shortfall = answer.GetProperty("shortfall");
        Assert.Equal((20, given), (shortfall.GetProperty("asked").GetInt32(), shortfall.GetProperty("given").GetInt32()));
        Assert.Contains("brings anyone new", shortfall.GetProperty("reason").GetString());
        Assert.True(answer.GetProperty("sites")[given - 1].GetProperty("gain").GetDouble() > 0);
    }

    [Fact]
    public async Task BestSitesGivesNoShortfallWhenEverySiteAskedForAddsCoverage()
    {
        var (status, _, answer) = await planning.Execute("best-sites", """{"inputs": {"category": "home-care-station", "k": 3}}""");

        Assert.Equal(200, status);
        Assert.Equal(3, answer.GetProperty("sites").GetArrayLength());
        Assert.Equal(JsonValueKind.Null, answer.GetProperty("shortfall").ValueKind);
    }

    [Fact]
    public async Task BestSitesRefusesASpacingGivenWithCandidatesSinceOnlyGeneratedCandidatesAreSpaced()
    {
        var a = planning.Sample.Facilities[0].Location;

        var (status, _, problem) = await planning.Execute("best-sites",
            $$$"""{"inputs": {"category": "home-care-station", "k": 1, "spacing": 100, "candidates": [{{{At(a.X, a.Y)}}}]}}""");

        Assert.Equal(400, status);
        Assert.Equal("spacing", problem.GetProperty("parameter").GetString());
    }

    [Fact]
    public async Task AWhatIfRefusesAFacilityIdRemovedTwiceNamingTheRepeat()
    {
        string id = planning.Sample.Facilities[0].Id;

        var (status, _, problem) = await planning.Execute("coverage-what-if", $$$"""{"inputs": {"remove": ["{{{id}}}", "{{{id}}}"]}}""");

        Assert.Equal(400, status);
        Assert.Equal("remove[1]", problem.GetProperty("parameter").GetString());
    }

    [Fact]
    public async Task ABodyLargerThanTheLimitIs413()
    {
        var (status, type, problem) = await planning.Execute("best-sites", $$$"""{"inputs": {"category": "{{{new string('x', 300_000)}}}"}}""");

        Assert.Equal(413, status);
        Assert.Equal("application/problem+json", type);
        Assert.Equal("body", problem.GetProperty("parameter").GetString());
        AssertOfItsListedType(problem, "content-too-large");
    }

    [Fact]
    public async Task ABodyThatIsNotJsonByItsMediaTypeIs415()
    {
        var (status, _, problem) = await planning.Execute("best-sites", "<inputs/>", "application/xml");

        Assert.Equal(415, status);
        AssertOfItsListedType(problem, "unsupported-media-type");
    }

    /// <summary>A client branches on the type's slug: the problem must name a listed type of its status, with that type's title.</summary>
    private static void AssertOfItsListedType(JsonElement problem, string slug)
    {
        Assert.EndsWith("/api/problems/" + slug, problem.GetProperty("type").GetString());
        var listed = LifeCircle.Core.Problems.ProblemTypes.Find(slug);
        Assert.NotNull(listed);
        Assert.Equal(listed.Status, problem.GetProperty("status").GetInt32());
        Assert.Equal(listed.Title, problem.GetProperty("title").GetString());
    }
}
