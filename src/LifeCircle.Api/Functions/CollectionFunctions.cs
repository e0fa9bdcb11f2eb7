namespace LifeCircle.Api.Functions;

/// <summary>A district's collections: the list, each one's metadata, and its queryables.</summary>
public sealed class CollectionFunctions(DocumentEndpoint endpoint)
{
    [Function("GetCollections")]
    [ApiOperation("OGC API", "List a district's collections", "Facilities, life circles, areas, residential blocks and streets, with extents and supported CRSs.", Schema = "Collections")]
    public Task<IActionResult> List(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", "head", Route = "districts/{code}/collections")] HttpRequest req, string code, CancellationToken cancellationToken) =>
        endpoint.ServeAsync(req, code, CollectionOperations.ListAsync, cancellationToken);

    [Function("GetCollection")]
    [ApiOperation("OGC API", "Describe one collection", "A collection's title, description, spatial and temporal extent, CRSs and links.", Schema = "Collection")]
    public Task<IActionResult> Get(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", "head", Route = "districts/{code}/collections/{collectionId}")] HttpRequest req, string code, string collectionId, CancellationToken cancellationToken) =>
        endpoint.ServeAsync(req, code, (r, ct) => CollectionOperations.GetAsync(r, collectionId, ct), cancellationToken);

    [Function("GetQueryables")]
    [ApiOperation("OGC API", "A collection's queryable properties", "The properties filter, sortby and property=value may use, as a JSON Schema.", ContentType = ApiResponse.SchemaJson, Schema = "Queryables")]
    public Task<IActionResult> Queryables(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", "head", Route = "districts/{code}/collections/{collectionId}/queryables")] HttpRequest req, string code, string collectionId, CancellationToken cancellationToken) =>
        endpoint.ServeAsync(req, code, (r, ct) => CollectionOperations.QueryablesAsync(r, collectionId, ct), cancellationToken);
}
