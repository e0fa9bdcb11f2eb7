using Microsoft.Playwright;

namespace LifeCircle.Pages.Tests.Rendering.Html;

/// <summary>The pages read on a phone: no page is wider than the screen, the chart's bars keep most of the width, and the map is not covered by its layer list.</summary>
[Collection(PagesCollection.Name)]
public sealed class PhoneWidthTests(PagesFixture site)
{
    private const string Dashboard = "/api/districts/150303/dashboard";

    [Theory]
    [InlineData("en", 360)]
    [InlineData("zh", 360)]
    [InlineData("en", 1280)]
    public async Task TheCoverageBarsHaveAtLeastHalfTheChartsWidthForEveryArea(string lang, int width)
    {
        var page = await OpenDashboardAsync(lang, width);
        // From the 0% to the 100% mark of the value axis, in the chart's own pixels.
        var measured = await page.EvaluateAsync<double[]>(
            "() => { const c = echarts.getInstanceByDom(document.getElementById('chart')); return [c.convertToPixel({ xAxisIndex: 0 }, 1) - c.convertToPixel({ xAxisIndex: 0 }, 0), c.getWidth()]; }");
        await page.Context.CloseAsync();
        var (plot, chart) = (measured[0], measured[1]);

        Assert.True(plot >= chart / 2, $"the bars' axis is {plot:0} px of a {chart:0} px chart at {width} px ({lang})");
    }

    [Theory]
    [InlineData(360, true)]
    [InlineData(1280, false)]
    public async Task TheMapsLayerListIsAButtonOnAPhoneAndOpenOnAWideScreen(int width, bool collapsed)
    {
        var page = await OpenDashboardAsync("en", width);
        int open = await page.Locator("#access-map .leaflet-control-layers-expanded").CountAsync();
        bool button = await page.Locator("#access-map .leaflet-control-layers-toggle").IsVisibleAsync();
        await page.Context.CloseAsync();

        Assert.Equal(collapsed ? 0 : 1, open);
        Assert.Equal(collapsed, button);
    }

    [Theory]
    [InlineData("/api/districts/150303/dashboard?lang=en")]
    [InlineData("/api/districts/150303/dashboard?lang=zh")]
    [InlineData("/api/districts/150303/coverage?lang=en")]
    [InlineData("/api/districts/150303/collections/facilities/items?limit=20&lang=en")]
    [InlineData("/api/districts/150303/collections?lang=en")]
    [InlineData("/api/districts/150303/collections/facilities?lang=zh")]
    [InlineData("/api/districts/150303/collections/facilities?lang=en")]
    [InlineData("/api/districts/150303/collections/facilities/items/bank-001?lang=en")]
    [InlineData("/api/districts/150303/collections/facilities/items/bank-001?lang=zh")]
    [InlineData("/api/catalog?lang=en")]
    [InlineData("/api/districts?lang=zh")]
    [InlineData("/api?lang=en")]
    [InlineData("/api/districts/150303/themes?lang=zh")]
    [InlineData("/api/districts/150303/categories?lang=en")]
    [InlineData("/api/districts/150303/circles?lang=zh")]
    [InlineData("/api/districts/150303/processes/best-sites?lang=zh")]
    [InlineData("/api/districts/150303/collections/facilities/queryables?lang=en")]
    [InlineData("/api/districts/150303/collections/access/items?lang=zh")]
    [InlineData("/api/districts/150303/collections/nope/items?lang=zh&f=html")]
    [InlineData("/api/problems?lang=en")]
    public async Task NoPageIsWiderThanAPhonesScreenWideTablesScrollInTheirBox(string path)
    {
        var page = await OpenAsync(path, 360);
        int wide = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth");
        await page.Context.CloseAsync();

        Assert.True(wide <= 360, $"{path} is {wide} px wide on a 360 px screen");
    }

    [Theory]
    [InlineData("/api?lang=zh")]
    [InlineData("/api/districts/150303/collections?lang=zh")]
    public async Task AListOfAFewLongRowsShowsEveryCellOnAPhoneWithoutScrollingSideways(string path)
    {
        var page = await OpenAsync(path, 360);
        var outside = await page.EvaluateAsync<string[]>("() => [...document.querySelectorAll('main tbody td, main tbody th')].filter(c => c.getBoundingClientRect().right > 361).map(c => c.textContent)");
        // No cell is squeezed to a character or two a line.
        var squeezed = await page.EvaluateAsync<string[]>("() => [...document.querySelectorAll('main tbody td, main tbody th')].filter(c => c.textContent.trim().length > 3 && c.getBoundingClientRect().width < 80).map(c => c.textContent)");
        await page.Context.CloseAsync();

        Assert.Empty(outside);
        Assert.Empty(squeezed);
    }

    [Theory]
    [InlineData("zh")]
    [InlineData("en")]
    public async Task TheCoverageTablesKeepEachFigureOnOneLineAndTheFirstShareInViewOnAPhone(string lang)
    {
        var page = await OpenAsync($"/api/districts/150303/coverage?theme=elderly-care&threshold=15&lang={lang}", 360);
        // The line boxes of every figure's text: one each (the area's name may wrap, and stays in view as the table scrolls).
        var wrapped = await page.EvaluateAsync<string[]>("""
            () => [...document.querySelectorAll('main table.wide tbody td.num')].filter(td => {
              const r = document.createRange(); r.selectNodeContents(td);
              return new Set([...r.getClientRects()].map(x => Math.round(x.top))).size > 1;
            }).map(td => td.textContent)
            """);
        // The lines of the tallest column header: a long one stood as a column of single characters, six lines over figures of one.
        var headerLines = await page.EvaluateAsync<int>("""
            () => Math.max(...[...document.querySelectorAll('main table.wide thead th')].map(th => {
              const r = document.createRange(); r.selectNodeContents(th);
              return new Set([...r.getClientRects()].map(x => Math.round(x.top))).size;
            }))
            """);
        var sticky = await page.EvaluateAsync<string>("() => getComputedStyle(document.querySelector('main table.wide tbody td:first-child')).position");
        // The headline table's first share is in view before any scrolling.
        var share = await page.EvaluateAsync<double>("() => document.querySelector('main table.wide tbody td:nth-child(3)').getBoundingClientRect().right");
        await page.Context.CloseAsync();

        Assert.Empty(wrapped);
        Assert.InRange(headerLines, 1, 3);
        Assert.Equal("sticky", sticky);
        Assert.True(share <= 360, $"the first share ends at {share:0} px");
    }

    private Task<IPage> OpenDashboardAsync(string lang, int width) => OpenAsync($"{Dashboard}?lang={lang}", width);

    private async Task<IPage> OpenAsync(string path, int width)
    {
        var context = await site.Browser.NewContextAsync(new() { ViewportSize = new() { Width = width, Height = 900 } });
        var page = await context.NewPageAsync();
        await page.GotoAsync($"{site.Origin}{path}", new() { WaitUntil = WaitUntilState.NetworkIdle });
        if (path.StartsWith(Dashboard, StringComparison.Ordinal))
        {
            await page.WaitForSelectorAsync("html[data-ready=true]", new() { State = WaitForSelectorState.Attached });
        }

        return page;
    }
}
