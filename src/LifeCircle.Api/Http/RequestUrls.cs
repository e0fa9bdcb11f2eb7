using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Extensions;

namespace LifeCircle.Api.Http;

/// <summary>Builds absolute URLs for links from the request that is being answered.</summary>
public static class RequestUrls
{
    /// <summary>The URL of the request itself.</summary>
    public static string Self(HttpRequest request) => request.GetEncodedUrl();

    /// <summary>The request's URL with one query parameter set (or removed when <paramref name="value"/> is null).</summary>
    public static string WithParameter(HttpRequest request, string name, string? value)
    {
        var query = new QueryBuilder(request.Query
            .Where(kv => kv.Key != name)
            .SelectMany(kv => kv.Value.Select(v => new KeyValuePair<string, string>(kv.Key, v ?? string.Empty))));
        if (value is not null)
        {
            query.Add(name, value);
        }

        return Resolve(request, request.Path.Value ?? "/") + query.ToQueryString();
    }

    /// <summary>An absolute URL on this API for a path relative to the host, e.g. "/api/districts".</summary>
    public static string Resolve(HttpRequest request, string path) =>
        $"{request.Scheme}://{request.Host.ToUriComponent()}{request.PathBase.ToUriComponent()}{path}";
}
