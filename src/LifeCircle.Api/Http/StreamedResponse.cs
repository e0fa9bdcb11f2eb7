using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace LifeCircle.Api.Http;

/// <summary>A 200 whose body is written straight to the response as it is produced (whole-layer downloads), never held in memory.</summary>
public sealed class StreamedResponse(string contentType, string fileName, string etag, Func<Stream, CancellationToken, Task> write) : IActionResult
{
    public async Task ExecuteResultAsync(ActionContext context)
    {
        var response = context.HttpContext.Response;
        response.StatusCode = StatusCodes.Status200OK;
        response.ContentType = contentType;
        response.Headers.CacheControl = ApiResponse.CacheData;
        response.Headers.AccessControlAllowOrigin = "*";
        response.Headers.AccessControlExposeHeaders = "ETag, Content-Disposition";
        response.Headers.ETag = etag;
        SecurityHeaders.Apply(response, contentType);
        // An ASCII name for every client, and the RFC 6266 UTF-8 form for those that read it.
        response.Headers.ContentDisposition = $"attachment; filename=\"{fileName}\"; filename*=UTF-8''{Uri.EscapeDataString(fileName)}";
        await write(response.Body, context.HttpContext.RequestAborted);
    }
}
