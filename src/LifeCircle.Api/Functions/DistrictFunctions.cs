using LifeCircle.Core.Versions;

namespace LifeCircle.Api.Functions;

/// <summary>The districts that publish life-circle data; each district's base URL is an OGC API – Features landing page.</summary>
public sealed class DistrictFunctions(DocumentEndpoint endpoint, VersionResolver versions)
{
    [Function("GetDistricts")]
    [ApiOperation("Districts", "List the districts that publish data", "Every district with a published dataset: its current version, licence and landing page.", Schema = "DistrictList")]
    public Task<IActionResult> List(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", "head", Route = "districts")] HttpRequest req, CancellationToken cancellationToken) =>
        endpoint.ServeAsync(req, (r, ct) => DistrictOperations.ListAsync(r, versions, ct), cancellationToken);

    [Function("GetLandingPage")]
    [ApiOperation("OGC API", "A district's landing page", "The OGC API – Features landing page of one district, with links to the API definition, conformance and collections.", Schema = "LandingPage")]
    public Task<IActionResult> Landing(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", "head", Route = "districts/{code}")] HttpRequest req, string code, CancellationToken cancellationToken) =>
        endpoint.ServeAsync(req, code, DistrictOperations.LandingAsync, cancellationToken);

    [Function("GetConformance")]
    [ApiOperation("OGC API", "The conformance classes implemented", "The OGC API – Features and CQL2 requirement classes this API implements.", Schema = "Conformance")]
    public Task<IActionResult> Conformance(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", "head", Route = "districts/{code}/conformance")] HttpRequest req, string code, CancellationToken cancellationToken) =>
        endpoint.ServeAsync(req, code, DistrictOperations.ConformanceAsync, cancellationToken);
}
