using LifeCircle.Api.Functions;
using LifeCircle.Api.Http;
using LifeCircle.Core.Versions;
using LifeCircle.Tests.Shared;
using Microsoft.AspNetCore.Mvc;

namespace LifeCircle.Api.Tests.Http;

public class AnswerCacheTests
{
    private const string Page = "/api/districts/150303/collections/facilities/items?limit=20";

    private readonly InMemoryDistrictDataStore _store = new();
    private readonly AnswerCache _answers;
    private readonly InMemoryApi _api;

    public AnswerCacheTests()
    {
        VersionTestData.Put(_store, "150303", "aaaa", 60);
        _answers = new AnswerCache(new AnswerCacheOptions { BudgetBytes = 200_000 });
        _api = new InMemoryApi(_store, new VersionCacheOptions { DistrictTimeToLive = TimeSpan.Zero }, _answers);
    }

    private Task<IActionResult> Items(Microsoft.AspNetCore.Http.HttpRequest req) =>
        new ItemFunctions(_api.Endpoint).GetItems(req, "150303", "facilities", default);

    [Fact]
    public async Task TheSameRequestOnTheSameVersionIsAnsweredWithTheKeptAnswer()
    {
        var first = await Items(InMemoryApi.Get(Page));
        var second = await Items(InMemoryApi.Get(Page));

        Assert.Same(first, second);
        Assert.Equal(1, _answers.Size.Count);
    }

    [Fact]
    public async Task AnswersToPostsAreNeverKeptTheirBodiesAreNotPartOfTheKey()
    {
        var first = InMemoryApi.Get(Page);
        first.Method = "POST";
        var second = InMemoryApi.Get(Page);
        second.Method = "POST";

        Assert.NotSame(await Items(first), await Items(second));
        Assert.Equal(0, _answers.Size.Count);
    }

    [Fact]
    public async Task ADifferentQueryOrAcceptHeaderGetsAnAnswerOfItsOwn()
    {
        var plain = await Items(InMemoryApi.Get(Page));
        var other = await Items(InMemoryApi.Get(Page + "&sortby=-year"));
        var json = await Items(InMemoryApi.Get(Page, "application/json"));

        Assert.NotSame(plain, other);
        Assert.NotSame(plain, json);
        Assert.Equal(3, _answers.Size.Count);
    }

    [Fact]
    public async Task OnceANewVersionIsCurrentItsOwnAnswerIsServed()
    {
        var (_, _, before) = await InMemoryApi.RunAsync(InMemoryApi.Get(Page), Items(InMemoryApi.Get(Page)));
        VersionTestData.Put(_store, "150303", "bbbb", 30);
        var req = InMemoryApi.Get(Page);
        var (_, _, after) = await InMemoryApi.RunAsync(req, Items(req));

        Assert.Equal("aaaa", before.GetProperty("datasetVersion").GetString());
        Assert.Equal("bbbb", after.GetProperty("datasetVersion").GetString());
        Assert.Equal(20, after.GetProperty("numberReturned").GetInt32());
    }

    [Fact]
    public async Task AnAnswerWhoseBodyWasLeftOutForA304IsNotKept()
    {
        var etag = ((ApiResponse)await Items(InMemoryApi.Get(Page))).ETag!;
        var fresh = new InMemoryApi(_store, new VersionCacheOptions(), new AnswerCache(new AnswerCacheOptions()));
        var revalidate = InMemoryApi.Get(Page);
        revalidate.Headers.IfNoneMatch = etag;
        var notModified = await InMemoryApi.RunWithHeadersAsync(revalidate, new ItemFunctions(fresh.Endpoint).GetItems(revalidate, "150303", "facilities", default));
        var plain = InMemoryApi.Get(Page);
        var (status, _, body) = await InMemoryApi.RunAsync(plain, new ItemFunctions(fresh.Endpoint).GetItems(plain, "150303", "facilities", default));

        Assert.Equal(304, notModified.Status);
        Assert.Equal(200, status);
        Assert.Equal(20, body.GetProperty("features").GetArrayLength());
    }

    [Fact]
    public async Task EachContentCodingOfAKeptAnswerIsEncodedOnceAndReused()
    {
        var first = InMemoryApi.Get(Page);
        first.Headers.AcceptEncoding = "gzip";
        var kept = (ApiResponse)await Items(first);
        await Write(kept, first);
        Assert.True(kept.Encodings!.TryGetValue("gzip", out var gzip));

        var again = InMemoryApi.Get(Page);
        again.Headers.AcceptEncoding = "gzip";
        var second = await Items(again);
        await Write(second, again);

        Assert.Same(kept, second);
        Assert.Same(gzip, kept.Encodings["gzip"]);
        Assert.Equal("gzip", again.HttpContext.Response.Headers.ContentEncoding.ToString());
        Assert.Equal(gzip.Length, again.HttpContext.Response.ContentLength);
    }

    private static Task Write(IActionResult result, Microsoft.AspNetCore.Http.HttpRequest req) =>
        result.ExecuteResultAsync(new ActionContext(req.HttpContext, new Microsoft.AspNetCore.Routing.RouteData(), new Microsoft.AspNetCore.Mvc.Abstractions.ActionDescriptor()));

    [Fact]
    public async Task ABudgetOfZeroKeepsNothingAndEveryRequestIsStillAnswered()
    {
        var api = new InMemoryApi(_store, new VersionCacheOptions(), new AnswerCache(new AnswerCacheOptions { BudgetBytes = 0 }));
        var answers = new List<int>();
        for (int i = 0; i < 2; i++)
        {
            var req = InMemoryApi.Get(Page);
            var (status, _, _) = await InMemoryApi.RunAsync(req, new ItemFunctions(api.Endpoint).GetItems(req, "150303", "facilities", default));
            answers.Add(status);
        }

        Assert.Equal([200, 200], answers);
    }

    [Fact]
    public async Task KeptAnswersStayWithinTheirBudget()
    {
        for (int limit = 1; limit <= 60; limit++)
        {
            await Items(InMemoryApi.Get($"/api/districts/150303/collections/facilities/items?limit={limit}"));
        }

        Assert.InRange(_answers.Size.Bytes, 1, 200_000);
        Assert.InRange(_answers.Size.Count, 2, 59);
    }
}
