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
    public async Task NoPageIsWiderThanAPhonesScreenWideTablesScrollInTheirBox(string path)
    {
        var page = await OpenAsync(path, 360);
        int wide = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth");
        await page.Context.CloseAsync();

        Assert.True(wide <= 360, $"{path} is {wide} px wide on a 360 px screen");
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
