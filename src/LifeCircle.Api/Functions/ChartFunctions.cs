using Microsoft.Net.Http.Headers;

namespace LifeCircle.Api.Functions;

/// <summary>Charts and maps of a district's coverage as SVG or PNG files, in Chinese or English, each with its source line.</summary>
public sealed class ChartFunctions(DocumentEndpoint endpoint)
{
    private const string ChartDescription = "Bar chart of the share of residents per area (district, circles, communities): with category=, within a 5, 10 and 15-minute walk of it; with theme=, reaching every basic category of the theme within its level; otherwise the headline (every basic category within its level, and within 15 minutes). population=elderly for elderly residents (not with theme alone). Language by lang=, then Accept-Language, else zh. Carries the source line: LifeCircle Open Data, district, dataset version, licence.";
    private const string MapDescription = "Map of residential blocks coloured by walking minutes to the nearest facility of a category (≤5, ≤10, ≤15, up to the 30-minute cutoff, beyond), projected to metres, with legend, scale bar and source line. Without category=, the basic category that leaves most of the district's residents beyond its level. Language by lang=, then Accept-Language, else zh.";

    [Function("GetCoverageChartSvg")]
    [ApiOperation("Coverage", "Coverage chart as SVG", ChartDescription, ContentType = "image/svg+xml", Schema = "Asset", AcceptsFormat = false,
        QueryParameters = ["theme", "category", "scenario", "population", "lang"])]
    public Task<IActionResult> CoverageSvg(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "districts/{code}/charts/coverage.svg")] HttpRequest req, string code, CancellationToken cancellationToken) =>
        endpoint.ServeAsync(req, code, (r, ct) => ChartOperations.CoverageAsync(r, "svg", AcceptLanguage(req), ct), cancellationToken);

    [Function("GetCoverageChartPng")]
    [ApiOperation("Coverage", "Coverage chart as PNG", ChartDescription, ContentType = "image/png", Schema = "Asset", AcceptsFormat = false,
        QueryParameters = ["theme", "category", "scenario", "population", "lang"])]
    public Task<IActionResult> CoveragePng(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "districts/{code}/charts/coverage.png")] HttpRequest req, string code, CancellationToken cancellationToken) =>
        endpoint.ServeAsync(req, code, (r, ct) => ChartOperations.CoverageAsync(r, "png", AcceptLanguage(req), ct), cancellationToken);

    [Function("GetAccessMapSvg")]
    [ApiOperation("Coverage", "Access map as SVG", MapDescription, ContentType = "image/svg+xml", Schema = "Asset", AcceptsFormat = false,
        QueryParameters = ["category", "scenario", "lang"])]
    public Task<IActionResult> AccessSvg(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "districts/{code}/maps/access.svg")] HttpRequest req, string code, CancellationToken cancellationToken) =>
        endpoint.ServeAsync(req, code, (r, ct) => MapOperations.AccessAsync(r, "svg", AcceptLanguage(req), ct), cancellationToken);

    [Function("GetAccessMapPng")]
    [ApiOperation("Coverage", "Access map as PNG", MapDescription, ContentType = "image/png", Schema = "Asset", AcceptsFormat = false,
        QueryParameters = ["category", "scenario", "lang"])]
    public Task<IActionResult> AccessPng(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "districts/{code}/maps/access.png")] HttpRequest req, string code, CancellationToken cancellationToken) =>
        endpoint.ServeAsync(req, code, (r, ct) => MapOperations.AccessAsync(r, "png", AcceptLanguage(req), ct), cancellationToken);

    /// <summary>The Accept-Language header, noted in Vary: without lang= it chooses the answer's language.</summary>
    private static string? AcceptLanguage(HttpRequest req)
    {
        req.HttpContext.Response.Headers.Append(HeaderNames.Vary, HeaderNames.AcceptLanguage);
        return req.Headers.AcceptLanguage.Count == 0 ? null : req.Headers.AcceptLanguage.ToString();
    }
}
