using System.Net;
using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace LifeCircle.Pages.Tests.Rendering.Html;

/// <summary>The embed snippets the dashboard offers, as a newsroom's page shows them: the frame holds the whole embed, source line included.</summary>
[Collection(PagesCollection.Name)]
public sealed partial class EmbedSnippetTests(PagesFixture site)
{
    private const string District = "/api/districts/150303";

    [Theory]
    [InlineData("coverage", "zh", 360)]
    [InlineData("coverage", "en", 360)]
    [InlineData("coverage", "zh", 1000)]
    [InlineData("coverage", "en", 1000)]
    [InlineData("access", "zh", 360)]
    [InlineData("access", "en", 360)]
    [InlineData("access", "en", 1000)]
    public async Task AnEmbedFitsTheHeightItsSnippetGivesWithoutScrolling(string chart, string lang, int width)
    {
        await using var dashboard = await site.OpenAsync();
        await dashboard.Page.GotoAsync($"{site.Origin}{District}/dashboard?lang={lang}");
        var snippet = await dashboard.Page.InputValueAsync($"#embed-{chart}");
        var frame = Snippet().Match(snippet);
        Assert.True(frame.Success, $"the snippet is an iframe with src and height: {snippet}");
        int height = int.Parse(frame.Groups["height"].Value);

        var context = await site.Browser.NewContextAsync(new() { ViewportSize = new() { Width = width, Height = height } });
        var page = await context.NewPageAsync();
        await page.GotoAsync(WebUtility.HtmlDecode(frame.Groups["src"].Value), new() { WaitUntil = WaitUntilState.NetworkIdle });
        var source = await page.Locator(".source").BoundingBoxAsync();
        int scroll = await page.EvaluateAsync<int>("document.documentElement.scrollHeight");
        await context.CloseAsync();

        Assert.NotNull(source);
        Assert.True(source.Y + source.Height <= height, $"the source line ends at {source.Y + source.Height:0} px, below the frame's {height} px");
        Assert.True(scroll <= height, $"the embed is {scroll} px tall in a {height} px frame");
    }

    [GeneratedRegex("src=\"(?<src>[^\"]+)\".*height=\"(?<height>\\d+)\"")]
    private static partial Regex Snippet();
}
