using LifeCircle.Core.Requests;
using Microsoft.AspNetCore.Http;

namespace LifeCircle.Api.Http;

/// <summary>Turns an HTTP request into the HTTP-free <see cref="ResourceRequest"/> operations read.</summary>
public static class HttpRequests
{
    public static ResourceRequest Resource(HttpRequest req) =>
        new(RequestUrls.Resolve(req, ""), req.Path.Value ?? "/", RequestUrls.Self(req), Query(req));

    /// <summary>GET or HEAD: a read, answered alike (HEAD without the body), so the same answer serves both.</summary>
    public static bool IsRead(HttpRequest req) => HttpMethods.IsGet(req.Method) || HttpMethods.IsHead(req.Method);

    public static QueryParameters Query(HttpRequest req) =>
        new(req.Query.Select(p => new KeyValuePair<string, IReadOnlyList<string>>(p.Key, p.Value.Select(v => v ?? "").ToArray())));
}
