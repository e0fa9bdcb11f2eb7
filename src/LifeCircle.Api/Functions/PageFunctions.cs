using LifeCircle.Api.Pages;
using LifeCircle.Core.Versions;

namespace LifeCircle.Api.Functions;

/// <summary>The pages people look at beside the OGC resources: the home page, a district's coverage dashboard and its embeddable charts.</summary>
public sealed class PageFunctions(DocumentEndpoint endpoint, VersionResolver versions)
{
    /// <summary>The home page's route: the Functions route prefix itself (/api), since a Functions app cannot route outside it.</summary>
    public const string HomeRoute = "";

    [Function("GetDashboard")]
    [ApiOperation("Pages", "A district's coverage dashboard", "Headline cards, charts of the share of residents (or elderly residents) within 5/10/15 minutes per area for a theme's category, a map of walking minutes per block, the gaps, and the difference planned facilities make. As JSON it is the coverage document.",
        Schema = "Coverage", QueryParameters = ["theme", "category", "scenario", "population"])]
    public Task<IActionResult> Dashboard(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", "head", Route = "districts/{code}/dashboard")] HttpRequest req, string code, CancellationToken cancellationToken) =>
        endpoint.ServeAsync(req, code, DashboardOperations.DashboardAsync, cancellationToken);

    [Function("GetEmbed")]
    [ApiOperation("Pages", "One chart or map of the dashboard, to frame in an article", "coverage (bars of the share within 5/10/15 minutes per area) or access (map of walking minutes per block), with a title and source line; any site may frame it.",
        Schema = "Coverage", QueryParameters = ["theme", "category", "scenario", "population"])]
    public Task<IActionResult> Embed(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", "head", Route = "districts/{code}/embed/{chart}")] HttpRequest req, string code, string chart, CancellationToken cancellationToken) =>
        endpoint.ServeAsync(req, code, (r, ct) => DashboardOperations.EmbedAsync(r, chart, ct), cancellationToken);

    [Function("GetHome")]
    [ApiOperation("Pages", "The home page", "The districts that publish data (as /districts answers them): a web page for browsers, JSON for other clients. The local host redirects / here.", Schema = "DistrictList")]
    public Task<IActionResult> Home(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", "head", Route = HomeRoute)] HttpRequest req, CancellationToken cancellationToken) =>
        endpoint.ServeAsync(req, (r, ct) => DistrictOperations.ListAsync(r, versions, ct), cancellationToken);
}
