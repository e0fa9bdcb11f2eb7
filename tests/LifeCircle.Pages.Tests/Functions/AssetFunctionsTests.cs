using System.Net;
using System.Text.RegularExpressions;

namespace LifeCircle.Pages.Tests.Functions;

/// <summary>The pages' libraries come from this app, under a versioned path, cached for good, with their licences.</summary>
[Collection(PagesCollection.Name)]
public sealed partial class AssetFunctionsTests(PagesFixture site)
{
    [GeneratedRegex("/api/assets/([0-9a-f]{12})/")]
    private static partial Regex AssetPath();

    private async Task<string> LinkedVersionAsync()
    {
        var page = await (await site.Client.GetAsync("/api/districts/150303/dashboard?f=html")).Content.ReadAsStringAsync();
        return AssetPath().Match(page).Groups[1].Value;
    }

    [Theory]
    [InlineData("leaflet.js", "text/javascript")]
    [InlineData("echarts.js", "text/javascript")]
    [InlineData("leaflet.css", "text/css")]
    [InlineData("pages.js", "text/javascript")]
    [InlineData("LICENSE-echarts.txt", "text/plain")]
    public async Task EveryFileThePagesLoadIsServedHereAndCachedAsImmutable(string file, string mediaType)
    {
        var version = await LinkedVersionAsync();
        using var response = await site.Client.GetAsync($"/api/assets/{version}/{file}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(mediaType, response.Content.Headers.ContentType!.MediaType);
        var cache = response.Headers.CacheControl!;
        Assert.True(cache.Public);
        Assert.Equal(TimeSpan.FromDays(365), cache.MaxAge);
        Assert.Contains(cache.Extensions, e => e.Name == "immutable");
        Assert.True((await response.Content.ReadAsByteArrayAsync()).Length > 500);
    }

    [Fact]
    public async Task AnotherBuildsVersionOrAnUnknownFileIsNotFound()
    {
        var version = await LinkedVersionAsync();
        using var old = await site.Client.GetAsync("/api/assets/000000000000/leaflet.js");
        using var unknown = await site.Client.GetAsync($"/api/assets/{version}/jquery.js");

        Assert.Equal(HttpStatusCode.NotFound, old.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Contains("leaflet.js", await unknown.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task EveryPageNamesTheLibrariesItUsesAndLinksTheirLicences()
    {
        var page = await (await site.Client.GetAsync("/api/districts/150303/collections?f=html&lang=en")).Content.ReadAsStringAsync();
        Assert.Contains("Leaflet 1.9.4 (BSD-2-Clause)", page);
        Assert.Contains("Apache ECharts (simple build) 6.1.0 (Apache-2.0)", page);
        Assert.Matches("/api/assets/[0-9a-f]{12}/LICENSE-leaflet.txt", page);
    }
}
