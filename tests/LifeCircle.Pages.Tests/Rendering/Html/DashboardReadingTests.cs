using System.Globalization;
using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using Microsoft.Playwright;

namespace LifeCircle.Pages.Tests.Rendering.Html;

/// <summary>
/// The dashboard as a journalist reads it: a map that opens where its colours can be read, numbers under their headers, the key figures
/// defined, the chart's own data one click away, a citation and embeds pinned to the version, and chart images that look like the page.
/// </summary>
[Collection(PagesCollection.Name)]
public sealed partial class DashboardReadingTests(PagesFixture site)
{
    private const string District = "/api/districts/150303";
    private const string Choice = "theme=elderly-care&category=home-care-station";

    private string Version => site.Published.Version.Version;

    private async Task<IPage> OpenAsync(string path, int width, string? locale = null)
    {
        var context = await site.Browser.NewContextAsync(new() { Locale = locale, ViewportSize = new() { Width = width, Height = 900 } });
        var page = await context.NewPageAsync();
        await page.GotoAsync($"{site.Origin}{path}", new() { WaitUntil = WaitUntilState.NetworkIdle });
        await page.WaitForSelectorAsync("html[data-ready=true]", new() { State = WaitForSelectorState.Attached });
        return page;
    }

    /// <summary>Where the blocks drawn with outlines lie on the map: inside the view or not, and what part of its width and height they span.</summary>
    private const string OutlinedBlocksOnTheMap = """
        () => {
          const el = document.getElementById('access-map'), map = el.lifecircleMap, b = L.latLngBounds([]), all = L.latLngBounds([]);
          JSON.parse(document.getElementById('blocks').textContent).features.forEach(f => {
            const bounds = L.geoJSON(f).getBounds();
            all.extend(bounds);
            if (f.geometry.type !== 'Point') b.extend(bounds);
          });
          const nw = map.latLngToContainerPoint(b.getNorthWest()), se = map.latLngToContainerPoint(b.getSouthEast());
          return { inside: map.getBounds().contains(b), all: map.getBounds().contains(all), width: (se.x - nw.x) / el.clientWidth, height: (se.y - nw.y) / el.clientHeight };
        }
        """;

    [Theory]
    [InlineData("/dashboard?lang=zh", 1280)]
    [InlineData("/dashboard?lang=en", 360)]
    [InlineData("/embed/access?lang=zh", 360)]
    public async Task TheAccessMapOpensOnTheOutlinedBlocksAndAButtonShowsTheWholeDistrict(string path, int width)
    {
        var page = await OpenAsync(District + path, width);
        var opened = await page.EvaluateAsync<JsonElement>(OutlinedBlocksOnTheMap);
        await page.ClickAsync("#access-map .view-switch a");
        // The map zooms out with an animation: what it shows once it has settled.
        var settled = await page.WaitForFunctionAsync($"() => ({OutlinedBlocksOnTheMap})().all", null, new() { Timeout = 5000 }).ContinueWith(t => t.IsCompletedSuccessfully);
        await page.Context.CloseAsync();

        Assert.True(opened.GetProperty("inside").GetBoolean(), "every outlined block is in view");
        double span = Math.Max(opened.GetProperty("width").GetDouble(), opened.GetProperty("height").GetDouble());
        Assert.True(span >= 0.8, $"the outlined blocks span {span:P0} of the map, not the whole map");
        Assert.False(opened.GetProperty("all").GetBoolean(), "the villages (points far away) are left out of the first view");
        Assert.True(settled, "the button shows every block");
    }

    [Theory]
    [InlineData("zh")]
    [InlineData("en")]
    public async Task EveryNumericColumnsHeaderIsRightAlignedOverItsNumbers(string lang)
    {
        var page = await OpenAsync($"{District}/dashboard?lang={lang}", 1280);
        var headers = await page.EvaluateAsync<JsonElement>("""
            () => {
              const textRight = e => { const r = document.createRange(); r.selectNodeContents(e); return r.getBoundingClientRect().right; };
              return [...document.querySelectorAll('main table')].flatMap(t => {
                const row = t.tBodies[0] && t.tBodies[0].rows[0], heads = t.tHead ? [...t.tHead.rows[0].cells] : [];
                if (!row) return [];
                return [...row.cells].map((c, i) => c.classList.contains('num') && heads[i] && t.offsetParent !== null
                  ? { header: heads[i].textContent, align: getComputedStyle(heads[i]).textAlign, gap: Math.abs(textRight(heads[i]) - textRight(c)) }
                  : null).filter(Boolean);
              });
            }
            """);
        await page.Context.CloseAsync();

        var columns = headers.EnumerateArray().ToList();
        Assert.True(columns.Count >= 8, $"the chart's table, the theme table and the gaps table have numeric columns: {columns.Count}");
        Assert.All(columns, h => Assert.True(h.GetProperty("align").GetString() == "right" && h.GetProperty("gap").GetDouble() <= 1,
            $"'{h.GetProperty("header").GetString()}' is aligned {h.GetProperty("align").GetString()}, its right edge {h.GetProperty("gap").GetDouble():0} px from its numbers'"));
    }

    [Theory]
    [InlineData("zh")]
    [InlineData("en")]
    public async Task EveryHeadlineFigureAndTheWordsItUsesAreDefinedOnThePage(string lang)
    {
        var coverage = await site.GetJsonAsync($"{District}/coverage?figure=circle&scenario=existing&area=150303");
        int basics = coverage.GetProperty("headlines")[0].GetProperty("categories").GetArrayLength();
        var page = await OpenAsync($"{District}/dashboard?lang={lang}", 1280);
        var cards = await page.Locator(".card").CountAsync();
        var definitions = await page.Locator(".card .def").AllInnerTextsAsync();
        var terms = await page.Locator(".definitions dt").AllInnerTextsAsync();
        var theme = await page.InnerTextAsync("section[aria-labelledby=theme-title]");
        await page.Context.CloseAsync();

        Assert.Equal(cards, definitions.Count);
        Assert.All(definitions, d => Assert.True(d.Trim().Length > 10, $"a card's definition: '{d}'"));
        Assert.Contains(basics.ToString(CultureInfo.InvariantCulture), definitions[0]);
        Assert.Equal(4, terms.Count);
        Assert.Contains(lang == "en" ? "Basic facility" : "基本设施", terms);
        Assert.Contains(lang == "en" ? "headline" : "上方", theme);
    }

    [Fact]
    public async Task TheChartsDataLinkGivesExactlyTheChartsFiguresInAFileNamedByTheVersion()
    {
        var page = await OpenAsync($"{District}/dashboard?{Choice}&scenario=with-planned&lang=zh", 1280);
        var csvLink = page.Locator("section[aria-labelledby=chart-title] a[download]");
        var (href, name) = (await csvLink.GetAttributeAsync("href"), await csvLink.GetAttributeAsync("download"));
        var chart = JsonDocument.Parse(await page.InnerTextAsync("#chart-data")).RootElement.Clone();
        var mapPng = await page.Locator("section[aria-labelledby=map-title] a[href*='maps/access.png']").GetAttributeAsync("href");
        var gaps = await page.Locator("section[aria-labelledby=map-title] a[href*='collections/gaps/items']").GetAttributeAsync("href");
        await page.Context.CloseAsync();

        Assert.Equal($"150303-{Version}-coverage-home-care-station-with-planned.csv", name);
        var csv = (await site.Client.GetStringAsync(href)).TrimStart('\uFEFF');
        string[] Split(string line) => [.. CsvCell().Matches(line).Select(m => m.Groups[1].Value)];
        var header = Split(csv.Split("\r\n")[0]);
        var rows = csv.Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Skip(1).Select(Split).ToList();
        string Cell(string[] row, string column) => row[Array.IndexOf(header, column)];
        var shown = chart.GetProperty("rows").EnumerateArray().Where(r => r.GetProperty("scenario").GetString() == "with-planned")
            .Select(r => (r.GetProperty("area").GetString()!, r.GetProperty("threshold").GetInt32(), r.GetProperty("share").GetDouble())).ToHashSet();
        var file = rows.Select(r => (Cell(r, "area"), int.Parse(Cell(r, "threshold_minutes"), CultureInfo.InvariantCulture), double.Parse(Cell(r, "share"), CultureInfo.InvariantCulture))).ToHashSet();
        Assert.Equal(chart.GetProperty("areas").GetArrayLength() * 3, shown.Count);
        Assert.Equal(shown, file);

        using var png = await site.Client.GetAsync(mapPng);
        Assert.Equal("image/png", png.Content.Headers.ContentType!.MediaType);
        Assert.Contains("scenario=with-planned", mapPng);
        Assert.Contains("category=home-care-station", gaps);
    }

    [Theory]
    [InlineData("zh", "数据版本")]
    [InlineData("en", "dataset version")]
    public async Task TheDashboardSaysHowToCiteItAndItsEmbedsArePinnedToTheVersionShown(string lang, string versionWord)
    {
        var page = await OpenAsync($"{District}/dashboard?{Choice}&lang={lang}", 1280);
        var cite = await page.InnerTextAsync("#cite");
        var snippets = new List<string>();
        foreach (var chart in new[] { "coverage", "access" })
        {
            snippets.Add(await page.InputValueAsync($"#embed-{chart}"));
        }

        await page.Context.CloseAsync();

        Assert.Contains($"{versionWord} {Version}", cite);
        Assert.Matches(Date(), cite);
        Assert.Contains("CC BY 4.0", cite);
        Assert.Contains($"{site.Origin}{District}@{Version}/dashboard?{Choice}&scenario=existing&population=residents", cite);
        foreach (var snippet in snippets)
        {
            var src = WebUtility.HtmlDecode(Src().Match(snippet).Groups[1].Value);
            Assert.StartsWith($"{site.Origin}{District}@{Version}/embed/", src);
            using var embed = await site.Client.GetAsync(src);
            Assert.Equal(HttpStatusCode.OK, embed.StatusCode);
        }
    }

    [Fact]
    public async Task TheChartImageListsTheAreasInTheDashboardsOrder()
    {
        var page = await OpenAsync($"{District}/dashboard?{Choice}&lang=zh", 1280);
        var table = (await page.Locator("#coverage-table tbody th").AllInnerTextsAsync()).Select(t => t.Trim()).ToList();
        await page.Context.CloseAsync();
        var svg = XDocument.Parse(await site.Client.GetStringAsync($"{District}/charts/coverage.svg?{Choice}&lang=zh"));

        XNamespace ns = "http://www.w3.org/2000/svg";
        var labels = svg.Descendants(ns + "text").Where(t => (string?)t.Attribute("text-anchor") == "end").Select(t => t.Value).ToList();
        Assert.Equal(table, labels);
    }

    /// <summary>One cell of a CSV line: quoted (with "" inside) or not.</summary>
    [GeneratedRegex("(?:^|,)(\"(?:[^\"]|\"\")*\"|[^,]*)")]
    private static partial Regex CsvCell();

    [GeneratedRegex(@"\d{4}-\d{2}-\d{2}")]
    private static partial Regex Date();

    [GeneratedRegex("src=\"([^\"]+)\"")]
    private static partial Regex Src();
}
