using System.Text.Json;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace LifeCircle.Pages.Tests.Rendering.Html;

/// <summary>Every HTML resource as a browser sees it: status, media type, siblings, console, requests, accessibility, map and glyphs.</summary>
[Collection(PagesCollection.Name)]
public sealed class PagesInBrowserTests(PagesFixture site)
{
    private const string District = "/api/districts/150303";

    public static TheoryData<string, string> Pages()
    {
        string[] paths =
        [
            "/api", "/api/districts", District, District + "/conformance", District + "/collections", District + "/collections/facilities",
            District + "/collections/facilities/queryables", District + "/collections/facilities/items?limit=20", District + "/collections/facilities/items/bank-001",
            "/api/catalog", District + "/coverage?theme=elderly-care", District + "/dashboard", District + "/embed/coverage", District + "/embed/access", District + "/themes",
            District + "/categories", District + "/circles", District + "/processes", District + "/processes/best-sites", "/api/problems", "/api/problems/not-found",
            District + "/collections/access/items?category=kindergarten&limit=200",
        ];
        var data = new TheoryData<string, string>();
        foreach (var path in paths)
        {
            data.Add(path, "zh");
            data.Add(path, "en");
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task EveryPageIsHtmlWithItsSiblingsAndLoadsCleanlyAndAccessiblyFromThisHostAlone(string path, string lang)
    {
        await using var watched = await site.OpenAsync(lang == "en" ? "en-GB" : "zh-CN");
        var response = await watched.Page.GotoAsync(site.Origin + path, new() { WaitUntil = WaitUntilState.Load });

        Assert.Equal(200, response!.Status);
        Assert.StartsWith("text/html", response.Headers["content-type"]);
        Assert.Equal(lang == "en" ? "en" : "zh-CN", await watched.Page.GetAttributeAsync("html", "lang"));
        Assert.True(await watched.Page.Locator("link[rel=alternate][type*=json]").CountAsync() >= 1, "a JSON sibling is linked");
        if (path.StartsWith(District, StringComparison.Ordinal))
        {
            Assert.Contains(site.Published.Version.Version, await watched.Page.ContentAsync());
        }

        Assert.Empty(watched.Errors);
        Assert.Empty(watched.Outside);
        var axe = await watched.Page.RunAxe();
        var serious = axe.Violations.Where(v => v.Impact is "serious" or "critical").Select(v => $"{v.Id}: {v.Help} ({v.Nodes.Length} nodes, e.g. {v.Nodes.FirstOrDefault()?.Html})").ToList();
        Assert.Empty(serious);
    }

    [Theory]
    [InlineData(7)]
    [InlineData(30)]
    public async Task TheItemsMapDrawsExactlyTheFeaturesThePageReturns(int limit)
    {
        var url = $"{District}/collections/facilities/items?limit={limit}&status=existing";
        var json = await site.GetJsonAsync(url);
        await using var watched = await site.OpenAsync();
        await watched.Page.GotoAsync(site.Origin + url + "&f=html");
        await watched.Page.WaitForSelectorAsync("#map[data-drawn]", new() { State = WaitForSelectorState.Attached });

        int returned = json.GetProperty("numberReturned").GetInt32();
        Assert.Equal(limit, returned);
        Assert.Equal(returned.ToString(), await watched.Page.GetAttributeAsync("#map", "data-drawn"));
        Assert.Equal(returned, await watched.Page.Locator("#map path.leaflet-interactive").CountAsync());
        Assert.Equal(returned, await watched.Page.Locator(".table-box tbody tr").CountAsync());
        Assert.Contains("status=existing", await watched.Page.InnerTextAsync("main"));
    }

    [Theory]
    [InlineData("zh")]
    [InlineData("en")]
    public async Task TheChineseNamesOnAPageRenderAsRealGlyphsNotAsMissingGlyphBoxes(string lang)
    {
        await using var watched = await site.OpenAsync();
        await watched.Page.GotoAsync($"{site.Origin}{District}?lang={lang}");
        var heading = await watched.Page.InnerTextAsync("h1");
        var chinese = new string([.. (lang == "zh" ? heading : "乌海市海南区华苑社区").Where(c => c >= 0x4E00 && c <= 0x9FFF).Take(6)]);
        Assert.True(chinese.Length >= 4, $"the heading '{heading}' has Chinese to look at");

        // The same number of private-use characters, which no font draws: if the Chinese looks the same, it is boxes too.
        var missing = new string('\uE000', chinese.Length);
        var real = await ShotAsync(watched.Page, chinese);
        var boxes = await ShotAsync(watched.Page, missing);
        Assert.NotEqual(Convert.ToBase64String(boxes), Convert.ToBase64String(real));
        var other = await ShotAsync(watched.Page, new string([.. chinese.Reverse()]));
        Assert.True(chinese == new string([.. chinese.Reverse()]) || Convert.ToBase64String(other) != Convert.ToBase64String(real), "different characters draw differently");
    }

    private static async Task<byte[]> ShotAsync(IPage page, string text)
    {
        await page.EvaluateAsync("""
            t => {
              let s = document.getElementById('glyphs');
              if (!s) { s = document.createElement('span'); s.id = 'glyphs'; s.style.fontSize = '40px'; s.style.background = '#fff'; s.style.color = '#000'; document.body.prepend(s); }
              s.textContent = t;
            }
            """, text);
        return await page.Locator("#glyphs").ScreenshotAsync();
    }

    [Fact]
    public async Task TheDashboardReadsWellWithoutJavaScript()
    {
        var context = await site.Browser.NewContextAsync(new() { JavaScriptEnabled = false });
        var page = await context.NewPageAsync();
        await page.GotoAsync($"{site.Origin}{District}/dashboard?lang=en");

        var text = await page.InnerTextAsync("main");
        Assert.Contains("Share of residents within 5/10/15 minutes", text);
        Assert.True(await page.Locator("#coverage-table tbody tr").CountAsync() > 3);
        Assert.Contains("%", await page.InnerTextAsync(".cards"));
        await context.CloseAsync();
    }
}
