using System.Net;
using System.Net.Http.Headers;

namespace LifeCircle.Api.Tests.Ogc;

[Collection(ApiCollection.Name)]
public class HttpMannersTests(ApiHostFixture api)
{
    private const string Items = "/api/districts/150303/collections/facilities/items?limit=5";

    [Fact]
    public async Task AnyOriginMayReadDataAndErrors()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, Items);
        request.Headers.Add("Origin", "https://news.example");
        var ok = await api.Client.SendAsync(request);
        var bad = await api.Client.GetAsync("/api/districts/150303/collections/facilities/items?limit=0");

        Assert.Equal("*", ok.Headers.GetValues("Access-Control-Allow-Origin").Single());
        Assert.Equal("*", bad.Headers.GetValues("Access-Control-Allow-Origin").Single());
        Assert.Contains("ETag", ok.Headers.GetValues("Access-Control-Expose-Headers").Single());
    }

    [Fact]
    public async Task AnUnchangedResourceAnswers304ToItsETag()
    {
        var first = await api.Client.GetAsync(Items);
        var etag = first.Headers.ETag;
        Assert.NotNull(etag);

        using var again = new HttpRequestMessage(HttpMethod.Get, Items);
        again.Headers.IfNoneMatch.Add(etag);
        var notModified = await api.Client.SendAsync(again);
        Assert.Equal(HttpStatusCode.NotModified, notModified.StatusCode);
        Assert.Empty(await notModified.Content.ReadAsByteArrayAsync());
        Assert.Equal(etag, notModified.Headers.ETag);

        using var other = new HttpRequestMessage(HttpMethod.Get, Items);
        other.Headers.IfNoneMatch.Add(new EntityTagHeaderValue("\"something-else\""));
        Assert.Equal(HttpStatusCode.OK, (await api.Client.SendAsync(other)).StatusCode);
    }

    [Fact]
    public async Task TheSameQueryGivesTheSameETagAndAnotherQueryAnotherOne()
    {
        var a = await api.Client.GetAsync("/api/districts/150303/collections/facilities/items/park-001");
        var b = await api.Client.GetAsync("/api/districts/150303/collections/facilities/items/park-001");
        var c = await api.Client.GetAsync("/api/districts/150303/collections/facilities/items/park-002");
        Assert.Equal(a.Headers.ETag, b.Headers.ETag);
        Assert.NotEqual(a.Headers.ETag, c.Headers.ETag);
        // A feature's body is the same bytes each time, so its tag is strong.
        Assert.False(a.Headers.ETag!.IsWeak);
    }

    [Fact]
    public async Task AnItemsPageRevalidatedSecondsLaterAnswers304ThoughItsTimeStampMoved()
    {
        var first = await api.Client.GetAsync(Items);
        await Task.Delay(TimeSpan.FromSeconds(1.1));
        // Asked with another Accept header, so the page is written afresh rather than served as kept (AnswerCache).
        using var otherAccept = new HttpRequestMessage(HttpMethod.Get, Items);
        otherAccept.Headers.Accept.ParseAdd("application/geo+json");
        var later = await api.Client.SendAsync(otherAccept);
        using var again = new HttpRequestMessage(HttpMethod.Get, Items);
        again.Headers.IfNoneMatch.Add(first.Headers.ETag!);
        var revalidated = await api.Client.SendAsync(again);

        Assert.NotEqual(TimeStampOf(await first.Content.ReadAsStringAsync()), TimeStampOf(await later.Content.ReadAsStringAsync()));
        Assert.True(first.Headers.ETag!.IsWeak);
        Assert.Equal(first.Headers.ETag, later.Headers.ETag);
        Assert.Equal(HttpStatusCode.NotModified, revalidated.StatusCode);
        Assert.Equal(first.Headers.ETag, revalidated.Headers.ETag);
        Assert.Equal($"<{LifeCircle.Core.Geodesy.CoordinateSystems.Crs84.Uri}>", revalidated.Headers.GetValues("Content-Crs").Single());
    }

    [Fact]
    public async Task TheOrderOfQueryParametersDoesNotChangeAnItemsPagesETagButTheirValuesDo()
    {
        var path = "/api/districts/150303/collections/facilities/items";
        var a = await api.Client.GetAsync(path + "?limit=3&skipGeometry=true");
        var b = await api.Client.GetAsync(path + "?skipGeometry=true&limit=3");
        var c = await api.Client.GetAsync(path + "?skipGeometry=true&limit=4");

        Assert.Equal(a.Headers.ETag, b.Headers.ETag);
        Assert.NotEqual(a.Headers.ETag, c.Headers.ETag);
    }

    private static string TimeStampOf(string json) => System.Text.Json.JsonDocument.Parse(json).RootElement.GetProperty("timeStamp").GetString()!;

    [Fact]
    public async Task DataMayBeCachedForMinutesButErrorsAndHealthNever()
    {
        Assert.Equal("public, max-age=300", (await api.Client.GetAsync(Items)).Headers.CacheControl!.ToString());
        Assert.True((await api.Client.GetAsync("/api/districts/150303/collections/nothing")).Headers.CacheControl!.NoStore);
        Assert.True((await api.Client.GetAsync("/api/health")).Headers.CacheControl!.NoStore);
    }

    [Fact]
    public async Task ABrowsersPreflightIsAnswered204WithTheCorsPolicy()
    {
        using var preflight = new HttpRequestMessage(HttpMethod.Options, Items);
        preflight.Headers.Add("Origin", "https://news.example");
        preflight.Headers.Add("Access-Control-Request-Method", "GET");
        preflight.Headers.Add("Access-Control-Request-Headers", "if-none-match, accept-language");

        var response = await api.Client.SendAsync(preflight);

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        Assert.Equal("*", response.Headers.GetValues("Access-Control-Allow-Origin").Single());
        Assert.Equal("GET, HEAD, OPTIONS", response.Headers.GetValues("Access-Control-Allow-Methods").Single());
        Assert.Equal("if-none-match, accept-language", response.Headers.GetValues("Access-Control-Allow-Headers").Single());
        Assert.Equal("86400", response.Headers.GetValues("Access-Control-Max-Age").Single());
        Assert.Empty(await response.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task APreflightForAnImportAllowsPostAndTheDocumentedHeaders()
    {
        using var preflight = new HttpRequestMessage(HttpMethod.Options, "/api/imports");
        preflight.Headers.Add("Origin", "https://publisher.example");
        preflight.Headers.Add("Access-Control-Request-Method", "POST");

        var response = await api.Client.SendAsync(preflight);

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        Assert.Equal("POST, OPTIONS", response.Headers.GetValues("Access-Control-Allow-Methods").Single());
        var allowed = response.Headers.GetValues("Access-Control-Allow-Headers").Single().Split(", ");
        Assert.Subset(allowed.ToHashSet(), new HashSet<string> { "Content-Type", "X-Import-Key", "If-None-Match", "Accept", "Accept-Language" });
    }

    [Fact]
    public async Task APreflightForAPathNoFunctionServesFails()
    {
        using var preflight = new HttpRequestMessage(HttpMethod.Options, "/api/nothing-here");
        preflight.Headers.Add("Origin", "https://news.example");
        preflight.Headers.Add("Access-Control-Request-Method", "GET");

        var response = await api.Client.SendAsync(preflight);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.False(response.Headers.Contains("Access-Control-Allow-Methods"));
    }

    [Fact]
    public async Task EveryKindOfAnswerCarriesNosniffAndAReferrerPolicy()
    {
        var ok = await api.Client.GetAsync(Items);
        using var again = new HttpRequestMessage(HttpMethod.Get, Items);
        again.Headers.IfNoneMatch.Add(ok.Headers.ETag!);
        var answers = new[]
        {
            ok,
            await api.Client.SendAsync(again),
            await api.Client.GetAsync("/api/districts/150303/collections/facilities/items?limit=0"),
            await api.Client.GetAsync("/api/districts/150303/collections/nothing"),
            await api.Client.DeleteAsync(Items),
            await api.Client.GetAsync("/api/districts/150303/downloads/facilities.csv"),
        };

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.NotModified, HttpStatusCode.BadRequest, HttpStatusCode.NotFound, HttpStatusCode.MethodNotAllowed, HttpStatusCode.OK],
            answers.Select(a => a.StatusCode));
        Assert.All(answers, a =>
        {
            Assert.Equal("nosniff", a.Headers.GetValues("X-Content-Type-Options").Single());
            Assert.Equal("strict-origin-when-cross-origin", a.Headers.GetValues("Referrer-Policy").Single());
        });
    }

    [Fact]
    public async Task OnlyHtmlPagesCarryAContentSecurityPolicyThatRunsOnlyTheirOwnScripts()
    {
        var page = await api.Client.GetAsync("/api/docs");
        var json = await api.Client.GetAsync(Items);

        var policy = page.Headers.GetValues("Content-Security-Policy").Single();
        Assert.Contains("default-src 'none'", policy);
        Assert.Matches("script-src 'self' 'sha256-[A-Za-z0-9+/=]+';", policy);
        Assert.DoesNotContain("unsafe", policy);
        Assert.False(json.Headers.Contains("Content-Security-Policy"));
    }
}
