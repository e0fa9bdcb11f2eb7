using LifeCircle.Core.Publishing;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Logging;

namespace LifeCircle.Api.Http;

/// <summary>Runs a handler and maps every failure to problem+json in one place.</summary>
public static class RequestPipeline
{
    public static Task<IActionResult> RunAsync(HttpRequest request, ILogger logger, Func<Task<ApiResponse>> handler) =>
        RunAnyAsync(request, logger, async () => WithValidator(request, await handler()));

    /// <summary>The same for handlers whose answer is not a buffered <see cref="ApiResponse"/> (e.g. a streamed download), which set their own validators.</summary>
    public static async Task<IActionResult> RunAnyAsync(HttpRequest request, ILogger logger, Func<Task<IActionResult>> handler)
    {
        try
        {
            return await handler();
        }
        catch (ProblemException problem)
        {
            return Problems.From(problem, request);
        }
        catch (StoreUnavailableException ex)
        {
            logger.LogWarning(ex, "Storage unavailable answering {Method} {Path}", request.Method, request.Path);
            return Problems.From(ProblemException.StorageUnavailable(), request);
        }
        catch (OperationCanceledException) when (request.HttpContext.RequestAborted.IsCancellationRequested)
        {
            // The client went away; nobody will read a body.
            return new ApiResponse(499, ApiResponse.Json, ReadOnlyMemory<byte>.Empty);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !request.HttpContext.RequestAborted.IsCancellationRequested)
        {
            string traceId = request.HttpContext.TraceIdentifier;
            logger.LogError(ex, "Request {Method} {Path} failed (trace {TraceId})", request.Method, request.Path, traceId);
            return Problems.Create(500, "Internal error", $"The server failed to answer this request; trace id {traceId}.", request);
        }
    }

    /// <summary>Adds an ETag to a 200 answer (the body's, unless the endpoint named one) and turns it into 304 when the client already holds that body.</summary>
    private static ApiResponse WithValidator(HttpRequest request, ApiResponse response)
    {
        if (response.Status != 200)
        {
            return response;
        }

        var etag = response.ETag ??= Validators.OfBody(response.Body.Span);
        if (!Validators.IfNoneMatchHolds(request, etag))
        {
            return response;
        }

        var notModified = new ApiResponse(200, response.ContentType, ReadOnlyMemory<byte>.Empty) { NotModified = true, ETag = etag, CacheControl = response.CacheControl };
        foreach (var (name, value) in response.Headers)
        {
            notModified.Headers[name] = value;
        }

        return notModified;
    }
}
