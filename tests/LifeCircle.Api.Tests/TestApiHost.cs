using LifeCircle.LocalHost;
using LifeCircle.Storage;
using LifeCircle.Tests.Shared;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

namespace LifeCircle.Api.Tests;

/// <summary>The real Kestrel host of the function classes on a free port, over the given tables of the test Azurite.</summary>
public sealed class TestApiHost : IAsyncDisposable
{
    private readonly WebApplication _app;

    private TestApiHost(WebApplication app, HttpClient client)
    {
        _app = app;
        Client = client;
    }

    public HttpClient Client { get; }

    public static async Task<TestApiHost> StartAsync(string tablePrefix, IDictionary<string, string?>? settings = null)
    {
        var all = new Dictionary<string, string?>
        {
            [$"{StorageSettings.Section}:ConnectionString"] = TestStorage.ConnectionString,
            [$"{StorageSettings.Section}:TablePrefix"] = tablePrefix,
            ["Logging:LogLevel:Default"] = "Warning",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            all[key] = value;
        }

        var app = LocalApiHost.Build(["--urls", "http://127.0.0.1:0"], all);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new TestApiHost(app, new HttpClient { BaseAddress = new Uri(address) });
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
