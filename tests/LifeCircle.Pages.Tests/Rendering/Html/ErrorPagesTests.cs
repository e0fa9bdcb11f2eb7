using System.Net;
using System.Text.Json;
using LifeCircle.Api.Rendering.Html;
using Microsoft.AspNetCore.Http;
using Microsoft.Playwright;

namespace LifeCircle.Pages.Tests.Rendering.Html;

/// <summary>
/// A browser that asks for something that fails gets a page in its language, with the same status, the problem's title, detail and
/// parameter, and links back; an API client gets the same application/problem+json as before. The problem-type pages are pages too.
/// </summary>
[Collection(PagesCollection.Name)]
public sealed class ErrorPagesTests(PagesFixture site)
{
    private const string District = "/api/districts/150303";
    private const string Browser = "text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,*/*;q=0.8";

    private async Task<HttpResponseMessage> GetAsync(string url, string? accept, string? acceptLanguage = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        if (accept is not null)
        {
            request.Headers.TryAddWithoutValidation("Accept", accept);
        }

        if (acceptLanguage is not null)
        {
            request.Headers.TryAddWithoutValidation("Accept-Language", acceptLanguage);
        }

        return await site.Client.SendAsync(request);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("*/*")]
    [InlineData("application/json")]
    [InlineData("application/problem+json")]
    [InlineData("application/json, text/html")]
    public async Task AnApiClientKeepsGettingProblemJson(string? accept)
    {
        var response = await GetAsync($"{District}/collections/nope/items?lang=zh", accept);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(["type", "title", "status", "detail", "instance"], problem.RootElement.EnumerateObject().Select(p => p.Name));
        Assert.Equal("Not found", problem.RootElement.GetProperty("title").GetString());
    }

    [Theory]
    [InlineData("zh", "未找到", "数据集合", "覆盖率看板")]
    [InlineData("en", "Not found", "Collections", "Coverage dashboard")]
    public async Task ABrowserGetsA404PageInItsLanguageWithTheDetailAndLinksBackToTheDistrict(string lang, string title, string collections, string dashboard)
    {
        await using var watched = await site.OpenAsync();
        var response = await watched.Page.GotoAsync($"{site.Origin}{District}/collections/nope/items?lang={lang}");

        Assert.Equal(404, response!.Status);
        Assert.StartsWith("text/html", response.Headers["content-type"]);
        Assert.Equal("no-store", response.Headers["cache-control"]);
        Assert.Equal(lang == "en" ? "en" : "zh-CN", await watched.Page.GetAttributeAsync("html", "lang"));
        Assert.Equal(1, await watched.Page.Locator("meta[name=viewport]").CountAsync());
        Assert.StartsWith(title, (await watched.Page.InnerTextAsync("h1")).Trim());
        var main = await watched.Page.InnerTextAsync("main");
        Assert.Contains("There is no collection 'nope'", main); // the problem's own detail
        foreach (var (name, path) in new[] { (collections, "/collections"), (dashboard, "/dashboard") })
        {
            var href = await watched.Page.GetByRole(AriaRole.Link, new() { Name = name, Exact = true }).Last.GetAttributeAsync("href");
            Assert.Equal($"{site.Origin}{District}{path}?lang={lang}", href);
            Assert.Equal(HttpStatusCode.OK, (await GetAsync(href!, Browser)).StatusCode);
        }
    }

    [Fact]
    public async Task ABrowserGetsA400PageNamingTheParameterAndTheSameAddressWithoutIt()
    {
        await using var watched = await site.OpenAsync("zh-CN");
        var response = await watched.Page.GotoAsync($"{site.Origin}{District}/collections/facilities/items?limit=0&lang=zh");

        Assert.Equal(400, response!.Status);
        Assert.StartsWith("参数无效", (await watched.Page.InnerTextAsync("h1")).Trim());
        Assert.Contains("limit", await watched.Page.InnerTextAsync("main dl"));
        var without = await watched.Page.Locator("main a", new() { HasText = "去掉这个参数再试" }).GetAttributeAsync("href");
        Assert.Equal($"{site.Origin}{District}/collections/facilities/items?lang=zh", without);
        Assert.DoesNotContain(watched.Errors, e => !e.Contains(" 400 ", StringComparison.Ordinal) && !e.Contains("status of 400", StringComparison.Ordinal)); // but the page's own status
        Assert.Empty(watched.Outside);
    }

    [Fact]
    public async Task FHtmlAsksForThePageWhateverTheAcceptAndAnUnknownLangFallsBackToAcceptLanguage()
    {
        var page = await GetAsync($"{District}/collections/nope/items?f=html", "application/json", "en-GB");
        Assert.Equal(HttpStatusCode.NotFound, page.StatusCode);
        Assert.Equal("text/html", page.Content.Headers.ContentType!.MediaType);
        Assert.Contains("<html lang=\"en\">", await page.Content.ReadAsStringAsync());

        var unknownLang = await GetAsync($"{District}?lang=fr", Browser, "zh-CN,zh;q=0.9");
        Assert.Equal(HttpStatusCode.BadRequest, unknownLang.StatusCode);
        var html = await unknownLang.Content.ReadAsStringAsync();
        Assert.Contains("<html lang=\"zh-CN\">", html);
        Assert.Contains("参数无效", html);
    }

    [Theory]
    [InlineData("zh", "未找到")]
    [InlineData("en", "Not found")]
    public async Task TheProblemTypePageIsReadableInBothLanguagesAndItsLanguageSwitchWorks(string lang, string title)
    {
        await using var watched = await site.OpenAsync();
        var response = await watched.Page.GotoAsync($"{site.Origin}/api/problems/not-found?lang={lang}");

        Assert.Equal(200, response!.Status);
        Assert.Equal(title, (await watched.Page.InnerTextAsync("h1")).Trim());
        Assert.Equal(0, await watched.Page.Locator("pre.json").CountAsync());
        var other = await watched.Page.Locator("header a[hreflang]").GetAttributeAsync("href");
        Assert.Equal(HttpStatusCode.OK, (await GetAsync(other!, Browser)).StatusCode);
        Assert.Empty(watched.Errors);
    }

    [Fact]
    public void EveryProblemTypeHasItsChineseText() => Assert.Empty(ProblemText.Untranslated);

    [Theory]
    [InlineData(null, false)]
    [InlineData("*/*", false)]
    [InlineData("application/json", false)]
    [InlineData("application/geo+json, application/json;q=0.9", false)]
    [InlineData("text/csv", false)]
    [InlineData("application/json, text/html", false)]
    [InlineData(Browser, true)]
    [InlineData("text/html", true)]
    [InlineData("application/json;q=0.5, text/html", true)]
    public void OnlyARequestPreferringHtmlGetsThePage(string? accept, bool page)
    {
        var context = new DefaultHttpContext();
        if (accept is not null)
        {
            context.Request.Headers.Accept = accept;
        }

        Assert.Equal(page, ProblemPages.Wanted(context.Request));
        context.Request.QueryString = new QueryString("?f=html");
        Assert.True(ProblemPages.Wanted(context.Request));
        context.Request.QueryString = new QueryString("?f=json");
        Assert.False(ProblemPages.Wanted(context.Request));

        // A refusal of f itself (f=html where there is no page, as on a CSV file) is answered as Accept asks.
        context.Request.QueryString = new QueryString("?f=html");
        Assert.Equal(page, ProblemPages.Wanted(context.Request, "f"));
    }
}
