using System.Text.Json;
using LifeCircle.Api.Http;
using LifeCircle.Api.Rendering;
using LifeCircle.Core.Operations;
using LifeCircle.Core.Versions;
using LifeCircle.Tests.Shared;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Abstractions;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Logging.Abstractions;

namespace LifeCircle.Api.Tests;

/// <summary>The function classes' shared endpoint over an in-memory store, called directly: no Kestrel, no Azurite.</summary>
public sealed class InMemoryApi
{
    public InMemoryApi(InMemoryDistrictDataStore store, VersionCacheOptions? options = null, AnswerCache? answers = null, IComputedLayers? computed = null)
    {
        Store = store;
        options ??= new VersionCacheOptions();
        Cache = new VersionCache(options);
        Versions = new VersionResolver(store, Cache, options, computed ?? new ComputedLayers());
        Endpoint = new DocumentEndpoint(Versions, new ContentNegotiation([new JsonRenderer()]), NullLogger<DocumentEndpoint>.Instance, answers: answers);
    }

    public InMemoryDistrictDataStore Store { get; }

    public VersionCache Cache { get; }

    public VersionResolver Versions { get; }

    public DocumentEndpoint Endpoint { get; }

    /// <summary>A GET request for a path and query ("?a=1"), with an optional Accept header.</summary>
    public static HttpRequest Get(string pathAndQuery, string? accept = null)
    {
        var context = new DefaultHttpContext();
        var q = pathAndQuery.IndexOf('?');
        context.Request.Method = "GET";
        context.Request.Scheme = "http";
        context.Request.Host = new HostString("api.test");
        context.Request.Path = q < 0 ? pathAndQuery : pathAndQuery[..q];
        context.Request.QueryString = q < 0 ? QueryString.Empty : new QueryString(pathAndQuery[q..]);
        if (accept is not null)
        {
            context.Request.Headers.Accept = accept;
        }

        context.Response.Body = new MemoryStream();
        return context.Request;
    }

    /// <summary>The same, with the response's headers.</summary>
    public static async Task<(int Status, IHeaderDictionary Headers, JsonElement Body)> RunWithHeadersAsync(HttpRequest request, Task<IActionResult> result)
    {
        var (status, _, body) = await RunAsync(request, result);
        return (status, request.HttpContext.Response.Headers, body);
    }

    /// <summary>Writes a function's result into its request's response and reads status, content type and body back.</summary>
    public static async Task<(int Status, string? ContentType, JsonElement Body)> RunAsync(HttpRequest request, Task<IActionResult> result)
    {
        var context = request.HttpContext;
        await (await result).ExecuteResultAsync(new ActionContext(context, new RouteData(), new ActionDescriptor()));
        context.Response.Body.Position = 0;
        var text = await new StreamReader(context.Response.Body).ReadToEndAsync();
        using var json = JsonDocument.Parse(text.Length == 0 ? "null" : text);
        return (context.Response.StatusCode, context.Response.ContentType, json.RootElement.Clone());
    }
}
