using LifeCircle.Api.Http;
using LifeCircle.Api.Ogc;
using LifeCircle.Core.Publishing;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Logging;

namespace LifeCircle.Api.Functions;

/// <summary>The features of every collection: filtered, sorted, paged, in any supported CRS.</summary>
public sealed class ItemFunctions(IDistrictDataStore store, SnapshotCache snapshots, ILogger<ItemFunctions> logger)
{
    [Function("GetItems")]
    [ApiOperation("OGC API", "Features of a collection", "A GeoJSON FeatureCollection, filtered by bbox, datetime, property=value and CQL2, sorted and paged by next/prev links. Any queryable can be given as property=value (theme=… for facilities' themes).",
        ContentType = ApiResponse.GeoJson, Schema = "FeatureCollection", TakesQueryables = true,
        QueryParameters = ["limit", "bbox", "bbox-crs", "datetime", "crs", "properties", "skipGeometry", "sortby", "filter", "filter-lang", "filter-crs", "cursor"])]
    public Task<IActionResult> GetItems(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "districts/{code}/collections/{collectionId}/items")] HttpRequest req,
        string code,
        string collectionId,
        CancellationToken cancellationToken) =>
        RequestPipeline.RunAsync(req, logger, async () =>
        {
            ContentNegotiation.CheckAccept(req, ApiResponse.GeoJson);
            var district = await Districts.GetAsync(store, code, cancellationToken);
            var collection = CollectionFunctions.Find(collectionId);
            var catalogue = await Districts.CatalogueAsync(store, district.Current, cancellationToken);
            var request = ItemsRequest.Parse(req, collection, catalogue, district.Current);
            if (request.Version != district.Current && await store.GetCatalogueAsync(request.Version, cancellationToken) is null)
            {
                throw ApiProblemException.BadParameter(ItemsRequest.Cursor, "refers to a dataset version that is no longer published; start again without it");
            }

            var snapshot = await snapshots.GetAsync(request.Version, collection, cancellationToken);
            var page = snapshot.Query(request.Query);
            var urls = new DistrictUrls(req, code);
            var links = new List<Link>
            {
                new(RequestUrls.Self(req), "self", ApiResponse.GeoJson, "This page"),
                new(urls.Collection(collection.Id), "collection", ApiResponse.Json, collection.Title.En),
                new(district.Licence.Url, "license", "text/html", district.Licence.Title),
            };
            int offset = request.Query.Offset, limit = request.Query.Limit;
            if (offset + page.Features.Count < page.NumberMatched)
            {
                links.Add(new(RequestUrls.WithParameter(req, ItemsRequest.Cursor, new PageCursor(request.Version.Version, offset + limit).Encode()), "next", ApiResponse.GeoJson, "Next page"));
            }

            if (offset > 0)
            {
                links.Add(new(RequestUrls.WithParameter(req, ItemsRequest.Cursor, new PageCursor(request.Version.Version, Math.Max(0, offset - limit)).Encode()), "prev", ApiResponse.GeoJson, "Previous page"));
            }

            var body = FeatureJsonWriter.Collection(page, request.Output, request.Version.Version, links, DateTimeOffset.UtcNow);
            return WithCrs(new ApiResponse(200, ApiResponse.GeoJson, body), request.Output);
        });

    [Function("GetItem")]
    [ApiOperation("OGC API", "One feature", "One feature of a collection as GeoJSON, in any supported CRS.", ContentType = ApiResponse.GeoJson, Schema = "Feature", QueryParameters = ["crs"])]
    public Task<IActionResult> GetItem(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "districts/{code}/collections/{collectionId}/items/{featureId}")] HttpRequest req,
        string code,
        string collectionId,
        string featureId,
        CancellationToken cancellationToken) =>
        RequestPipeline.RunAsync(req, logger, async () =>
        {
            ContentNegotiation.CheckAccept(req, ApiResponse.GeoJson);
            var output = ItemsRequest.ParseItemOutput(req);
            var district = await Districts.GetAsync(store, code, cancellationToken);
            var collection = CollectionFunctions.Find(collectionId);
            var snapshot = await snapshots.GetAsync(district.Current, collection, cancellationToken);
            var feature = snapshot.Get(featureId)
                ?? throw ApiProblemException.NotFound($"Collection '{collectionId}' of district {code} has no feature with id '{featureId}'.");
            var urls = new DistrictUrls(req, code);
            Link[] links =
            [
                new(urls.Item(collection.Id, feature.Id), "self", ApiResponse.GeoJson, "This feature"),
                new(urls.Collection(collection.Id), "collection", ApiResponse.Json, collection.Title.En),
            ];
            return WithCrs(new ApiResponse(200, ApiResponse.GeoJson, FeatureJsonWriter.Single(feature, output, links)), output);
        });

    private static ApiResponse WithCrs(ApiResponse response, OutputOptions output)
    {
        response.Headers["Content-Crs"] = $"<{output.Crs.Uri}>";
        return response;
    }
}
