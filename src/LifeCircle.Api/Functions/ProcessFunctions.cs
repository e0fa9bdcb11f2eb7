using Microsoft.AspNetCore.Http.Features;

namespace LifeCircle.Api.Functions;

/// <summary>OGC API – Processes under each district: the planning processes (coverage what-if, best sites), executed synchronously, nothing written.</summary>
public sealed class ProcessFunctions(DocumentEndpoint endpoint)
{
    [Function("GetProcesses")]
    [ApiOperation("Planning", "The planning processes", "The processes of OGC API – Processes Part 1 this district offers: coverage-what-if and best-sites.", Schema = "ProcessList")]
    public Task<IActionResult> List(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", "head", Route = "districts/{code}/processes")] HttpRequest req, string code, CancellationToken cancellationToken) =>
        endpoint.ServeAsync(req, code, ProcessOperations.ListAsync, cancellationToken);

    [Function("GetProcess")]
    [ApiOperation("Planning", "A process description", "One process: its inputs and outputs as JSON Schema, and its execution link.", Schema = "Process")]
    public Task<IActionResult> Describe(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", "head", Route = "districts/{code}/processes/{processId}")] HttpRequest req, string code, string processId, CancellationToken cancellationToken) =>
        endpoint.ServeAsync(req, code, (r, ct) => ProcessOperations.DescribeAsync(r, processId, ct), cancellationToken);

    [Function("ExecuteProcess")]
    [ApiOperation("Planning", "Execute a process", "Runs a process synchronously on the version the URL names and answers its result as JSON (which names the version); nothing is written. The body is {\"inputs\": {…}} as the process description says, at most 256 KiB.",
        Schema = "ProcessResult", RequestContentType = ApiResponse.Json, RequestSchema = "Execute")]
    public Task<IActionResult> Execute(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "districts/{code}/processes/{processId}/execution")] HttpRequest req, string code, string processId, CancellationToken cancellationToken) =>
        endpoint.ServeAsync(req, code, async (r, ct) => await ProcessOperations.ExecuteAsync(r, processId, await ReadBodyAsync(req, ct), ct), cancellationToken);

    /// <summary>The JSON body, never more than <see cref="ProcessInputs.MaxBodyBytes"/> held: one byte more is a 413.</summary>
    private static async Task<ReadOnlyMemory<byte>> ReadBodyAsync(HttpRequest req, CancellationToken ct)
    {
        const int limit = ProcessInputs.MaxBodyBytes;
        if (req.ContentType is { } type && !type.StartsWith(ApiResponse.Json, StringComparison.OrdinalIgnoreCase))
        {
            throw new ProblemException(415, "Unsupported media type", $"Parameter 'body': '{type}' is not accepted; send the execute request as {ApiResponse.Json}.", "body");
        }

        if (req.ContentLength > limit)
        {
            throw TooLarge();
        }

        if (req.HttpContext.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } size)
        {
            size.MaxRequestBodySize = limit + 1;
        }

        var buffer = new MemoryStream();
        var chunk = new byte[16384];
        try
        {
            int n;
            while ((n = await req.Body.ReadAsync(chunk, ct)) > 0)
            {
                if (buffer.Length + n > limit)
                {
                    throw TooLarge();
                }

                buffer.Write(chunk, 0, n);
            }
        }
        catch (BadHttpRequestException ex) when (ex.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            throw TooLarge();
        }

        return buffer.Length == 0 ? throw ProblemException.BadParameter("body", "is empty; send {\"inputs\": {…}} as application/json") : buffer.ToArray();
    }

    private static ProblemException TooLarge() =>
        new(413, "Content too large", $"Parameter 'body': the execute request is larger than {ProcessInputs.MaxBodyBytes / 1024} KiB, the most accepted.", "body");
}
