using System.Text.Json;
using LifeCircle.Core.Data;
using LifeCircle.Core.Model;
using LifeCircle.Core.Publishing;
using LifeCircle.LocalHost;
using LifeCircle.Storage;
using LifeCircle.Tests.Shared;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

namespace LifeCircle.Api.Tests;

/// <summary>The sample district published into tables of this fixture's own, served by the real Kestrel host on a free port.</summary>
/// <remarks>Tests that share a fixture only read through the API, so none depends on another's writes.</remarks>
public sealed class ApiHostFixture : IAsyncLifetime
{
    private WebApplication? _app;

    public Dataset Sample { get; } = DatasetFiles.Read(RepositoryPaths.SampleDataset);

    public TableDistrictDataStore Store { get; } = new(TestStorage.Service, TestStorage.NewPrefix());

    public PublishResult Published { get; private set; } = null!;

    public HttpClient Client { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Published = await DatasetPublisher.PublishAsync(Store, Sample);
        _app = LocalApiHost.Build(["--urls", "http://127.0.0.1:0"], new Dictionary<string, string?>
        {
            [$"{StorageSettings.Section}:ConnectionString"] = TestStorage.ConnectionString,
            [$"{StorageSettings.Section}:TablePrefix"] = Store.Tables.Prefix,
            ["Logging:LogLevel:Default"] = "Warning",
        });
        await _app.StartAsync();
        var address = _app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        Client = new HttpClient { BaseAddress = new Uri(address) };
    }

    public async Task DisposeAsync()
    {
        Client.Dispose();
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }

        await Store.DeleteTablesAsync();
    }

    /// <summary>GETs a URL and parses the body as JSON, returning the response too.</summary>
    public async Task<(HttpResponseMessage Response, JsonElement Body)> GetJsonAsync(string url)
    {
        var response = await Client.GetAsync(url);
        var text = await response.Content.ReadAsStringAsync();
        using var doc = JsonDocument.Parse(text.Length == 0 ? "null" : text);
        return (response, doc.RootElement.Clone());
    }
}

[CollectionDefinition(Name)]
public sealed class ApiCollection : ICollectionFixture<ApiHostFixture>
{
    public const string Name = "Sample district API";
}
