using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Http;

namespace LifeCircle.Api.Http;

/// <summary>Entity tags of buffered answers: named by what determines the body, compared weakly (RFC 9110 §13.1.2).</summary>
public static class Validators
{
    /// <summary>A strong tag of exactly these bytes.</summary>
    public static string OfBody(ReadOnlySpan<byte> body) => "\"" + Convert.ToHexStringLower(SHA256.HashData(body))[..32] + "\"";

    /// <summary>
    /// A weak tag named by the dataset version and the normalised request (origin, path, query sorted by name, media type):
    /// for bodies that differ only in when they were written (an items page's timeStamp).
    /// </summary>
    public static string OfVersionedRequest(HttpRequest request, string datasetVersion, string mediaType)
    {
        var text = new StringBuilder()
            .Append(datasetVersion).Append('\n')
            .Append(request.Scheme).Append("://").Append(request.Host.Value).Append(request.PathBase.Value).Append(request.Path.Value).Append('\n');
        foreach (var (name, values) in request.Query.OrderBy(q => q.Key, StringComparer.Ordinal))
        {
            foreach (var value in values)
            {
                text.Append(name).Append('=').Append(value).Append('&');
            }
        }

        text.Append('\n').Append(mediaType);
        return "W/\"" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())))[..32] + "\"";
    }

    /// <summary>The same tag marked weak, for a representation whose bytes differ (a content coding) but whose meaning does not.</summary>
    public static string Weak(string etag) => etag.StartsWith("W/", StringComparison.Ordinal) ? etag : "W/" + etag;

    /// <summary>Whether If-None-Match names this tag (weak comparison) or is "*".</summary>
    public static bool IfNoneMatchHolds(HttpRequest request, string etag)
    {
        var ifNoneMatch = request.Headers.IfNoneMatch.ToString();
        if (ifNoneMatch.Length == 0)
        {
            return false;
        }

        var opaque = Opaque(etag);
        return ifNoneMatch.Trim() == "*" || ifNoneMatch.Split(',').Any(t => Opaque(t.Trim()) == opaque);
    }

    private static string Opaque(string etag) => etag.StartsWith("W/", StringComparison.Ordinal) ? etag[2..] : etag;
}
