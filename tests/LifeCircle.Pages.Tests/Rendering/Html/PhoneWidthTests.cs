using Microsoft.Playwright;

namespace LifeCircle.Pages.Tests.Rendering.Html;

/// <summary>The dashboard read on a phone: the chart's bars keep most of the width, and the map is not covered by its layer list.</summary>
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
        var page = await OpenAsync(lang, width);
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
        var page = await OpenAsync("en", width);
        int open = await page.Locator("#access-map .leaflet-control-layers-expanded").CountAsync();
        bool button = await page.Locator("#access-map .leaflet-control-layers-toggle").IsVisibleAsync();
        await page.Context.CloseAsync();

        Assert.Equal(collapsed ? 0 : 1, open);
        Assert.Equal(collapsed, button);
    }

    private async Task<IPage> OpenAsync(string lang, int width)
    {
        var context = await site.Browser.NewContextAsync(new() { ViewportSize = new() { Width = width, Height = 900 } });
        var page = await context.NewPageAsync();
        await page.GotoAsync($"{site.Origin}{Dashboard}?lang={lang}");
        await page.WaitForSelectorAsync("html[data-ready=true]", new() { State = WaitForSelectorState.Attached });
        return page;
    }
}
