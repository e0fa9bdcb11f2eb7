using LifeCircle.Api;
using LifeCircle.Api.Http;
using LifeCircle.Core.Problems;
using LifeCircle.Core.Streams;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Server.Kestrel.Core;

namespace LifeCircle.LocalHost;

/// <summary>The local host's request size limits: Kestrel's set above the app's, so the app refuses with problem+json (docs/http.md).</summary>
public static class RequestLimits
{
    /// <summary>Longest request target (path and query) the app answers: 8 KiB.</summary>
    public const int MaxUrlBytes = 8 * 1024;

    /// <summary>Largest sum of request header lines the app answers: 32 KiB.</summary>
    public const int MaxHeaderBytes = 32 * 1024;

    /// <summary>What Kestrel itself refuses, without a body, beyond the app's limits: request lines over 64 KiB, headers over 128 KiB.</summary>
    /// <remarks>Not higher: Kestrel's memory pool keeps what long request lines made it allocate, so a larger limit costs resident memory for good.</remarks>
    public const int KestrelMaxRequestLineBytes = 64 * 1024;

    /// <inheritdoc cref="KestrelMaxRequestLineBytes"/>
    public const int KestrelMaxHeaderBytes = 128 * 1024;

    /// <summary>Kestrel's body limit sits this far above the import limit, past the bytes it may buffer ahead of the app.</summary>
    private const long KestrelBodySlackBytes = 2 * 1024 * 1024;

    /// <summary>Sets Kestrel's limits from the import limit (LifeCircle:Import:MaxPackageMegabytes).</summary>
    public static void Configure(KestrelServerLimits limits, ImportSettings import)
    {
        limits.MaxRequestLineSize = KestrelMaxRequestLineBytes;
        limits.MaxRequestHeadersTotalSize = KestrelMaxHeaderBytes;
        limits.MaxRequestBodySize = MaxBodyBytes(import) + KestrelBodySlackBytes;
    }

    /// <summary>The largest request body the app reads: the import limit.</summary>
    public static long MaxBodyBytes(ImportSettings import) => import.MaxPackageMegabytes * 1024L * 1024L;

    /// <summary>Refuses too long URLs (414), too large headers (431) and bodies (413), and answers unrouted paths (404), all as problem+json.</summary>
    public static IApplicationBuilder UseRequestLimits(this IApplicationBuilder app, ImportSettings import) => app.Use(async (context, next) =>
    {
        long maxBody = MaxBodyBytes(import);
        var refusal = Refusal(context, maxBody);
        if (refusal is not null)
        {
            await WriteAsync(context, refusal);
            return;
        }

        if (context.Request.ContentLength is null && context.Request.Headers.ContainsKey("Transfer-Encoding"))
        {
            context.Request.Body = new BoundedRequestBody(context.Request.Body, maxBody);
        }

        await next(context);
        if (!context.Response.HasStarted && context.Response.StatusCode == StatusCodes.Status404NotFound && context.GetEndpoint() is null)
        {
            // Outside /api no function routes (the fallback function covers /api/…).
            await WriteAsync(context, Problems.Create(404, "Not found", $"There is no resource at '{context.Request.Path}'; this API serves /api/….", context.Request));
        }
    });

    private static ApiResponse? Refusal(HttpContext context, long maxBody)
    {
        var request = context.Request;
        int urlBytes = context.Features.Get<IHttpRequestFeature>()?.RawTarget.Length ?? 0;
        if (urlBytes > MaxUrlBytes)
        {
            return Problems.Create(414, "URI too long", $"The request target is {urlBytes:N0} bytes; at most {MaxUrlBytes:N0} are accepted. Send fewer or shorter parameters.", request);
        }

        long headerBytes = request.Headers.Sum(h => h.Key.Length + 4L + h.Value.Sum(v => v?.Length ?? 0));
        if (headerBytes > MaxHeaderBytes)
        {
            return Problems.Create(431, "Request headers too large", $"The request headers take {headerBytes:N0} bytes; at most {MaxHeaderBytes:N0} are accepted.", request);
        }

        if (request.ContentLength > maxBody)
        {
            return Problems.Create(413, "Content too large",
                $"Parameter 'body': the body is {request.ContentLength:N0} bytes; at most {maxBody:N0} are accepted ({ImportSettings.SettingFor(nameof(Core.Data.Packages.PackageLimits.MaxCompressedBytes))}).",
                request, "body");
        }

        return null;
    }

    private static Task WriteAsync(HttpContext context, ApiResponse response) =>
        response.ExecuteResultAsync(new ActionContext(context, context.GetRouteData(), FunctionEndpoints.Descriptor));

    /// <summary>A body of unknown length (chunked) that fails with a 413 problem once it passes the limit, before the app buffers more.</summary>
    private sealed class BoundedRequestBody(Stream inner, long limit) : CountingReadStream(inner, ownsInner: false)
    {
        protected override void Counted(int bytes)
        {
            if (BytesRead > limit)
            {
                throw new ProblemException(413, "Content too large",
                    $"Parameter 'body': the body is longer than {limit:N0} bytes, the most accepted ({ImportSettings.SettingFor(nameof(Core.Data.Packages.PackageLimits.MaxCompressedBytes))}).", "body");
            }
        }
    }
}
