namespace LifeCircle.Api.Functions;

/// <summary>How well residents are covered: 5/10/15-minute walking coverage per area, theme, category and scenario.</summary>
public sealed class CoverageFunctions(DocumentEndpoint endpoint)
{
    [Function("GetCoverage")]
    [ApiOperation("Coverage", "Walking coverage statistics", "Share of residents (and elderly residents) who reach each facility category within 5, 10 and 15 minutes' walk on the street network, per area, with theme and whole-circle headlines, in two scenarios: existing facilities, and with planned ones. See docs/coverage.md for the method.",
        Schema = "Coverage", QueryParameters = ["area", "theme", "category", "threshold", "scenario"])]
    public Task<IActionResult> Get(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "districts/{code}/coverage")] HttpRequest req, string code, CancellationToken cancellationToken) =>
        endpoint.ServeAsync(req, code, CoverageOperations.GetAsync, cancellationToken);
}
