namespace LifeCircle.Core.Requests;

/// <summary>What an operation knows of the request it answers: where the API is, which resource was asked for, and the query.</summary>
/// <param name="Root">The absolute URL of the API's host and path base, e.g. "https://example.org" (routes start with /api).</param>
/// <param name="Path">The request path, e.g. "/api/districts/150303/collections".</param>
/// <param name="Self">The absolute URL of the request as received.</param>
public sealed record ResourceRequest(string Root, string Path, string Self, QueryParameters Query)
{
    /// <summary>An absolute URL on this API for a path such as "/api/districts".</summary>
    public string Resolve(string path) => Root + path;

    /// <summary>This request's URL with one query parameter set (or removed when <paramref name="value"/> is null).</summary>
    public string WithParameter(string name, string? value) => Root + Path + Query.With(name, value);
}
