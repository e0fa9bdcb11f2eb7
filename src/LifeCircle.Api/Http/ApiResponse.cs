using System.Collections.Concurrent;
using System.Text.Json;
using LifeCircle.Core.Data;
using LifeCircle.Core.Documents;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace LifeCircle.Api.Http;

/// <summary>A complete response (status, headers, body bytes) that writes itself, so neither host needs MVC formatters; to HEAD, the same without the body.</summary>
public sealed class ApiResponse : IActionResult
{
    public const string Json = MediaTypes.Json;
    public const string GeoJson = MediaTypes.GeoJson;
    public const string ProblemJson = MediaTypes.ProblemJson;
    public const string SchemaJson = MediaTypes.SchemaJson;
    public const string OpenApiJson = MediaTypes.OpenApiJson;

    /// <summary>Data changes only when a district imports a new version: caches may keep answers for five minutes.</summary>
    public const string CacheData = "public, max-age=300";

    /// <summary>For errors and health: never stored, so a fix or an import shows at once.</summary>
    public const string CacheNever = "no-store";

    public ApiResponse(int status, string contentType, ReadOnlyMemory<byte> body)
    {
        Status = status;
        ContentType = contentType;
        Body = body;
    }

    public int Status { get; }

    public string ContentType { get; }

    public ReadOnlyMemory<byte> Body { get; }

    /// <summary>Extra headers, e.g. Content-Crs.</summary>
    public Dictionary<string, string> Headers { get; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>The Cache-Control header.</summary>
    public string CacheControl { get; set; } = CacheData;

    /// <summary>The validator of the body (strong, or weak when only its timeStamp may differ), set on successful answers.</summary>
    public string? ETag { get; set; }

    /// <summary>Set on an answer that is kept and served again: each content coding of the body is encoded once, then reused.</summary>
    public ConcurrentDictionary<string, byte[]>? Encodings { get; init; }

    /// <summary>True for a 304 answer: headers only.</summary>
    public bool NotModified { get; init; }

    /// <summary>A JSON body from any serializable value.</summary>
    public static ApiResponse FromJson<T>(T value, int status = 200, string contentType = Json) =>
        new(status, contentType, JsonSerializer.SerializeToUtf8Bytes(value, JsonText.Compact));

    public async Task ExecuteResultAsync(ActionContext context)
    {
        var response = context.HttpContext.Response;
        response.StatusCode = NotModified ? StatusCodes.Status304NotModified : Status;
        response.Headers.CacheControl = CacheControl;
        var coding = Compressible ? ResponseCompression.Choose(context.HttpContext.Request) : null;
        if (Compressible || NotModified)
        {
            response.Headers.Append("Vary", "Accept-Encoding");
        }

        // Open data: any web page may read it (Azure's platform CORS does the same in front of the Functions app).
        response.Headers.AccessControlAllowOrigin = "*";
        response.Headers.AccessControlExposeHeaders = "ETag, Content-Crs, Content-Disposition, Link, Retry-After, X-Storage-Status";
        SecurityHeaders.Apply(response, ContentType);
        if (ETag is not null)
        {
            // As nginx does: another coding is other bytes of the same meaning, so a strong tag becomes weak.
            var coded = NotModified ? ResponseCompression.Choose(context.HttpContext.Request) : coding;
            response.Headers.ETag = coded is null ? ETag : Validators.Weak(ETag);
        }

        foreach (var (name, value) in Headers)
        {
            response.Headers[name] = value;
        }

        if (NotModified || (Status == StatusCodes.Status204NoContent && Body.IsEmpty))
        {
            return;
        }

        response.ContentType = ContentType;
        var body = Body;
        if (coding is not null)
        {
            response.Headers.ContentEncoding = coding;
            body = Encodings is { } kept ? kept.GetOrAdd(coding, c => ResponseCompression.Encode(Body.Span, c)) : ResponseCompression.Encode(Body.Span, coding);
        }

        response.ContentLength = body.Length;
        if (!HttpMethods.IsHead(context.HttpContext.Request.Method))
        {
            await response.Body.WriteAsync(body, context.HttpContext.RequestAborted);
        }
    }

    /// <summary>Whether the answer has a body large enough for a content coding to pay.</summary>
    private bool Compressible => !NotModified && Status != StatusCodes.Status204NoContent && Body.Length >= ResponseCompression.MinimumBytes;
}
