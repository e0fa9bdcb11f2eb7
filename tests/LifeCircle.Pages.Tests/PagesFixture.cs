using System.Text.Json;
using LifeCircle.Core.Data;
using LifeCircle.Core.Publishing;
using LifeCircle.LocalHost;
using LifeCircle.Storage;
using LifeCircle.Tests.Shared;
using Microsoft.AspNetCore.Builder;
using Microsoft.Playwright;

namespace LifeCircle.Pages.Tests;

/// <summary>The sample district on tables of its own, served by the Kestrel host on a free port, and Debian's Chromium to look at it.</summary>
public sealed class PagesFixture : IAsyncLifetime
{
    private WebApplication? _app;
    private IPlaywright? _playwright;

    public TableDistrictDataStore Store { get; } = new(TestStorage.Service, TestStorage.NewPrefix());

    public PublishResult Published { get; private set; } = null!;

    /// <summary>The host's address, e.g. http://127.0.0.1:40123 (no trailing slash).</summary>
    public string Origin { get; private set; } = "";

    public HttpClient Client { get; private set; } = null!;

    public IBrowser Browser { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Published = await DatasetPublisher.PublishAsync(Store, DatasetFiles.Read(RepositoryPaths.SampleDataset));
        _app = LocalApiHost.Build(["--urls", "http://127.0.0.1:0"], new Dictionary<string, string?>
        {
            [$"{StorageSettings.Section}:ConnectionString"] = TestStorage.ConnectionString,
            [$"{StorageSettings.Section}:TablePrefix"] = Store.Tables.Prefix,
            ["Logging:LogLevel:Default"] = "Warning",
        });
        await _app.StartAsync();
        Origin = _app.Urls.First().TrimEnd('/'); // once started, the address Kestrel bound (port 0 becomes a free port)
        Client = new HttpClient { BaseAddress = new Uri(Origin) };
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new() { ExecutablePath = "/usr/bin/chromium", Headless = true, Args = ["--no-sandbox"] });
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.CloseAsync();
        }

        _playwright?.Dispose();
        Client?.Dispose();
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }

        await Store.DeleteTablesAsync();
    }

    /// <summary>GETs a URL as an API client would (no Accept) and parses the JSON.</summary>
    public async Task<JsonElement> GetJsonAsync(string url)
    {
        using var response = await Client.GetAsync(url);
        response.EnsureSuccessStatusCode();
        using var doc = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return doc.RootElement.Clone();
    }

    /// <summary>A new browser page that refuses (and records) every request not to 127.0.0.1, and records console errors.</summary>
    public async Task<WatchedPage> OpenAsync(string? locale = null)
    {
        var context = await Browser.NewContextAsync(new() { Locale = locale, ViewportSize = new() { Width = 1280, Height = 900 } });
        var watched = new WatchedPage(context, await context.NewPageAsync());
        await context.RouteAsync("**/*", async route =>
        {
            if (new Uri(route.Request.Url).Host != "127.0.0.1")
            {
                watched.Outside.Add(route.Request.Url);
                await route.AbortAsync();
                return;
            }

            await route.ContinueAsync();
        });
        watched.Page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                watched.Errors.Add(message.Text);
            }
        };
        watched.Page.PageError += (_, error) => watched.Errors.Add(error);
        watched.Page.Response += (_, response) =>
        {
            if (response.Status >= 400)
            {
                watched.Errors.Add($"HTTP {response.Status} {response.Url}");
            }
        };
        return watched;
    }
}

/// <summary>A browser page with what it tried to fetch outside 127.0.0.1 and the errors its console showed.</summary>
public sealed class WatchedPage(IBrowserContext context, IPage page) : IAsyncDisposable
{
    public IPage Page { get; } = page;

    public List<string> Outside { get; } = [];

    public List<string> Errors { get; } = [];

    public ValueTask DisposeAsync() => new(context.CloseAsync());
}

[CollectionDefinition(Name)]
public sealed class PagesCollection : ICollectionFixture<PagesFixture>
{
    public const string Name = "Sample district pages in Chromium";
}
