using System.Reflection;

namespace LifeCircle.Api.Http;

/// <summary>Describes a function for the OpenAPI document: tag, summary, description, query parameters and what a 200 carries.</summary>
/// <remarks>Parameter names refer to <see cref="ApiParameters"/>, where each is described once for every operation that takes it.</remarks>
[AttributeUsage(AttributeTargets.Method)]
public sealed class ApiOperationAttribute(string tag, string summary, string description) : Attribute
{
    public string Tag { get; } = tag;

    public string Summary { get; } = summary;

    public string Description { get; } = description;

    /// <summary>Media type of the 200 answer.</summary>
    public string ContentType { get; init; } = ApiResponse.Json;

    /// <summary>Other media types the 200 answer may carry with the same schema (e.g. a chart's PNG beside its SVG, chosen by the path's extension).</summary>
    public string[] AlsoContentTypes { get; init; } = [];

    /// <summary>Name of the response schema in the document's components.</summary>
    public string Schema { get; init; } = "Object";

    /// <summary>Query parameters besides f, by name in <see cref="ApiParameters"/>.</summary>
    public string[] QueryParameters { get; init; } = [];

    /// <summary>The values of f the operation offers, as its handler accepts them; empty where it takes no f (health, files sent as they are).</summary>
    /// <remarks>The document declares exactly these, the 200 answer's media types for html and csv, and lang wherever html is offered (a page's language).</remarks>
    public string[] Formats { get; init; } = ["json", "geojson", "html"];

    /// <summary>Schema of the 503 answer (with Retry-After) of a read that waits on storage or the request budget; null for one that never waits.</summary>
    public string? UnavailableSchema { get; init; } = "Problem";

    /// <summary>Media type of the request body, for operations that take one.</summary>
    public string? RequestContentType { get; init; }

    /// <summary>Name of the request body's schema in the document's components, for JSON bodies.</summary>
    public string? RequestSchema { get; init; }

    /// <summary>Whether the operation takes the queryables of its collection as equality filters.</summary>
    public bool TakesQueryables { get; init; }

    /// <summary>The declaration of a function method, for a handler that checks its request against it.</summary>
    public static ApiOperationAttribute Of<TFunctions>(string method) =>
        typeof(TFunctions).GetMethod(method)?.GetCustomAttribute<ApiOperationAttribute>()
        ?? throw new InvalidOperationException($"{typeof(TFunctions).Name}.{method} has no [ApiOperation].");
}
