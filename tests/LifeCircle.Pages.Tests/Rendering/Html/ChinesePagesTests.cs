using Microsoft.Playwright;

namespace LifeCircle.Pages.Tests.Rendering.Html;

/// <summary>The Chinese pages speak Chinese: link titles, download names, table headers and values by name; codes only where a filter is written.</summary>
[Collection(PagesCollection.Name)]
public sealed class ChinesePagesTests(PagesFixture site)
{
    private const string District = "/api/districts/150303";

    private async Task<IPage> OpenAsync(string path)
    {
        var context = await site.Browser.NewContextAsync(new() { Locale = "zh-CN" });
        var page = await context.NewPageAsync();
        await page.GotoAsync($"{site.Origin}{path}");
        return page;
    }

    [Fact]
    public async Task TheLandingPagesLinksAreTitledInChinese()
    {
        var landing = await site.GetJsonAsync(District);
        var page = await OpenAsync($"{District}?lang=zh");
        var links = (await page.Locator("main h2:has-text('链接') + ul a").AllInnerTextsAsync()).Select(l => l.Trim()).ToList();
        await page.Context.CloseAsync();

        Assert.Equal(landing.GetProperty("links").GetArrayLength(), links.Count);
        var english = landing.GetProperty("links").EnumerateArray().Select(l => l.GetProperty("title").GetString()!).ToList();
        Assert.Empty(links.Intersect(english));
        Assert.Contains("知识共享署名 4.0 国际许可协议（CC BY 4.0）", links);
        Assert.Contains("主题：牵头部门与设施类别", links);
        Assert.Contains("服务设施（GeoJSON）", links);
    }

    [Fact]
    public async Task TheCatalogueNamesItsDownloadsByLayerAndTheFooterItsWholeLayerFilesInChinese()
    {
        var page = await OpenAsync("/api/catalog?lang=zh");
        var downloads = (await page.Locator("main table tbody td:first-child a").AllInnerTextsAsync()).Select(l => l.Trim()).ToList();
        var description = await page.Locator("main h1 + p").InnerTextAsync();
        await page.GotoAsync($"{site.Origin}{District}/collections/facilities/items?lang=zh");
        var footer = await page.InnerTextAsync("footer");
        await page.Context.CloseAsync();

        Assert.Contains("服务设施（GeoJSON）", downloads);
        Assert.Contains("服务设施（CSV）", downloads);
        Assert.DoesNotContain(downloads, d => d.Contains("GEOJSON", StringComparison.Ordinal));
        Assert.Matches(@"^\p{IsCJKUnifiedIdeographs}", description);
        Assert.Contains("GeoJSON（整个图层）", footer);
        Assert.DoesNotContain("whole layer", footer);
    }

    [Fact]
    public async Task ItemsTablesHeadTheirColumnsByNameAndWriteFlagsAsYesOrNo()
    {
        var page = await OpenAsync($"{District}/collections/access/items?category=kindergarten&limit=5&lang=zh");
        var headers = (await page.Locator("main table thead th").AllInnerTextsAsync()).Select(h => h.Trim()).ToList();
        var basic = await page.Locator("main table tbody td").Nth(headers.IndexOf("基本设施")).InnerTextAsync();
        var heading = await page.InnerTextAsync("h1");
        await page.Context.CloseAsync();

        Assert.Equal(["编号", "设施类别", "步行分钟（现有设施）", "步行分钟（含规划设施）"], headers.Take(4));
        Assert.DoesNotContain(headers, h => h.Contains('_', StringComparison.Ordinal));
        Assert.Equal("是", basic.Trim());
        Assert.Equal("要素：步行可达时间", heading.Trim());
    }

    [Fact]
    public async Task TheCollectionsNameTheirGeometryTypes()
    {
        var page = await OpenAsync($"{District}/collections?lang=zh");
        var types = (await page.Locator("main table tbody td[data-label='类型']").AllInnerTextsAsync()).Select(t => t.Trim()).Distinct().ToList();
        await page.Context.CloseAsync();

        Assert.Contains("点", types);
        Assert.Contains("面", types);
        Assert.DoesNotContain(types, t => t is "Point" or "MultiPolygon" or "Geometry");
    }
}
