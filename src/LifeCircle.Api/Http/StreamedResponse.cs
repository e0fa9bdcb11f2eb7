using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace LifeCircle.Api.Http;

/// <summary>A 200 whose body is written straight to the response as it is produced (whole-layer downloads), never held in memory; coded on the fly when the client accepts br or gzip; to HEAD, the same headers without it.</summary>
public sealed class StreamedResponse(string contentType, string fileName, string etag, Func<Stream, CancellationToken, Task> write) : IActionResult
{
    /// <summary>The Content-Disposition of a file to save: an ASCII name for every client, and the RFC 6266 UTF-8 form for those that read it.</summary>
    public static string Attachment(string fileName) => $"attachment; filename=\"{fileName}\"; filename*=UTF-8''{Uri.EscapeDataString(fileName)}";

    public async Task ExecuteResultAsync(ActionContext context)
    {
        var response = context.HttpContext.Response;
        response.StatusCode = StatusCodes.Status200OK;
        response.ContentType = contentType;
        response.Headers.CacheControl = ApiResponse.CacheData;
        response.Headers.AccessControlAllowOrigin = "*";
        response.Headers.AccessControlExposeHeaders = "ETag, Content-Disposition";
        var coding = ResponseCompression.Choose(context.HttpContext.Request);
        response.Headers.Append("Vary", "Accept-Encoding");
        response.Headers.ETag = coding is null ? etag : Validators.Weak(etag);
        SecurityHeaders.Apply(response, contentType);
        response.Headers.ContentDisposition = Attachment(fileName);
        if (HttpMethods.IsHead(context.HttpContext.Request.Method))
        {
            // The length is known only once the file is written, so HEAD, like GET, gives none.
            if (coding is not null)
            {
                response.Headers.ContentEncoding = coding;
            }

            return;
        }

        if (coding is null)
        {
            await write(response.Body, context.HttpContext.RequestAborted);
            return;
        }

        response.Headers.ContentEncoding = coding;
        await using var encoded = ResponseCompression.EncodingStream(response.Body, coding);
        await write(encoded, context.HttpContext.RequestAborted);
    }
}
