using System.Globalization;
using System.Text.Json;

namespace LifeCircle.Pages.Tests.Rendering.Html;

/// <summary>
/// The coverage pages name their codes (area kinds, the method) in the page's language, by name; the coverage page, a table of the statistics,
/// writes the codes its filters take (areas, themes, categories) beside their names.
/// </summary>
[Collection(PagesCollection.Name)]
public sealed class CoveragePagesTextTests(PagesFixture site)
{
    private const string District = "/api/districts/150303";

    [Theory]
    [InlineData("zh", "社区", "生活圈", "沿街道步行")]
    [InlineData("en", "community", "life circle", "walking along the streets")]
    public async Task TheDashboardNamesEachAreasKindAndTheMethod(string lang, string community, string circle, string method)
    {
        var coverage = await site.GetJsonAsync($"{District}/coverage");
        Assert.Equal("network", coverage.GetProperty("method").GetProperty("method").GetString());

        await using var watched = await site.OpenAsync();
        await watched.Page.GotoAsync($"{site.Origin}{District}/dashboard?lang={lang}");

        var kinds = (await watched.Page.Locator("#coverage-table tbody tr td:nth-child(2)").AllInnerTextsAsync()).Select(k => k.Trim()).ToList();
        Assert.Contains(community, kinds);
        Assert.Contains(circle, kinds);
        Assert.Contains($": {method},", await watched.Page.Locator("main h1 + p").InnerTextAsync());
    }

    [Theory]
    [InlineData("zh", "社区", "区县", "沿街道步行")]
    [InlineData("en", "community", "district", "walking along the streets")]
    public async Task TheCoveragePageNamesEachAreasKindAndTheMethod(string lang, string community, string district, string method)
    {
        await using var watched = await site.OpenAsync();
        await watched.Page.GotoAsync($"{site.Origin}{District}/coverage?lang={lang}");

        var kinds = (await watched.Page.Locator("table").First.Locator("tbody tr td:nth-child(7)").AllInnerTextsAsync()).Select(k => k.Trim()).ToList();
        Assert.Contains(community, kinds);
        Assert.Contains(district, kinds);
        Assert.DoesNotContain(kinds, k => k.Contains("(community)", StringComparison.Ordinal) || k.Contains("(district)", StringComparison.Ordinal));
        Assert.Contains($": {method},", await watched.Page.Locator("main h1 + p").InnerTextAsync());
    }

    [Theory]
    [InlineData("zh")]
    [InlineData("en")]
    public async Task TheCoveragePageNamesItsAreasAndThemesBesideTheirCodes(string lang)
    {
        var community = await site.GetJsonAsync($"{District}/collections/areas/items/150303001006");
        var catalogue = await site.GetJsonAsync($"{District}/themes");
        var elderlyCare = catalogue.GetProperty("themes").EnumerateArray().Single(t => t.GetProperty("id").GetString() == "elderly-care");

        await using var watched = await site.OpenAsync();
        await watched.Page.GotoAsync($"{site.Origin}{District}/coverage?lang={lang}");

        var areas = await Column(watched.Page, table: 0, column: 1);
        Assert.Contains($"{community.GetProperty("properties").GetProperty($"name_{lang}").GetString()} (150303001006)", areas);
        Assert.DoesNotContain("150303001006", areas); // no area is left a bare code
        Assert.Contains($"{elderlyCare.GetProperty("name").GetProperty(lang).GetString()} (elderly-care)", await Column(watched.Page, table: 1, column: 2));
    }

    [Theory]
    [InlineData("zh")]
    [InlineData("en")]
    public async Task TheCoveragePageShowsSharesAsPercentagesWithOneDecimalAndResidentsWithThousandsSeparators(string lang)
    {
        const string Filter = "theme=elderly-care&threshold=15";
        var coverage = await site.GetJsonAsync($"{District}/coverage?{Filter}");
        var headline = coverage.GetProperty("headlines")[0];
        var theme = coverage.GetProperty("themes")[0];
        var category = coverage.GetProperty("categories")[0];

        await using var watched = await site.OpenAsync();
        await watched.Page.GotoAsync($"{site.Origin}{District}/coverage?{Filter}&lang={lang}");

        // The shares come first after what a row is about (on a phone they are in view), the residents they are shares of after them.
        Assert.Equal([Percent(headline, "share"), Percent(headline, "elderlyShare"), Percent(headline, "shareWithin15"), Count(headline, "residents")],
            await FirstRow(watched.Page, table: 0, from: 3, to: 6));
        Assert.Equal([Percent(theme, "share"), Count(theme, "residents")], await FirstRow(watched.Page, table: 1, from: 4, to: 5));
        Assert.Equal([Percent(category, "share"), Percent(category, "elderlyShare"), Count(category, "residents")], await FirstRow(watched.Page, table: 2, from: 5, to: 7));
        Assert.Contains(",", Count(headline, "residents")); // the sample district has tens of thousands of residents
    }

    private static string Count(JsonElement row, string field) => row.GetProperty(field).GetInt64().ToString("N0", CultureInfo.InvariantCulture);

    private static string Percent(JsonElement row, string field) => row.TryGetProperty(field, out var v) && v.ValueKind == JsonValueKind.Number
        ? (v.GetDouble() * 100).ToString("0.0", CultureInfo.InvariantCulture) + "%" : "–";

    private static async Task<List<string>> FirstRow(Microsoft.Playwright.IPage page, int table, int from, int to) =>
        [.. (await page.Locator("table").Nth(table).Locator("tbody tr").First.Locator("td").AllInnerTextsAsync()).Skip(from - 1).Take(to - from + 1).Select(c => c.Trim())];

    private static async Task<List<string>> Column(Microsoft.Playwright.IPage page, int table, int column) =>
        [.. (await page.Locator("table").Nth(table).Locator($"tbody tr td:nth-child({column})").AllInnerTextsAsync()).Select(c => c.Trim())];
}
