using Microsoft.Playwright;

namespace LifeCircle.Pages.Tests.Rendering.Html;

/// <summary>
/// The items and feature maps show something a reader can place: the streets and community boundaries around the features (no basemap is
/// configured by default), a feature's name on its own map, its coordinates, and the access and gaps blocks coloured by walking minutes.
/// </summary>
[Collection(PagesCollection.Name)]
public sealed class ItemMapsTests(PagesFixture site)
{
    private const string District = "/api/districts/150303";

    [Theory]
    [InlineData("zh", "华苑社区银行营业网点")]
    [InlineData("en", "Huayuan Community bank branch")]
    public async Task AFacilitysMapNamesItAmongItsStreetsAndCommunityAndThePageGivesItsCoordinates(string lang, string name)
    {
        var feature = await site.GetJsonAsync($"{District}/collections/facilities/items/bank-001");
        var coordinates = feature.GetProperty("geometry").GetProperty("coordinates");
        await using var watched = await site.OpenAsync();
        await watched.Page.GotoAsync($"{site.Origin}{District}/collections/facilities/items/bank-001?lang={lang}", new() { WaitUntil = WaitUntilState.NetworkIdle });

        // Streets and community boundaries, read from the district's own layers after the feature is drawn.
        await watched.Page.WaitForFunctionAsync("() => document.querySelectorAll('#map .leaflet-context-pane path').length > 20");
        Assert.Equal(0, await watched.Page.Locator("#map .leaflet-context-pane path.leaflet-interactive").CountAsync());
        Assert.Contains(name, await watched.Page.Locator("#map .leaflet-tooltip-pane").InnerTextAsync());
        Assert.Equal(
            $"{coordinates[0].GetDouble().ToString("0.######", System.Globalization.CultureInfo.InvariantCulture)}, {coordinates[1].GetDouble().ToString("0.######", System.Globalization.CultureInfo.InvariantCulture)}",
            await watched.Page.InnerTextAsync("#coordinates"));
        Assert.Contains(name, await watched.Page.Locator("section.map-box").GetAttributeAsync("aria-label"));
        Assert.Empty(watched.Errors);
    }

    [Fact]
    public async Task TheAccessMapColoursEachBlockByItsMinutesAndOpensOnTheBlocksNotTheVillages()
    {
        const string Url = $"{District}/collections/access/items?category=home-care-station&limit=200";
        var json = await site.GetJsonAsync(Url);
        var expected = json.GetProperty("features").EnumerateArray()
            .Select(f => f.GetProperty("properties").GetProperty("minutes_existing") is { ValueKind: System.Text.Json.JsonValueKind.Number } m ? m.GetDouble() : (double?)null)
            .Select(m => m is null ? "#d7191c" : m <= 5 ? "#1a9641" : m <= 10 ? "#a6d96a" : m <= 15 ? "#fdae61" : "#d7191c")
            .GroupBy(c => c).ToDictionary(g => g.Key, g => g.Count());

        await using var watched = await site.OpenAsync();
        await watched.Page.GotoAsync($"{site.Origin}{Url}&lang=zh&f=html");
        await watched.Page.WaitForSelectorAsync("#map[data-drawn]", new() { State = WaitForSelectorState.Attached });

        var fills = (await watched.Page.Locator("#map .leaflet-overlay-pane path.leaflet-interactive").EvaluateAllAsync<string[]>("ps => ps.map(p => p.getAttribute('fill'))"))
            .GroupBy(c => c).ToDictionary(g => g.Key, g => g.Count());
        Assert.Equal(expected, fills.Where(f => f.Key is not null && expected.ContainsKey(f.Key)).ToDictionary(f => f.Key, f => f.Value));
        Assert.True(expected.Count >= 3, "the blocks fall into several classes");
        // Opened on the urban blocks, every one in view, rather than on the whole district with its far villages (points).
        var view = await watched.Page.EvaluateAsync<int[]>("""
            () => {
              const b = document.getElementById('map').lifecircleMap.getBounds().pad(0.02);
              const features = JSON.parse(document.getElementById('features').textContent).features;
              const blocks = features.filter(f => f.geometry.type !== 'Point');
              const villages = features.filter(f => f.geometry.type === 'Point');
              return [blocks.length, blocks.filter(f => b.contains(L.geoJSON(f).getBounds())).length, villages.filter(f => !b.contains(L.latLng(f.geometry.coordinates[1], f.geometry.coordinates[0]))).length];
            }
            """);
        Assert.Equal(view[0], view[1]);
        Assert.True(view[2] > 0, "the far villages are not what the map opens on");
        Assert.Contains("≤ 5", await watched.Page.InnerTextAsync("section.map-box .legend"));
    }

    [Fact]
    public async Task AnAccessPageWithoutACategoryOffersEachCategory()
    {
        await using var watched = await site.OpenAsync();
        await watched.Page.GotoAsync($"{site.Origin}{District}/collections/access/items?lang=zh");

        var link = watched.Page.Locator("details.pick a", new() { HasText = "社区居家养老服务站" });
        Assert.EndsWith("?category=home-care-station&limit=200&lang=zh", await link.GetAttributeAsync("href"));
        await link.ClickAsync();
        await watched.Page.WaitForSelectorAsync("#map[data-drawn]", new() { State = WaitForSelectorState.Attached });
        Assert.True(int.Parse(await watched.Page.GetAttributeAsync("#map", "data-drawn") ?? "0", System.Globalization.CultureInfo.InvariantCulture) > 100);
    }

    [Fact]
    public async Task EveryPageHasAnIconThatLoads()
    {
        await using var watched = await site.OpenAsync();
        await watched.Page.GotoAsync($"{site.Origin}{District}/collections/facilities/items?lang=zh");

        var icon = await watched.Page.Locator("link[rel=icon]").GetAttributeAsync("href");
        var response = await site.Client.GetAsync(new Uri(new Uri(site.Origin), icon));
        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("image/svg+xml", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("放大", await watched.Page.GetAttributeAsync("#map .leaflet-control-zoom-in", "title"));
    }
}
