using System.Text;
using System.Text.Json;
using LifeCircle.Api.Functions;
using LifeCircle.Core.Data;
using LifeCircle.Core.Model;
using LifeCircle.Core.Publishing;
using LifeCircle.Tests.Shared;
using Microsoft.AspNetCore.Http;

namespace LifeCircle.Api.Tests.Functions;

/// <summary>The Hainan sample published into an in-memory store, with the reach and process functions called directly (no Kestrel, no Azurite).</summary>
public sealed class PlanningApi : IAsyncLifetime
{
    public const string Base = "/api/districts/150303";

    public Dataset Sample { get; } = DatasetFiles.Read(RepositoryPaths.SampleDataset);

    public InMemoryApi Api { get; private set; } = null!;

    public string Version { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        var store = new InMemoryDistrictDataStore();
        Version = (await DatasetPublisher.PublishAsync(store, Sample)).Version.Version;
        Api = new InMemoryApi(store);
    }

    public Task DisposeAsync() => Task.CompletedTask;

    public Task<(int Status, string? ContentType, JsonElement Body)> Reach(string query)
    {
        var req = InMemoryApi.Get($"{Base}/reach{query}");
        return InMemoryApi.RunAsync(req, new ReachFunctions(Api.Endpoint).Get(req, "150303", default));
    }

    public Task<(int Status, string? ContentType, JsonElement Body)> Processes()
    {
        var req = InMemoryApi.Get($"{Base}/processes");
        return InMemoryApi.RunAsync(req, new ProcessFunctions(Api.Endpoint).List(req, "150303", default));
    }

    public Task<(int Status, string? ContentType, JsonElement Body)> Describe(string id)
    {
        var req = InMemoryApi.Get($"{Base}/processes/{id}");
        return InMemoryApi.RunAsync(req, new ProcessFunctions(Api.Endpoint).Describe(req, "150303", id, default));
    }

    public Task<(int Status, string? ContentType, JsonElement Body)> Execute(string id, string body, string contentType = "application/json")
    {
        var context = new DefaultHttpContext();
        context.Request.Method = "POST";
        context.Request.Scheme = "http";
        context.Request.Host = new HostString("api.test");
        context.Request.Path = $"{Base}/processes/{id}/execution";
        context.Request.ContentType = contentType;
        var bytes = Encoding.UTF8.GetBytes(body);
        context.Request.Body = new MemoryStream(bytes);
        context.Request.ContentLength = bytes.Length;
        context.Response.Body = new MemoryStream();
        return InMemoryApi.RunAsync(context.Request, new ProcessFunctions(Api.Endpoint).Execute(context.Request, "150303", id, default));
    }

    /// <summary>The lon/lat of a sample facility, as a "lon,lat" parameter.</summary>
    public static string Point(Facility f) => FormattableString.Invariant($"{f.Location.X},{f.Location.Y}");
}
