using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Logging;

namespace LifeCircle.Api.Http;

/// <summary>Runs a handler and maps every failure to problem+json in one place.</summary>
public static class RequestPipeline
{
    public static async Task<IActionResult> RunAsync(HttpRequest request, ILogger logger, Func<Task<ApiResponse>> handler)
    {
        try
        {
            return await handler();
        }
        catch (ApiProblemException problem)
        {
            return Problems.From(problem, request);
        }
        catch (OperationCanceledException) when (request.HttpContext.RequestAborted.IsCancellationRequested)
        {
            // The client went away; nobody will read a body.
            return new ApiResponse(499, ApiResponse.Json, ReadOnlyMemory<byte>.Empty);
        }
        catch (Exception ex)
        {
            string traceId = request.HttpContext.TraceIdentifier;
            logger.LogError(ex, "Request {Method} {Path} failed (trace {TraceId})", request.Method, request.Path, traceId);
            return Problems.Create(500, "Internal error", $"The server failed to answer this request; trace id {traceId}.", request);
        }
    }
}
