using System.Text.Json;
using LifeCircle.Core.Data;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace LifeCircle.Api.Http;

/// <summary>A complete response (status, headers, body bytes) that writes itself, so neither host needs MVC formatters.</summary>
public sealed class ApiResponse : IActionResult
{
    public const string Json = "application/json";
    public const string GeoJson = "application/geo+json";
    public const string ProblemJson = "application/problem+json";

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

    /// <summary>A JSON body from any serializable value.</summary>
    public static ApiResponse FromJson<T>(T value, int status = 200, string contentType = Json) =>
        new(status, contentType, JsonSerializer.SerializeToUtf8Bytes(value, JsonText.Compact));

    public async Task ExecuteResultAsync(ActionContext context)
    {
        var response = context.HttpContext.Response;
        response.StatusCode = Status;
        response.ContentType = ContentType;
        response.ContentLength = Body.Length;
        foreach (var (name, value) in Headers)
        {
            response.Headers[name] = value;
        }

        await response.Body.WriteAsync(Body, context.HttpContext.RequestAborted);
    }
}
