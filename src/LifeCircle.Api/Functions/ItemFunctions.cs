namespace LifeCircle.Api.Functions;

/// <summary>The features of every collection: filtered, sorted, paged, in any supported CRS.</summary>
public sealed class ItemFunctions(DocumentEndpoint endpoint)
{
    [Function("GetItems")]
    [ApiOperation("OGC API", "Features of a collection", "A GeoJSON FeatureCollection, filtered by bbox, datetime, property=value and CQL2, sorted and paged by next/prev links. Any queryable can be given as property=value (theme=… for facilities' themes).",
        ContentType = ApiResponse.GeoJson, Schema = "FeatureCollection", TakesQueryables = true,
        QueryParameters = ["limit", "bbox", "bbox-crs", "datetime", "crs", "properties", "skipGeometry", "sortby", "filter", "filter-lang", "filter-crs", "cursor"])]
    public Task<IActionResult> GetItems(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", "head", Route = "districts/{code}/collections/{collectionId}/items")] HttpRequest req, string code, string collectionId, CancellationToken cancellationToken) =>
        endpoint.ServeAsync(req, code, (r, ct) => ItemOperations.ItemsAsync(r, collectionId, ct), cancellationToken);

    [Function("GetItem")]
    [ApiOperation("OGC API", "One feature", "One feature of a collection as GeoJSON, in any supported CRS.", ContentType = ApiResponse.GeoJson, Schema = "Feature", QueryParameters = ["crs"])]
    public Task<IActionResult> GetItem(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", "head", Route = "districts/{code}/collections/{collectionId}/items/{featureId}")] HttpRequest req, string code, string collectionId, string featureId, CancellationToken cancellationToken) =>
        endpoint.ServeAsync(req, code, (r, ct) => ItemOperations.ItemAsync(r, collectionId, featureId, ct), cancellationToken);
}
