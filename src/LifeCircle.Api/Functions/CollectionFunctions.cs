using LifeCircle.Api.Http;
using LifeCircle.Api.Ogc;
using LifeCircle.Core.Features;
using LifeCircle.Core.Geodesy;
using LifeCircle.Core.Publishing;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Logging;

namespace LifeCircle.Api.Functions;

/// <summary>A district's collections: the list, each one's metadata, and its queryables.</summary>
public sealed class CollectionFunctions(IDistrictDataStore store, SnapshotCache snapshots, ILogger<CollectionFunctions> logger)
{
    [Function("GetCollections")]
    [ApiOperation("OGC API", "List a district's collections", "Facilities, life circles, areas, residential blocks and streets, with extents and supported CRSs.", Schema = "Collections")]
    public Task<IActionResult> List(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "districts/{code}/collections")] HttpRequest req,
        string code,
        CancellationToken cancellationToken) =>
        RequestPipeline.RunAsync(req, logger, async () =>
        {
            ContentNegotiation.RequireOnlyFormat(req, ApiResponse.Json);
            var district = await Districts.GetAsync(store, code, cancellationToken);
            var urls = new DistrictUrls(req, code);
            var described = new List<object>();
            foreach (var c in Collections.All)
            {
                described.Add(CollectionDocuments.Describe(c, await snapshots.GetAsync(district.Current, c, cancellationToken), district, urls));
            }

            return ApiResponse.FromJson(new
            {
                links = new[] { new Link(urls.Collections, "self", ApiResponse.Json, "Collections") },
                crs = CoordinateSystems.All.Select(x => x.Uri),
                collections = described,
            });
        });

    [Function("GetCollection")]
    [ApiOperation("OGC API", "Describe one collection", "A collection's title, description, spatial and temporal extent, CRSs and links.", Schema = "Collection")]
    public Task<IActionResult> Get(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "districts/{code}/collections/{collectionId}")] HttpRequest req,
        string code,
        string collectionId,
        CancellationToken cancellationToken) =>
        RequestPipeline.RunAsync(req, logger, async () =>
        {
            ContentNegotiation.RequireOnlyFormat(req, ApiResponse.Json);
            var district = await Districts.GetAsync(store, code, cancellationToken);
            var collection = Find(collectionId);
            var snapshot = await snapshots.GetAsync(district.Current, collection, cancellationToken);
            return ApiResponse.FromJson(CollectionDocuments.Describe(collection, snapshot, district, new DistrictUrls(req, code)));
        });

    [Function("GetQueryables")]
    [ApiOperation("OGC API", "A collection's queryable properties", "The properties filter, sortby and property=value may use, as a JSON Schema.", ContentType = ApiResponse.SchemaJson, Schema = "Queryables")]
    public Task<IActionResult> Queryables(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "districts/{code}/collections/{collectionId}/queryables")] HttpRequest req,
        string code,
        string collectionId,
        CancellationToken cancellationToken) =>
        RequestPipeline.RunAsync(req, logger, async () =>
        {
            ContentNegotiation.RequireOnlyFormat(req, ApiResponse.SchemaJson);
            var district = await Districts.GetAsync(store, code, cancellationToken);
            var catalogue = await Districts.CatalogueAsync(store, district.Current, cancellationToken);
            var schema = CollectionDocuments.Queryables(Find(collectionId), catalogue, new DistrictUrls(req, code));
            return ApiResponse.FromJson(schema, contentType: ApiResponse.SchemaJson);
        });

    /// <summary>The collection by id, or 404 naming the ones that exist.</summary>
    public static CollectionDefinition Find(string collectionId) =>
        Collections.Find(collectionId)
        ?? throw ApiProblemException.NotFound($"There is no collection '{collectionId}'; collections: {string.Join(", ", Collections.All.Select(c => c.Id))}.");

}
