namespace LifeCircle.Api.Functions;

/// <summary>How well residents are covered: 5/10/15-minute walking coverage per area, theme, category and scenario.</summary>
public sealed class CoverageFunctions(DocumentEndpoint endpoint)
{
    [Function("GetCoverage")]
    [ApiOperation("Coverage", "Walking coverage statistics", "Share of residents (and elderly residents) who reach each facility category within 5, 10 and 15 minutes' walk on the street network, per area, with theme and whole-circle headlines, in two scenarios: existing facilities, and with planned ones. See docs/coverage.md for the method. f=csv (or Accept: text/csv) gives the same figures as the tidy CSV file of /coverage.csv.",
        Schema = "Coverage", Formats = ["json", "geojson", "csv", "html"], QueryParameters = ["area", "theme", "category", "threshold", "scenario", "figure"])]
    public Task<IActionResult> Get(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", "head", Route = "districts/{code}/coverage")] HttpRequest req, string code, CancellationToken cancellationToken) =>
        endpoint.ServeAsync(req, code, CoverageOperations.GetAsync, cancellationToken);

    [Function("GetCoverageCsv")]
    [ApiOperation("Coverage", "Walking coverage statistics as a CSV file", "The same figures as /coverage, with the same filters, as a tidy CSV file (UTF-8 with BOM): one row per area, figure (circle, circle-within-15, theme, category), threshold and scenario, with area, theme and category names in Chinese and English beside their codes. Elderly counts are rounded to whole people; shares are unrounded. Columns in docs/coverage.md. Named in Content-Disposition ({code}-{version}-coverage.csv). Also served by /coverage with f=csv or Accept: text/csv.",
        ContentType = "text/csv", Schema = "Asset", Formats = ["csv"], QueryParameters = ["area", "theme", "category", "threshold", "scenario", "figure"])]
    public Task<IActionResult> Csv(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", "head", Route = "districts/{code}/coverage.csv")] HttpRequest req, string code, CancellationToken cancellationToken) =>
        endpoint.ServeAsync(req, code, CoverageOperations.FileAsync, cancellationToken);
}
