using System.Net.Http.Headers;

namespace LifeCircle.Pages.Tests.Rendering.Html;

/// <summary>A language chosen with lang= survives navigation: every page linked from a page opened in that language is in it too, whatever the browser's Accept-Language.</summary>
[Collection(PagesCollection.Name)]
public sealed class LanguageInLinksTests(PagesFixture site)
{
    private const string District = "/api/districts/150303";

    private static readonly string[] Pages =
    [
        "/api", District, District + "/collections", District + "/collections/facilities", District + "/collections/facilities/items?limit=5",
        District + "/collections/facilities/items/bank-001", District + "/coverage", District + "/dashboard",
    ];

    [Theory]
    [InlineData("en", "zh-CN")]
    [InlineData("zh", "en-GB")]
    public async Task EveryPageLinkedFromAPageInTheChosenLanguageIsInThatLanguageToo(string lang, string browser)
    {
        var links = new SortedSet<string>(StringComparer.Ordinal);
        await using (var watched = await site.OpenAsync(browser))
        {
            foreach (var page in Pages)
            {
                await watched.Page.GotoAsync($"{site.Origin}{page}{(page.Contains('?') ? '&' : '?')}lang={lang}");
                // Every link to this host but the language switch, which leads to the other language on purpose.
                var hrefs = await watched.Page.EvaluateAsync<string[]>("() => [...document.querySelectorAll('a[href]:not([hreflang])')].map(a => a.href.split('#')[0])");
                links.UnionWith(hrefs.Where(h => h.StartsWith(site.Origin + "/", StringComparison.Ordinal)));
            }
        }

        var wrong = new List<string>();
        foreach (var link in links)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, link);
            request.Headers.TryAddWithoutValidation("Accept", "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8");
            request.Headers.AcceptLanguage.Add(new StringWithQualityHeaderValue(browser));
            using var response = await site.Client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead);
            if ((int)response.StatusCode >= 400)
            {
                wrong.Add($"{link}: {(int)response.StatusCode}");
            }
            else if (response.Content.Headers.ContentType?.MediaType == "text/html" && await response.Content.ReadAsStringAsync() is var html
                && html.Contains("pages.css", StringComparison.Ordinal) && !html.Contains($"<html lang=\"{(lang == "en" ? "en" : "zh-CN")}\">", StringComparison.Ordinal))
            {
                wrong.Add($"{link}: not in {lang}");
            }
        }

        Assert.True(links.Count > 40, $"the pages link {links.Count} pages and files");
        Assert.True(wrong.Count == 0, string.Join("\n", wrong));
    }
}
