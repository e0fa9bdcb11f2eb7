using Microsoft.Net.Http.Headers;

namespace LifeCircle.Api.Functions;

/// <summary>Charts and maps of a district's coverage as SVG or PNG files, in Chinese or English, each with its source line.</summary>
public sealed class ChartFunctions(DocumentEndpoint endpoint)
{
    [Function("GetCoverageChart")]
    [ApiOperation("Coverage", "Coverage chart as SVG or PNG", "coverage.svg or coverage.png: a bar chart of the share of residents per area (district, circles, communities with residents). With category=, within a 5, 10 and 15-minute walk of it; with theme=, reaching every basic category of the theme within its level; otherwise the headline (every basic category within its level, and within 15 minutes). population=elderly for elderly residents (not with theme alone). Language by lang=, then Accept-Language, else zh. Carries the source line: LifeCircle Open Data, district, dataset version, licence. PNG is drawn at twice the SVG's size.",
        ContentType = "image/svg+xml", AlsoContentTypes = ["image/png"], Schema = "Asset", Formats = [], QueryParameters = ["theme", "category", "scenario", "population", "lang"])]
    public Task<IActionResult> Coverage(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", "head", Route = "districts/{code}/charts/coverage.{format}")] HttpRequest req, string code, string format, CancellationToken cancellationToken) =>
        endpoint.ServeAsync(req, code, (r, ct) => ChartOperations.CoverageAsync(r, format, AcceptLanguage(req), ct), cancellationToken);

    [Function("GetAccessMap")]
    [ApiOperation("Coverage", "Access map as SVG or PNG", "access.svg or access.png: residential blocks coloured by walking minutes to the nearest facility of a category in the dashboard map's classes (within 5, 5–10, 10–15, over 15 minutes or not reachable), projected to metres, with legend, scale bar and source line. Without category=, the basic category that leaves most of the district's residents beyond its level. Language by lang=, then Accept-Language, else zh.",
        ContentType = "image/svg+xml", AlsoContentTypes = ["image/png"], Schema = "Asset", Formats = [], QueryParameters = ["category", "scenario", "lang"])]
    public Task<IActionResult> Access(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", "head", Route = "districts/{code}/maps/access.{format}")] HttpRequest req, string code, string format, CancellationToken cancellationToken) =>
        endpoint.ServeAsync(req, code, (r, ct) => MapOperations.AccessAsync(r, format, AcceptLanguage(req), ct), cancellationToken);

    /// <summary>The Accept-Language header, noted in Vary: without lang= it chooses the answer's language.</summary>
    private static string? AcceptLanguage(HttpRequest req)
    {
        req.HttpContext.Response.Headers.Append(HeaderNames.Vary, HeaderNames.AcceptLanguage);
        return req.Headers.AcceptLanguage.Count == 0 ? null : req.Headers.AcceptLanguage.ToString();
    }
}
