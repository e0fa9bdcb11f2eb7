using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace LifeCircle.Pages.Tests.Rendering.Html;

/// <summary>The dashboard's scenario switch with JavaScript: afterwards everything the page says and links is of the scenario chosen.</summary>
[Collection(PagesCollection.Name)]
public sealed class DashboardScenarioSwitchTests(PagesFixture site)
{
    private const string District = "/api/districts/150303";

    [Theory]
    [InlineData("zh", "含规划设施")]
    [InlineData("en", "With planned facilities")]
    public async Task AfterTheSwitchTheHeadingCardsLinksAndEmbedSnippetsAreAllOfThePlannedScenario(string lang, string planned)
    {
        var coverage = await site.GetJsonAsync($"{District}/coverage");
        var headline = coverage.GetProperty("headlines").EnumerateArray()
            .Single(h => h.GetProperty("area").GetString() == "150303" && h.GetProperty("scenario").GetString() == "with-planned");
        await using var watched = await site.OpenAsync();
        await watched.Page.GotoAsync($"{site.Origin}{District}/dashboard?lang={lang}");
        await watched.Page.WaitForSelectorAsync("html[data-ready]", new() { State = WaitForSelectorState.Attached });

        await watched.Page.ClickAsync("a[data-scenario=with-planned]");
        await watched.Page.WaitForURLAsync(new Regex("scenario=with-planned"));
        await watched.Page.WaitForSelectorAsync("html[data-ready]", new() { State = WaitForSelectorState.Attached });

        Assert.Contains(planned, await watched.Page.InnerTextAsync("#cards-title"));
        Assert.Equal(Percent(headline.GetProperty("share").GetDouble()), (await watched.Page.Locator(".card .value").First.InnerTextAsync()).Trim());
        // The images, the map, the other pills and the other language: every link that names a scenario (the switch's own two aside).
        var links = await watched.Page.EvaluateAsync<string[]>("() => [...document.querySelectorAll('a[href*=\"scenario=\"]:not([data-scenario]), a[hreflang]')].map(a => a.href)");
        Assert.True(links.Length > 5, $"the page links its images and other choices: {string.Join(", ", links)}");
        Assert.All(links, href => Assert.Contains("scenario=with-planned", href));
        foreach (var chart in new[] { "coverage", "access" })
        {
            var snippet = await watched.Page.InputValueAsync($"#embed-{chart}");
            Assert.Contains("scenario=with-planned", snippet);
        }

        Assert.Empty(watched.Errors);
    }

    private static string Percent(double share) => (share * 100).ToString("0.0", CultureInfo.InvariantCulture) + "%";
}
