using System.Net;
using System.Text.RegularExpressions;

namespace LifeCircle.Pages.Tests.Rendering.Html;

/// <summary>With population=elderly, the chart is titled as the elderly residents' share everywhere: the dashboard's heading, the embed snippet's frame title, the embed page.</summary>
[Collection(PagesCollection.Name)]
public sealed partial class ElderlyShareTitleTests(PagesFixture site)
{
    private const string District = "/api/districts/150303";

    [Theory]
    [InlineData("zh", "老年人占比", "居民占比")]
    [InlineData("en", "Share of elderly residents", "Share of residents")]
    public async Task TheChartHeadingEmbedSnippetAndEmbedPageSayTheElderlyShare(string lang, string elderly, string residents)
    {
        await using var watched = await site.OpenAsync();
        await watched.Page.GotoAsync($"{site.Origin}{District}/dashboard?population=elderly&lang={lang}");

        var heading = await watched.Page.InnerTextAsync("#chart-title");
        Assert.Contains(elderly, heading);
        Assert.DoesNotContain(residents, heading);
        var frame = Frame().Match(await watched.Page.InputValueAsync("#embed-coverage"));
        Assert.True(frame.Success);
        Assert.Contains(elderly, frame.Groups["title"].Value);
        Assert.DoesNotContain(residents, frame.Groups["title"].Value);

        await watched.Page.GotoAsync(WebUtility.HtmlDecode(frame.Groups["src"].Value));
        Assert.Contains(elderly, await watched.Page.InnerTextAsync("h1"));
        Assert.Contains(elderly, await watched.Page.TitleAsync());
        Assert.DoesNotContain(residents, await watched.Page.TitleAsync());
    }

    [GeneratedRegex("src=\"(?<src>[^\"]+)\" title=\"(?<title>[^\"]+)\"")]
    private static partial Regex Frame();
}
