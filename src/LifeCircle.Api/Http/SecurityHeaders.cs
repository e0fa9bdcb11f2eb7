using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Http;

namespace LifeCircle.Api.Http;

/// <summary>The security headers every answer of both hosts carries (docs/http.md).</summary>
public static class SecurityHeaders
{
    /// <summary>For HTML pages: only this origin's scripts, styles, images and fetches; no plugins, frames, forms or base changes.</summary>
    /// <remarks>A page with an inline script adds that script's hash to script-src through its own Content-Security-Policy header.</remarks>
    public const string HtmlPolicy =
        "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; "
        + "base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

    /// <summary>For embeds: the page policy, but any site may frame the page (an article showing the chart).</summary>
    public const string EmbedPolicy =
        "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; "
        + "base-uri 'none'; form-action 'none'; frame-ancestors *";

    /// <summary>A page policy that also shows images (basemap tiles) from one more origin, when there is one.</summary>
    public static string WithImagesFrom(string policy, string? origin) =>
        origin is null ? policy : policy.Replace("img-src 'self' data:", $"img-src 'self' data: {origin}", StringComparison.Ordinal);

    /// <summary>The page policy that also runs one inline script, named by its SHA-256 hash.</summary>
    public static string HtmlPolicyWithInlineScript(string script) =>
        HtmlPolicy.Replace("script-src 'self'", $"script-src 'self' 'sha256-{Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(script)))}'", StringComparison.Ordinal);

    /// <summary>Writes nosniff and the referrer policy, and the page policy when the answer is HTML.</summary>
    public static void Apply(HttpResponse response, string? contentType)
    {
        response.Headers.XContentTypeOptions = "nosniff";
        response.Headers["Referrer-Policy"] = "strict-origin-when-cross-origin";
        if (contentType is not null && contentType.StartsWith("text/html", StringComparison.OrdinalIgnoreCase))
        {
            response.Headers.ContentSecurityPolicy = HtmlPolicy;
        }
    }
}
