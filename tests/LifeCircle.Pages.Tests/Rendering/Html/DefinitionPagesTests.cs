using System.Net;
using Microsoft.Playwright;

namespace LifeCircle.Pages.Tests.Rendering.Html;

/// <summary>The definition pages (themes, categories, circles, processes) are tables and lists a reader can use, not JSON dumps: names in both languages, levels, tiers, links.</summary>
[Collection(PagesCollection.Name)]
public sealed class DefinitionPagesTests(PagesFixture site)
{
    private const string District = "/api/districts/150303";

    [Theory]
    [InlineData("/themes", "zh", "主题（专题生活圈）")]
    [InlineData("/themes", "en", "Themes (themed circles)")]
    [InlineData("/categories", "zh", "设施类别")]
    [InlineData("/categories", "en", "Facility categories")]
    [InlineData("/circles", "zh", "一刻钟社区生活圈")]
    [InlineData("/processes", "zh", "规划计算")]
    [InlineData("/processes", "en", "Planning processes")]
    [InlineData("/processes/best-sites", "zh", "最佳选址")]
    [InlineData("/processes/coverage-what-if", "en", "Coverage what-if")]
    public async Task EachDefinitionPageIsHeadedInItsLanguageAndShowsNoJsonDump(string path, string lang, string heading)
    {
        await using var watched = await site.OpenAsync();
        await watched.Page.GotoAsync($"{site.Origin}{District}{path}?lang={lang}");

        Assert.StartsWith(heading, (await watched.Page.InnerTextAsync("h1")).Trim());
        Assert.StartsWith(heading, await watched.Page.TitleAsync());
        Assert.Equal(0, await watched.Page.Locator("pre.json").CountAsync());
        Assert.Empty(watched.Errors);
    }

    [Theory]
    [InlineData("zh")]
    [InlineData("en")]
    public async Task TheThemesPageListsEveryCategoryWithBothNamesItsLevelAndTierAndLinksToItsFacilities(string lang)
    {
        var themes = await site.GetJsonAsync($"{District}/themes");
        var elderly = themes.GetProperty("themes").EnumerateArray().Single(t => t.GetProperty("id").GetString() == "elderly-care");

        await using var watched = await site.OpenAsync();
        await watched.Page.GotoAsync($"{site.Origin}{District}/themes?lang={lang}");

        var section = watched.Page.Locator("section#elderly-care");
        Assert.Contains(elderly.GetProperty("name").GetProperty(lang).GetString()!, await section.Locator("h2").InnerTextAsync());
        Assert.Contains(elderly.GetProperty("leadBureau").GetProperty(lang).GetString()!, await section.InnerTextAsync());
        var rows = section.Locator("tbody tr");
        Assert.Equal(elderly.GetProperty("categories").GetArrayLength(), await rows.CountAsync());
        foreach (var (category, i) in elderly.GetProperty("categories").EnumerateArray().Select((c, i) => (c, i)))
        {
            var row = rows.Nth(i);
            var text = await row.InnerTextAsync();
            Assert.Contains(category.GetProperty("name").GetProperty("zh").GetString()!, text);
            Assert.Contains(category.GetProperty("name").GetProperty("en").GetString()!, text);
            Assert.Contains($"{category.GetProperty("walkingMinutes").GetInt32()} {(lang == "zh" ? "分钟" : "minutes")}", text);
            Assert.Contains(category.GetProperty("tier").GetString() == "basic" ? (lang == "zh" ? "基础保障" : "basic") : (lang == "zh" ? "品质提升" : "quality"), text);
            var href = await row.Locator("th a").GetAttributeAsync("href");
            Assert.EndsWith($"/collections/facilities/items?limit=100&category={category.GetProperty("code").GetString()}&lang={lang}", href);
        }
    }

    [Fact]
    public async Task TheCirclesPageNamesTheMemberCommunitiesAndResidents()
    {
        var circles = await site.GetJsonAsync($"{District}/circles");
        var north = circles.GetProperty("circles").EnumerateArray().First();
        var member = north.GetProperty("communities")[0].GetString()!;
        var community = await site.GetJsonAsync($"{District}/collections/areas/items/{member}");

        await using var watched = await site.OpenAsync();
        await watched.Page.GotoAsync($"{site.Origin}{District}/circles?lang=zh");

        var first = watched.Page.Locator("main section").First;
        var text = await first.InnerTextAsync();
        Assert.Contains(north.GetProperty("name_zh").GetString()!, text);
        Assert.Contains(north.GetProperty("population").GetInt32().ToString("N0", System.Globalization.CultureInfo.InvariantCulture), text);
        Assert.Contains(community.GetProperty("properties").GetProperty("name_zh").GetString()!, text);
        Assert.DoesNotContain(member, text); // the community by name, its code only in the link
    }

    [Fact]
    public async Task AProcessPageExplainsEachInputInChineseWithItsAllowedValuesNamed()
    {
        var description = await site.GetJsonAsync($"{District}/processes/best-sites");
        var inputs = description.GetProperty("inputs").EnumerateObject().Select(i => i.Name).ToList();

        await using var watched = await site.OpenAsync();
        await watched.Page.GotoAsync($"{site.Origin}{District}/processes/best-sites?lang=zh");

        var codes = (await watched.Page.Locator("main table tbody th code").AllInnerTextsAsync()).Select(c => c.Trim()).ToList();
        Assert.Equal(inputs, codes);
        var descriptions = await watched.Page.Locator("main table tbody td:nth-child(2)").AllInnerTextsAsync();
        Assert.All(descriptions, d => Assert.Matches(@"\p{IsCJKUnifiedIdeographs}", d));
        Assert.Contains("home-care-station 社区居家养老服务站", await watched.Page.Locator("main table tbody tr").First.TextContentAsync()); // category values by name
        Assert.Contains("POST " + site.Origin + District + "/processes/best-sites/execution", await watched.Page.InnerTextAsync("main"));
    }

    [Fact]
    public async Task AnExecutionResultAskedForAsHtmlIsStillShown()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, $"{District}/processes/best-sites/execution?f=html")
        {
            Content = new StringContent("""{"inputs":{"category":"home-care-station","k":1}}""", System.Text.Encoding.UTF8, "application/json"),
        };
        var response = await site.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("<pre class=\"json\">", html);
        Assert.Contains("best-sites", html);
    }
}
