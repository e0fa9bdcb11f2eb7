using System.Diagnostics;
using System.Net;
using System.Text.Json;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace LifeCircle.Pages.Tests.Functions;

/// <summary>The home page, the coverage dashboard and its embeds, against the /coverage numbers of the same version.</summary>
[Collection(PagesCollection.Name)]
public sealed class PageFunctionsTests(PagesFixture site, ITestOutputHelper output)
{
    private const string District = "/api/districts/150303";

    /// <summary>A category whose coverage the planned facilities change somewhere, read from /coverage itself.</summary>
    private async Task<(string Theme, string Category)> CategoryThePlansChangeAsync()
    {
        var all = await site.GetJsonAsync($"{District}/coverage?theme=elderly-care");
        var rows = all.GetProperty("categories").EnumerateArray().ToList();
        var changed = rows.Where(r => r.GetProperty("scenario").GetString() == "existing").First(r =>
            rows.Any(p => p.GetProperty("scenario").GetString() == "with-planned" && p.GetProperty("area").GetString() == r.GetProperty("area").GetString()
                && p.GetProperty("category").GetString() == r.GetProperty("category").GetString() && p.GetProperty("threshold").GetInt32() == r.GetProperty("threshold").GetInt32()
                && p.GetProperty("share").ToString() != r.GetProperty("share").ToString()));
        return ("elderly-care", changed.GetProperty("category").GetString()!);
    }

    /// <summary>The chart's bars as (area, threshold) → value, read from ECharts itself.</summary>
    private static async Task<Dictionary<(string, int), double?>> BarsAsync(IPage page)
    {
        var json = await page.EvaluateAsync<JsonElement>("""
            () => {
              const el = document.getElementById('chart');
              const areas = JSON.parse(document.getElementById('chart-data').textContent).areas.map(a => a.id);
              return { areas, series: echarts.getInstanceByDom(el).getOption().series.map(s => s.data) };
            }
            """);
        var areas = json.GetProperty("areas").EnumerateArray().Select(a => a.GetString()!).ToList();
        var series = json.GetProperty("series").EnumerateArray().ToList();
        var bars = new Dictionary<(string, int), double?>();
        int[] thresholds = [5, 10, 15];
        for (int s = 0; s < 3; s++)
        {
            var values = series[s].EnumerateArray().ToList();
            for (int a = 0; a < areas.Count; a++)
            {
                bars[(areas[a], thresholds[s])] = values[a].ValueKind == JsonValueKind.Number ? values[a].GetDouble() : null;
            }
        }

        return bars;
    }

    private async Task<Dictionary<(string, int), double?>> CoverageAsync(string category, string scenario, string field)
    {
        var json = await site.GetJsonAsync($"{District}/coverage?category={category}&scenario={scenario}");
        Assert.Equal(site.Published.Version.Version, json.GetProperty("datasetVersion").GetString());
        return json.GetProperty("categories").EnumerateArray().ToDictionary(
            r => (r.GetProperty("area").GetString()!, r.GetProperty("threshold").GetInt32()),
            r => r.TryGetProperty(field, out var v) && v.ValueKind == JsonValueKind.Number ? v.GetDouble() : (double?)null);
    }

    [Theory]
    [InlineData("residents", "share")]
    [InlineData("elderly", "elderlyShare")]
    public async Task TheDashboardChartShowsTheCoverageNumbersOfItsVersionAndTheScenarioSwitchChangesThem(string population, string field)
    {
        var (theme, category) = await CategoryThePlansChangeAsync();
        await using var watched = await site.OpenAsync();
        await watched.Page.GotoAsync($"{site.Origin}{District}/dashboard?theme={theme}&category={category}&population={population}");
        await watched.Page.WaitForSelectorAsync("html[data-ready]", new() { State = WaitForSelectorState.Attached });

        var existing = await BarsAsync(watched.Page);
        Assert.Equal(await CoverageAsync(category, "existing", field), existing);
        await watched.Page.ClickAsync("a[data-scenario=with-planned]");
        await watched.Page.WaitForURLAsync(new System.Text.RegularExpressions.Regex("scenario=with-planned"));
        await watched.Page.WaitForSelectorAsync("html[data-ready]", new() { State = WaitForSelectorState.Attached });
        var planned = await BarsAsync(watched.Page);
        Assert.Equal(await CoverageAsync(category, "with-planned", field), planned);
        Assert.NotEqual(existing, planned);
        Assert.Equal("with-planned", await watched.Page.GetAttributeAsync("#access-map", "data-scenario"));
        Assert.Empty(watched.Errors);
        Assert.Empty(watched.Outside);
    }

    [Fact]
    public async Task TheDashboardTableShowsTheSameSharesAsCoverageForTheChosenScenario()
    {
        var (theme, category) = await CategoryThePlansChangeAsync();
        var html = await (await site.Client.GetAsync($"{District}/dashboard?theme={theme}&category={category}&scenario=with-planned&f=html")).Content.ReadAsStringAsync();
        var coverage = await CoverageAsync(category, "with-planned", "share");
        foreach (var ((area, threshold), share) in coverage.Where(c => c.Value is not null))
        {
            var cell = string.Create(System.Globalization.CultureInfo.InvariantCulture, $"data-area=\"{area}\" data-threshold=\"{threshold}\">{share!.Value * 100:0.0}%</td>");
            Assert.Contains(cell, html);
        }
    }

    [Fact]
    public async Task TheDashboardWeighsLessThan600KilobytesCompressedOnFirstLoad()
    {
        await using var watched = await site.OpenAsync();
        long transferred = 0;
        var sizes = new List<Task>();
        watched.Page.RequestFinished += (_, request) => sizes.Add(Task.Run(async () =>
        {
            var s = await request.SizesAsync();
            Interlocked.Add(ref transferred, s.ResponseBodySize + s.ResponseHeadersSize);
        }));
        var clock = Stopwatch.StartNew();
        await watched.Page.GotoAsync($"{site.Origin}{District}/dashboard", new() { WaitUntil = WaitUntilState.Load });
        await watched.Page.WaitForSelectorAsync("html[data-ready]", new() { State = WaitForSelectorState.Attached });
        var ready = clock.Elapsed;
        await watched.Page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        await Task.WhenAll(sizes);
        var paint = await watched.Page.EvaluateAsync<double>("() => (performance.getEntriesByName('first-contentful-paint')[0] || {startTime: -1}).startTime");

        output.WriteLine($"dashboard: {transferred / 1024.0:0.0} KiB transferred in {sizes.Count} responses; first contentful paint {paint:0} ms; charts and map drawn after {ready.TotalMilliseconds:0} ms");
        Assert.InRange(transferred, 1, 600 * 1024);
    }

    [Fact]
    public async Task EmbedsMayBeFramedByAnySiteAndEveryOtherPageByNone()
    {
        using var embed = await site.Client.GetAsync($"{District}/embed/coverage?f=html");
        using var dashboard = await site.Client.GetAsync($"{District}/dashboard?f=html");

        Assert.Contains("frame-ancestors *", string.Join(";", embed.Headers.GetValues("Content-Security-Policy")));
        Assert.Contains("frame-ancestors 'none'", string.Join(";", dashboard.Headers.GetValues("Content-Security-Policy")));
        var page = await embed.Content.ReadAsStringAsync();
        Assert.Contains($"LifeCircle Open Data</a>, ", page);
        Assert.Contains(site.Published.Version.Version, page);
        Assert.Contains("CC-BY-4.0", page);
    }

    [Theory]
    [InlineData("/dashboard?theme=nope", "theme")]
    [InlineData("/dashboard?population=children", "population")]
    [InlineData("/dashboard?scenario=maybe", "scenario")]
    [InlineData("/dashboard?colour=red", "colour")]
    [InlineData("/embed/coverage?lang=fr", "lang")]
    public async Task ABadChoiceIsRefusedNamingTheParameter(string path, string parameter)
    {
        using var response = await site.Client.GetAsync(District + path);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal(parameter, JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("parameter").GetString());
    }

    [Fact]
    public async Task AnUnknownEmbedIsNotFound()
    {
        using var response = await site.Client.GetAsync($"{District}/embed/pie");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("coverage, access", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task TheHomePageListsTheDistrictsAsJsonForClientsAndAsAPageForBrowsers()
    {
        var json = await site.GetJsonAsync("/api");
        Assert.Equal("150303", json.GetProperty("districts")[0].GetProperty("code").GetString());

        var request = new HttpRequestMessage(HttpMethod.Get, "/api");
        request.Headers.TryAddWithoutValidation("Accept", "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8");
        using var page = await site.Client.SendAsync(request);
        Assert.Equal("text/html", page.Content.Headers.ContentType!.MediaType);
        Assert.Contains("/api/districts/150303/dashboard", await page.Content.ReadAsStringAsync());
    }
}
