using System.Reflection;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Routing.Template;
using Microsoft.Extensions.Logging;

namespace LifeCircle.Api.Functions;

/// <summary>Answers what no other function routes, in both hosts: 404 and 405 as problem+json, OPTIONS and CORS preflights as 204.</summary>
/// <remarks>
/// Both hosts try every specific route before a catch-all, and a route whose method does not match is skipped,
/// so this function sees exactly the requests that would otherwise get the platform's empty 404 or 405.
/// </remarks>
public sealed partial class FallbackFunctions(ILogger<FallbackFunctions> logger)
{
    public const string Name = "Fallback";

    /// <summary>Headers a browser may send cross-origin when it asks for none in particular (documented in docs/http.md).</summary>
    public const string AllowedHeaders = "Accept, Accept-Language, Content-Type, If-None-Match, X-Import-Key";

    /// <summary>How long a browser may reuse a preflight answer: one day.</summary>
    public const string PreflightMaxAgeSeconds = "86400";

    private static readonly Lazy<IReadOnlyList<(TemplateMatcher Matcher, string[] Methods)>> Routes = new(DiscoverRoutes);

    [Function(Name)]
    public Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", "head", "post", "put", "delete", "patch", "options", Route = "{*path}")] HttpRequest req) =>
        RequestPipeline.RunAsync(req, logger, () => Task.FromResult(Answer(req)));

    private static ApiResponse Answer(HttpRequest req)
    {
        var path = req.Path.Value ?? "/";
        var methods = AllowedMethods(path);
        if (methods.Count == 0)
        {
            throw ProblemException.NotFound($"There is no resource at '{path}'; the routes this API serves are listed in /api/openapi.json.");
        }

        var allow = string.Join(", ", methods.Append("OPTIONS"));
        if (HttpMethods.IsOptions(req.Method))
        {
            var preflight = new ApiResponse(StatusCodes.Status204NoContent, "", ReadOnlyMemory<byte>.Empty) { CacheControl = ApiResponse.CacheNever };
            preflight.Headers["Allow"] = allow;
            if (req.Headers.ContainsKey("Access-Control-Request-Method"))
            {
                preflight.Headers["Access-Control-Allow-Methods"] = allow;
                preflight.Headers["Access-Control-Allow-Headers"] = RequestedHeaders(req) ?? AllowedHeaders;
                preflight.Headers["Access-Control-Max-Age"] = PreflightMaxAgeSeconds;
            }

            return preflight;
        }

        var refused = Problems.Create(
            StatusCodes.Status405MethodNotAllowed,
            "Method not allowed",
            $"'{path}' answers {allow}, not {req.Method}.",
            req);
        refused.Headers["Allow"] = allow;
        return refused;
    }

    /// <summary>The methods of every other function whose route matches the path, in a stable order; empty when none does.</summary>
    private static SortedSet<string> AllowedMethods(string path)
    {
        var prefix = "/" + RoutePrefix;
        var relative = path.StartsWith(prefix + "/", StringComparison.OrdinalIgnoreCase) ? path[prefix.Length..] : null;
        var methods = new SortedSet<string>(StringComparer.Ordinal);
        if (relative is null)
        {
            return methods;
        }

        foreach (var (matcher, routeMethods) in Routes.Value)
        {
            if (matcher.TryMatch(relative, new RouteValueDictionary()))
            {
                methods.UnionWith(routeMethods);
            }
        }

        return methods;
    }

    /// <summary>The headers the browser asked for, when they are a short list of header names; null otherwise.</summary>
    private static string? RequestedHeaders(HttpRequest req)
    {
        var asked = req.Headers["Access-Control-Request-Headers"].ToString();
        return asked.Length is > 0 and <= 1024 && HeaderNameList().IsMatch(asked) ? asked : null;
    }

    [GeneratedRegex(@"^\s*[A-Za-z0-9!#$%&'*+.^_`|~-]+(\s*,\s*[A-Za-z0-9!#$%&'*+.^_`|~-]+)*\s*$")]
    private static partial Regex HeaderNameList();

    /// <summary>The route prefix of both hosts (host.json extensions.http.routePrefix).</summary>
    private const string RoutePrefix = "api";

    private static IReadOnlyList<(TemplateMatcher Matcher, string[] Methods)> DiscoverRoutes() =>
        typeof(FallbackFunctions).Assembly.GetExportedTypes()
            .Where(t => t != typeof(FallbackFunctions))
            .SelectMany(t => t.GetMethods(BindingFlags.Public | BindingFlags.Instance))
            .Where(m => m.GetCustomAttribute<FunctionAttribute>() is not null)
            .Select(m => m.GetParameters().Select(p => p.GetCustomAttribute<HttpTriggerAttribute>()).FirstOrDefault(a => a is not null))
            .OfType<HttpTriggerAttribute>()
            .Select(t => (
                new TemplateMatcher(TemplateParser.Parse(t.Route!), new RouteValueDictionary()),
                (t.Methods ?? []).Select(v => v.ToUpperInvariant()).ToArray()))
            .ToList();
}
