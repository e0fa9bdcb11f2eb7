using Microsoft.Playwright;

namespace LifeCircle.Pages.Tests.Rendering.Html;

/// <summary>The queryables page, where filters are written: each property's code beside its name and description in the page's language, its values named, readable on a phone.</summary>
[Collection(PagesCollection.Name)]
public sealed class QueryablesPageTests(PagesFixture site)
{
    private const string District = "/api/districts/150303";

    [Theory]
    [InlineData("zh", "可查询属性：服务设施", "中文名称。")]
    [InlineData("en", "Queryable properties: Facilities", "Name in Chinese.")]
    public async Task ThePropertiesAreDescribedInThePagesLanguageAsTheFeaturePageDescribesThem(string lang, string heading, string nameZh)
    {
        await using var watched = await site.OpenAsync();
        await watched.Page.GotoAsync($"{site.Origin}{District}/collections/facilities/queryables?lang={lang}");

        Assert.Equal(heading, (await watched.Page.InnerTextAsync("h1")).Trim());
        var row = watched.Page.Locator("tbody tr", new() { Has = watched.Page.Locator("th code", new() { HasText = "name_zh" }) });
        Assert.Contains(nameZh, await row.InnerTextAsync());
        Assert.Contains(lang == "zh" ? "中文名称" : "Chinese name", await row.Locator("td").First.InnerTextAsync());

        // The same description the feature page gives the property.
        await watched.Page.GotoAsync($"{site.Origin}{District}/collections/facilities/items/bank-001?lang={lang}");
        Assert.Contains(nameZh, await watched.Page.Locator("tr[data-property='name_zh'] th").InnerTextAsync());
    }

    [Fact]
    public async Task TheValuesOfACodeAreNamedCategoriesAndCommunitiesAlike()
    {
        await using var watched = await site.OpenAsync();
        await watched.Page.GotoAsync($"{site.Origin}{District}/collections/facilities/queryables?lang=zh");

        var values = await watched.Page.Locator("ul.values li").AllTextContentsAsync();
        Assert.Contains("bank 银行营业网点", values);
        Assert.Contains("150303001008 华苑社区", values);
        Assert.Contains("existing 现状", values);
    }

    [Theory]
    [InlineData("zh")]
    [InlineData("en")]
    public async Task OnAPhoneNoRowIsTallerThanTheScreenAndEveryDescriptionIsInView(string lang)
    {
        var context = await site.Browser.NewContextAsync(new() { ViewportSize = new() { Width = 360, Height = 740 } });
        var page = await context.NewPageAsync();
        await page.GotoAsync($"{site.Origin}{District}/collections/facilities/queryables?lang={lang}");

        var rows = await page.EvaluateAsync<double[]>("() => [...document.querySelectorAll('main tbody tr')].map(r => r.getBoundingClientRect().height)");
        var outside = await page.EvaluateAsync<int>("() => [...document.querySelectorAll('main tbody td')].filter(c => c.getBoundingClientRect().right > 360).length");
        int wide = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth");
        await context.CloseAsync();

        Assert.True(rows.Max() < 740, $"the tallest row is {rows.Max():0} px");
        Assert.Equal(0, outside);
        Assert.True(wide <= 360, $"the page is {wide} px wide");
    }
}
