using System.Text.Json;
using Microsoft.Playwright;

namespace LifeCircle.Pages.Tests.Rendering.Html;

/// <summary>A feature's page reads as a person would say it: its name, and the names behind its codes, in the page's language (the codes are on the queryables page, where filters are written).</summary>
[Collection(PagesCollection.Name)]
public sealed class FeaturePageTests(PagesFixture site)
{
    private const string District = "/api/districts/150303";

    [Theory]
    [InlineData("zh")]
    [InlineData("en")]
    public async Task AFacilityPageIsHeadedByItsNameAndNamesItsCategoryThemesAndCommunity(string lang)
    {
        var feature = await site.GetJsonAsync($"{District}/collections/facilities/items/bank-001");
        var properties = feature.GetProperty("properties");
        string category = properties.GetProperty("category").GetString()!, community = properties.GetProperty("community").GetString()!;
        var themes = properties.GetProperty("themes").EnumerateArray().Select(t => t.GetString()!).ToList();
        var catalogue = await site.GetJsonAsync($"{District}/themes");
        var area = await site.GetJsonAsync($"{District}/collections/areas/items/{community}");

        await using var watched = await site.OpenAsync();
        await watched.Page.GotoAsync($"{site.Origin}{District}/collections/facilities/items/bank-001?lang={lang}");

        Assert.Equal(properties.GetProperty($"name_{lang}").GetString(), (await watched.Page.Locator("h1").InnerTextAsync()).Trim());
        Assert.Equal(Name(CategoryNamed(catalogue, category), lang), await Cell(watched.Page, "category"));
        Assert.Equal(
            string.Join(lang == "zh" ? "、" : ", ", themes.Select(t => Name(catalogue.GetProperty("themes").EnumerateArray().Single(x => x.GetProperty("id").GetString() == t).GetProperty("name"), lang))),
            await Cell(watched.Page, "themes"));
        Assert.Equal(area.GetProperty("properties").GetProperty($"name_{lang}").GetString(), await Cell(watched.Page, "community"));
        Assert.Equal("", await Cell(watched.Page, "address")); // a value the data does not know stays empty, not "null"
        Assert.Equal(("existing", "illustrative"), (properties.GetProperty("status").GetString(), properties.GetProperty("provenance").GetString()));
        Assert.Equal(lang == "zh" ? "现状" : "existing", await Cell(watched.Page, "status"));
        Assert.Equal(lang == "zh" ? "示意" : "illustrative", await Cell(watched.Page, "provenance"));
    }

    [Fact]
    public async Task TheItemsTableNamesTheCategoryOfEachRowAndDescribesItsColumns()
    {
        var page = await site.GetJsonAsync($"{District}/collections/facilities/items?limit=5");
        var catalogue = await site.GetJsonAsync($"{District}/themes");

        await using var watched = await site.OpenAsync();
        await watched.Page.GotoAsync($"{site.Origin}{District}/collections/facilities/items?limit=5&lang=zh");

        var headers = await watched.Page.Locator("table thead th").AllInnerTextsAsync();
        int column = headers.ToList().IndexOf("设施类别"); // the column's name, not the property code
        Assert.True(column > 0, string.Join("|", headers));
        Assert.Equal("category", await watched.Page.Locator("table thead th").Nth(column).GetAttributeAsync("data-property"));
        Assert.False(string.IsNullOrEmpty(await watched.Page.Locator("table thead th").Nth(column).GetAttributeAsync("title")));
        var cells = await watched.Page.Locator($"table tbody tr td:nth-child({column + 1})").AllInnerTextsAsync();
        var codes = page.GetProperty("features").EnumerateArray().Select(f => f.GetProperty("properties").GetProperty("category").GetString()!).ToList();
        Assert.Equal(codes.Select(c => Name(CategoryNamed(catalogue, c), "zh")), cells.Select(c => c.Trim()));
    }

    private static JsonElement CategoryNamed(JsonElement catalogue, string code) =>
        catalogue.GetProperty("themes").EnumerateArray().SelectMany(t => t.GetProperty("categories").EnumerateArray())
            .First(c => c.GetProperty("code").GetString() == code).GetProperty("name");

    private static string Name(JsonElement names, string lang) => names.GetProperty(lang).GetString()!;

    private static async Task<string> Cell(IPage page, string property) =>
        (await page.Locator($"tr[data-property='{property}'] td").InnerTextAsync()).Trim();
}
