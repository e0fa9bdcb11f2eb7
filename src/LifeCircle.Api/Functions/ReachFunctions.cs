namespace LifeCircle.Api.Functions;

/// <summary>What is reachable on foot from a point: facilities within a walking time with their minutes, or the walking area.</summary>
public sealed class ReachFunctions(DocumentEndpoint endpoint)
{
    [Function("GetReach")]
    [ApiOperation("Planning", "Reachable from a point", "The facilities within the given walking minutes of a point on the street network, nearest first, with their minutes, as GeoJSON (result=area: the walking area as a polygon instead). The point may be given in GCJ-02 or BD-09 with crs. See docs/planning.md.",
        ContentType = ApiResponse.GeoJson, Schema = "FeatureCollection", QueryParameters = ["point", "minutes", "crs", "theme", "category", "scenario", "result"])]
    public Task<IActionResult> Get(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", "head", Route = "districts/{code}/reach")] HttpRequest req, string code, CancellationToken cancellationToken) =>
        endpoint.ServeAsync(req, code, ReachOperations.GetAsync, cancellationToken);
}
