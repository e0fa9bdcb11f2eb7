using System.Globalization;
using System.Text;
using System.Text.Json;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace LifeCircle.Pages.Tests.Rendering.Html;

/// <summary>The dashboard's what-if panel in Chromium, against the coverage-what-if and best-sites processes answering the same inputs directly.</summary>
[Collection(PagesCollection.Name)]
public sealed class WhatIfPanelTests(PagesFixture site)
{
    private const string District = "/api/districts/150303";
    private const string Category = "home-care-station";
    private const string Dashboard = District + "/dashboard?theme=elderly-care&category=" + Category;

    private async Task<WatchedPage> OpenDashboardAsync(string lang = "en")
    {
        var watched = await site.OpenAsync();
        await watched.Page.GotoAsync($"{site.Origin}{Dashboard}&lang={lang}");
        await watched.Page.WaitForSelectorAsync("#what-if[data-ready]", new() { State = WaitForSelectorState.Visible });
        return watched;
    }

    /// <summary>The facilities of the category as the API lists them: (id, lon, lat, status).</summary>
    private async Task<List<(string Id, double Lon, double Lat, string Status)>> FacilitiesAsync()
    {
        var json = await site.GetJsonAsync($"{District}/collections/facilities/items?category={Category}&limit=1000");
        return [.. json.GetProperty("features").EnumerateArray().Select(f => (f.GetProperty("id").GetString()!,
            f.GetProperty("geometry").GetProperty("coordinates")[0].GetDouble(), f.GetProperty("geometry").GetProperty("coordinates")[1].GetDouble(),
            f.GetProperty("properties").GetProperty("status").GetString()!))];
    }

    /// <summary>Runs one of the page's actions, and POSTs the body the page sent to the same process directly.</summary>
    private async Task<JsonElement> RunAndAskTheProcessAsync(IPage page, Func<Task> action, string process, string doneSelector)
    {
        var request = await page.RunAndWaitForRequestAsync(action, r => r.Method == "POST" && r.Url.Contains($"/processes/{process}/execution"));
        await page.WaitForSelectorAsync(doneSelector, new() { State = WaitForSelectorState.Attached });
        using var content = new StringContent(request.PostData!, Encoding.UTF8, "application/json");
        using var response = await site.Client.PostAsync(new Uri(request.Url).PathAndQuery, content);
        response.EnsureSuccessStatusCode();
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();
    }

    private Task<JsonElement> ComputeWhatIfAsync(IPage page) =>
        RunAndAskTheProcessAsync(page, () => page.ClickAsync("#what-if-compute"), "coverage-what-if", "#what-if[data-what-if=done]");

    private static async Task AddByFormAsync(IPage page, double lon, double lat)
    {
        await page.FillAsync("#what-if-point", string.Create(CultureInfo.InvariantCulture, $"{lon},{lat}"));
        await page.PressAsync("#what-if-point", "Enter");
    }

    /// <summary>The what-if table's rows as their cell texts, keyed by area and threshold.</summary>
    private static async Task<Dictionary<(string, int), string[]>> ShownDeltasAsync(IPage page)
    {
        var rows = await page.EvaluateAsync<JsonElement>("""
            () => [...document.querySelectorAll('#what-if-table tbody tr')].map(tr => ({ area: tr.dataset.area, threshold: +tr.dataset.threshold,
              cells: [...tr.querySelectorAll('td')].map(td => td.textContent) }))
            """);
        return rows.EnumerateArray().ToDictionary(r => (r.GetProperty("area").GetString()!, r.GetProperty("threshold").GetInt32()),
            r => r.GetProperty("cells").EnumerateArray().Select(c => c.GetString()!).ToArray());
    }

    /// <summary>The process's rows of the category in the existing scenario, printed as the panel prints them.</summary>
    private static Dictionary<(string, int), string[]> ExpectedDeltas(JsonElement answer) =>
        answer.GetProperty("categories").EnumerateArray()
            .Where(r => r.GetProperty("category").GetString() == Category && r.GetProperty("scenario").GetString() == "existing")
            .ToDictionary(r => (r.GetProperty("area").GetString()!, r.GetProperty("threshold").GetInt32()), r => new[]
            {
                r.GetProperty("threshold").GetInt32().ToString(CultureInfo.InvariantCulture),
                Fixed(r, "residentsCoveredBefore", 0), Fixed(r, "residentsCovered", 0), Signed(r, "residentsCoveredChange", 0),
                Fixed(r, "elderlyCoveredBefore", 1), Fixed(r, "elderlyCovered", 1), Signed(r, "elderlyCoveredChange", 1),
            });

    private static string Fixed(JsonElement e, string name, int digits) =>
        e.GetProperty(name).GetDouble() is var v && v == 0 ? 0.0.ToString("F" + digits, CultureInfo.InvariantCulture) : v.ToString("F" + digits, CultureInfo.InvariantCulture);

    private static string Signed(JsonElement e, string name, int digits) => (e.GetProperty(name).GetDouble() > 0 ? "+" : "") + Fixed(e, name, digits);

    [Fact]
    public async Task AFacilityAddedWhereOneOfTheCategoryStandsChangesNoResidentAndNoElderlyCount()
    {
        var standing = (await FacilitiesAsync()).First(f => f.Status == "existing");
        await using var watched = await OpenDashboardAsync();
        await AddByFormAsync(watched.Page, standing.Lon, standing.Lat);
        Assert.Equal(1, await watched.Page.Locator("#access-map path.proposed-site").CountAsync());

        var answer = await ComputeWhatIfAsync(watched.Page);
        var shown = await ShownDeltasAsync(watched.Page);

        Assert.Equal(ExpectedDeltas(answer), shown);
        Assert.True(shown.Count >= 3, "every area at every threshold is listed");
        Assert.All(shown.Values, cells => Assert.Equal(("0", "0.0"), (cells[3], cells[6])));
        Assert.Contains(site.Published.Version.Version, await watched.Page.InnerTextAsync("#what-if-table caption"));
        Assert.Empty(watched.Errors);
        Assert.Empty(watched.Outside);
    }

    [Fact]
    public async Task AFacilityAddedByClickingAnUncoveredPlaceShowsTheDeltasTheProcessGivesForTheSameInputs()
    {
        var access = await site.GetJsonAsync($"{District}/collections/access/items?category={Category}&limit=10000");
        // A block drawn with its outline: the map opens on those (the villages, points far outside them, need a zoom out).
        var far = access.GetProperty("features").EnumerateArray()
            .Where(f => f.GetProperty("geometry").GetProperty("type").GetString() is "Polygon" or "MultiPolygon")
            .Where(f => f.GetProperty("properties").GetProperty("minutes_existing") is var m && (m.ValueKind == JsonValueKind.Null || m.GetDouble() > 15))
            .OrderByDescending(f => f.GetProperty("properties").GetProperty("population").GetDouble())
            .Select(f => Centre(f.GetProperty("geometry"))).First();
        await using var watched = await OpenDashboardAsync();
        await watched.Page.Locator("#access-map").ScrollIntoViewIfNeededAsync();
        var at = await watched.Page.EvaluateAsync<JsonElement>("p => { const q = document.getElementById('access-map').lifecircleMap.latLngToContainerPoint([p[1], p[0]]); return [q.x, q.y]; }", new[] { far.Lon, far.Lat });
        await watched.Page.Locator("#access-map").ClickAsync(new() { Position = new() { X = at[0].GetSingle(), Y = at[1].GetSingle() } });
        Assert.Equal(1, await watched.Page.Locator("#what-if-changes li").CountAsync());

        var answer = await ComputeWhatIfAsync(watched.Page);
        var shown = await ShownDeltasAsync(watched.Page);

        Assert.Equal(ExpectedDeltas(answer), shown);
        Assert.Contains(shown.Values, cells => cells[3] != "0");
        Assert.Empty(watched.Errors);
        Assert.Empty(watched.Outside);
    }

    [Fact]
    public async Task AnExistingFacilityClosedByClickingItsMarkerIsSentAsARemovalAndShowsTheProcessDeltas()
    {
        var existing = (await FacilitiesAsync()).Where(f => f.Status == "existing").Select(f => f.Id).ToHashSet();
        await using var watched = await OpenDashboardAsync();
        await watched.Page.Locator("#access-map").ScrollIntoViewIfNeededAsync();
        await watched.Page.Locator("#access-map path.existing-site").First.ClickAsync(new() { Force = true });
        Assert.Equal(1, await watched.Page.Locator("#access-map path.removed-site").CountAsync());

        var answer = await ComputeWhatIfAsync(watched.Page);
        var shown = await ShownDeltasAsync(watched.Page);

        var removed = Assert.Single(answer.GetProperty("removed").EnumerateArray()).GetString()!;
        Assert.Contains(removed, existing);
        Assert.Equal(0, answer.GetProperty("added").GetArrayLength());
        Assert.Equal(ExpectedDeltas(answer), shown);
        Assert.DoesNotContain(shown.Values, cells => cells[3].StartsWith('+') || cells[6].StartsWith('+'));
        Assert.Empty(watched.Errors);
        Assert.Empty(watched.Outside);
    }

    [Fact]
    public async Task AFacilityChosenFromTheListByKeyboardAloneIsSentAsARemoval()
    {
        var existing = (await FacilitiesAsync()).Where(f => f.Status == "existing").Select(f => f.Id).ToList();
        await using var watched = await OpenDashboardAsync();
        var choice = existing[existing.Count / 2];
        Assert.Equal(existing.Count + (await FacilitiesAsync()).Count(f => f.Status != "existing"), await watched.Page.Locator("#what-if-facility option").CountAsync());

        await watched.Page.FocusAsync("#what-if-facility");
        await watched.Page.SelectOptionAsync("#what-if-facility", choice);
        await watched.Page.Keyboard.PressAsync("Tab");
        Assert.Equal("what-if-close", await watched.Page.EvaluateAsync<string>("document.activeElement.form && document.activeElement.form.id"));
        await watched.Page.Keyboard.PressAsync("Enter");
        Assert.Equal(1, await watched.Page.Locator("#access-map path.removed-site").CountAsync());

        var answer = await ComputeWhatIfAsync(watched.Page);
        Assert.Equal(choice, Assert.Single(answer.GetProperty("removed").EnumerateArray()).GetString());
        Assert.Empty(watched.Errors);
    }

    /// <summary>The mean of a block's outer ring (or the point of a point block).</summary>
    private static (double Lon, double Lat) Centre(JsonElement geometry)
    {
        var c = geometry.GetProperty("coordinates");
        var ring = geometry.GetProperty("type").GetString() switch
        {
            "Point" => [c],
            "Polygon" => c[0].EnumerateArray().ToList(),
            _ => c[0][0].EnumerateArray().ToList(),
        };
        return (ring.Average(p => p[0].GetDouble()), ring.Average(p => p[1].GetDouble()));
    }

    [Fact]
    public async Task BestSitesDrawsExactlyKChosenSitesBesideThePlannedOnesWithTheProcessFigures()
    {
        var planned = (await FacilitiesAsync()).Count(f => f.Status != "existing");
        await using var watched = await OpenDashboardAsync();
        Assert.Equal(planned.ToString(CultureInfo.InvariantCulture), await watched.Page.InputValueAsync("#best-sites-k"));
        Assert.Equal(planned, await watched.Page.Locator("#access-map path.planned-site").CountAsync());

        var answer = await RunAndAskTheProcessAsync(watched.Page, () => watched.Page.ClickAsync("#best-sites-form button[type=submit]"), "best-sites", "#what-if[data-best-sites=done]");

        int k = answer.GetProperty("k").GetInt32();
        Assert.Equal(planned, k);
        Assert.Equal(k, answer.GetProperty("sites").GetArrayLength());
        Assert.Equal(k, await watched.Page.Locator("#access-map path.best-site").CountAsync());
        Assert.Equal(k, await watched.Page.Locator("#best-sites-list tbody tr").CountAsync());
        var shown = await watched.Page.EvaluateAsync<Dictionary<string, string>>(
            "() => Object.fromEntries([...document.querySelectorAll('#best-sites-result [data-field]')].map(e => [e.dataset.field, e.textContent]))");
        string Field(string name) => shown[name];
        foreach (var (field, json) in new[] { ("chosen.before", answer.GetProperty("chosen").GetProperty("before")), ("chosen.after", answer.GetProperty("chosen").GetProperty("after")),
            ("planned.after", answer.GetProperty("planned").GetProperty("after")), ("optimumAtMost", answer.GetProperty("optimumAtMost")), ("total", answer.GetProperty("total")) })
        {
            Assert.Equal(json.GetDouble().ToString("F1", CultureInfo.InvariantCulture), Field(field));
        }

        Assert.Equal(answer.GetProperty("planned").GetProperty("sites").GetInt32().ToString(CultureInfo.InvariantCulture), Field("planned.sites"));
        Assert.Equal((answer.GetProperty("gainShareOfOptimumAtLeast").GetDouble() * 100).ToString("F1", CultureInfo.InvariantCulture) + "%", Field("gainShareOfOptimumAtLeast"));
        Assert.Contains(answer.GetProperty("solver").GetString() == "exhaustive" ? "Exhaustive" : "1 − 1/e", Field("guarantee"));
        Assert.Empty(watched.Errors);
        Assert.Empty(watched.Outside);
    }

    [Theory]
    [InlineData("zh")]
    [InlineData("en")]
    public async Task TheDashboardWithThePanelOpenAndAnsweredHasNoSeriousAccessibilityViolation(string lang)
    {
        var closing = (await FacilitiesAsync()).First(f => f.Status == "existing");
        await using var watched = await OpenDashboardAsync(lang);
        await AddByFormAsync(watched.Page, closing.Lon + 0.002, closing.Lat);
        await watched.Page.ClickAsync("#what-if-compute");
        await watched.Page.WaitForSelectorAsync("#what-if[data-what-if=done]", new() { State = WaitForSelectorState.Attached });
        await watched.Page.ClickAsync("#best-sites-form button[type=submit]");
        await watched.Page.WaitForSelectorAsync("#what-if[data-best-sites=done]", new() { State = WaitForSelectorState.Attached });

        var axe = await watched.Page.RunAxe();
        var serious = axe.Violations.Where(v => v.Impact is "serious" or "critical").Select(v => $"{v.Id}: {v.Help} ({v.Nodes.Length} nodes, e.g. {v.Nodes.FirstOrDefault()?.Html})").ToList();
        Assert.Empty(serious);
        Assert.Empty(watched.Errors);
        Assert.Empty(watched.Outside);
    }

    [Fact]
    public async Task WithoutJavaScriptThePanelIsHiddenAndSaysItNeedsJavaScript()
    {
        var context = await site.Browser.NewContextAsync(new() { JavaScriptEnabled = false });
        var page = await context.NewPageAsync();
        await page.GotoAsync($"{site.Origin}{Dashboard}&lang=en");

        Assert.False(await page.Locator("#what-if").IsVisibleAsync());
        Assert.Contains("The what-if panel needs JavaScript", await page.InnerTextAsync("main"));
        await context.CloseAsync();
    }
}
