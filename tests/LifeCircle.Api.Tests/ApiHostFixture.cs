using System.Text.Json;
using LifeCircle.Core.Data;
using LifeCircle.Core.Model;
using LifeCircle.Core.Publishing;
using LifeCircle.Storage;
using LifeCircle.Tests.Shared;

namespace LifeCircle.Api.Tests;

/// <summary>The sample district published into tables of this fixture's own, served by the real Kestrel host on a free port.</summary>
/// <remarks>Tests that share a fixture only read through the API, so none depends on another's writes.</remarks>
public sealed class ApiHostFixture : IAsyncLifetime
{
    private TestApiHost? _host;

    public Dataset Sample { get; } = DatasetFiles.Read(RepositoryPaths.SampleDataset);

    public TableDistrictDataStore Store { get; } = new(TestStorage.Service, TestStorage.NewPrefix());

    public PublishResult Published { get; private set; } = null!;

    public HttpClient Client { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Published = await DatasetPublisher.PublishAsync(Store, Sample);
        _host = await TestApiHost.StartAsync(Store.Tables.Prefix);
        Client = _host.Client;
    }

    public async Task DisposeAsync()
    {
        if (_host is not null)
        {
            await _host.DisposeAsync();
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
