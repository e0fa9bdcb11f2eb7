using System.Text.Json;
using LifeCircle.Api.Functions;
using LifeCircle.Api.Http;
using LifeCircle.Api.Rendering;
using LifeCircle.Core.Requests;
using LifeCircle.Tests.Shared;
using Microsoft.Extensions.Logging.Abstractions;

namespace LifeCircle.Api.Tests.Hostile;

/// <summary>Requests an attacker would send to the items endpoint: every refusal is a 4xx problem naming the parameter, never a 5xx.</summary>
public class HostileRequestTests
{
    private const string Items = "/api/districts/150303/collections/facilities/items";
    private const string Redos = "'aaaaaaaaaaaaaaaaaaaaaa' LIKE '%a%a%a%a%a%a%a%a%a%a%a%b'";

    private readonly InMemoryApi _api;

    public HostileRequestTests()
    {
        var store = new InMemoryDistrictDataStore();
        VersionTestData.Put(store, "150303", "v1", 600);
        _api = new InMemoryApi(store);
    }

    private async Task<(int Status, string? ContentType, JsonElement Body, Microsoft.AspNetCore.Http.HttpResponse Response)> Get(
        string query, RequestBudget? budget = null)
    {
        var endpoint = budget is null ? _api.Endpoint
            : new DocumentEndpoint(_api.Versions, new ContentNegotiation([new JsonRenderer()]), NullLogger<DocumentEndpoint>.Instance, budget);
        var req = InMemoryApi.Get($"{Items}?{query}");
        var (status, type, body) = await InMemoryApi.RunAsync(req, new ItemFunctions(endpoint).GetItems(req, "150303", "facilities", default));
        return (status, type, body, req.HttpContext.Response);
    }

    private static void AssertProblemNaming(string parameter, int status, string? type, JsonElement body)
    {
        Assert.Equal(400, status);
        Assert.Equal("application/problem+json", type);
        Assert.Equal(parameter, body.GetProperty("parameter").GetString());
        Assert.Contains(parameter, body.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(HostileRequestCases.Refused), MemberType = typeof(HostileRequestCases))]
    public async Task AHostileParameterIsABadRequestNamingIt(string query, string parameter)
    {
        var (status, type, body, _) = await Get(query);
        AssertProblemNaming(parameter, status, type, body);
    }

    [Theory]
    [MemberData(nameof(HostileRequestCases.RandomFilters), MemberType = typeof(HostileRequestCases))]
    public async Task ARandomFilterIsAnsweredOrRefusedNamingFilterNeverAServerError(string query)
    {
        var (status, type, body, _) = await Get(query);
        if (status != 200)
        {
            AssertProblemNaming(ItemsRequest.Filter, status, type, body);
        }
    }

    [Theory]
    [MemberData(nameof(HostileRequestCases.EdgeDatetimes), 600, MemberType = typeof(HostileRequestCases))]
    public async Task ADatetimeAtTheEdgeOfTheCalendarIsAnswered(string datetime, int matched)
    {
        var (status, _, body, _) = await Get("limit=1&datetime=" + Uri.EscapeDataString(datetime));
        Assert.Equal(200, status);
        Assert.Equal(matched, body.GetProperty("numberMatched").GetInt32());
    }

    [Fact]
    public async Task ACursorWhoseVersionHoldsASlashIsABadRequestNamingCursor()
    {
        var (status, type, body, _) = await Get("cursor=" + new PageCursor("v1/../x", 10).Encode());
        AssertProblemNaming(ItemsRequest.Cursor, status, type, body);
    }

    [Fact]
    public async Task TheBacktrackingLikeFilterIsAnsweredWithinTheBudget()
    {
        var (status, _, body, _) = await Get("filter=" + Uri.EscapeDataString(Redos));
        Assert.Contains(status, new[] { 200, 400, 503 });
        if (status == 200)
        {
            Assert.Equal(0, body.GetProperty("numberMatched").GetInt32());
        }
    }

    [Fact]
    public async Task ARequestOverItsTimeBudgetIsA503ProblemWithRetryAfter()
    {
        var (status, type, body, response) = await Get("filter=" + Uri.EscapeDataString(Redos), new RequestBudget(TimeSpan.Zero));
        Assert.Equal(503, status);
        Assert.Equal("application/problem+json", type);
        Assert.Equal(503, body.GetProperty("status").GetInt32());
        Assert.Equal("1", response.Headers.RetryAfter.ToString());
    }

    [Fact]
    public async Task AClientThatWentAwayStopsTheWorkWithoutABody()
    {
        using var gone = new CancellationTokenSource();
        gone.Cancel();
        var req = InMemoryApi.Get($"{Items}?limit=1000");
        req.HttpContext.RequestAborted = gone.Token;

        var answer = Assert.IsType<ApiResponse>(await new ItemFunctions(_api.Endpoint).GetItems(req, "150303", "facilities", default));
        Assert.Equal(499, answer.Status);
        Assert.True(answer.Body.IsEmpty);
    }
}
