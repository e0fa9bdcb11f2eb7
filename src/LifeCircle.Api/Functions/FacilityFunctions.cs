using LifeCircle.Api.Facilities;
using LifeCircle.Api.Http;
using LifeCircle.Core.Data;
using LifeCircle.Core.Data.Layers;
using LifeCircle.Core.Publishing;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Logging;

namespace LifeCircle.Api.Functions;

/// <summary>The facilities collection of a district: GeoJSON items, filtered and paged.</summary>
public sealed class FacilityFunctions(IDistrictDataStore store, ILogger<FacilityFunctions> logger)
{
    private const string ItemsRoute = "districts/{code}/collections/facilities/items";

    [Function("GetFacilities")]
    public Task<IActionResult> GetItems(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = ItemsRoute)] HttpRequest req,
        string code,
        CancellationToken cancellationToken) =>
        RequestPipeline.RunAsync(req, logger, async () =>
        {
            var district = await Districts.GetAsync(store, code, cancellationToken);
            var query = await FacilityItemsRequest.ParseAsync(req, store, district, cancellationToken);
            var pageTask = store.QueryFacilitiesAsync(query.Version, query.Options, cancellationToken);
            var countTask = store.CountFacilitiesAsync(query.Version, query.Options.Filter, cancellationToken);
            var page = await pageTask;
            long matched = await countTask;

            var links = new List<Link>
            {
                new(RequestUrls.Self(req), "self", ApiResponse.GeoJson, "This page"),
                new(district.Licence.Url, "license", "text/html", district.Licence.Title),
            };
            if (page.ContinuationToken is { } after)
            {
                var cursor = new PageCursor(query.Version.Version, after).Encode();
                links.Add(new(RequestUrls.WithParameter(req, FacilityItemsRequest.Cursor, cursor), "next", ApiResponse.GeoJson, "Next page"));
            }

            var body = FacilityCollectionWriter.Write(page.Values, matched, query.Version.Version, links, DateTimeOffset.UtcNow);
            return WithCrs(new ApiResponse(200, ApiResponse.GeoJson, body));
        });

    [Function("GetFacility")]
    public Task<IActionResult> GetItem(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = ItemsRoute + "/{id}")] HttpRequest req,
        string code,
        string id,
        CancellationToken cancellationToken) =>
        RequestPipeline.RunAsync(req, logger, async () =>
        {
            _ = new QueryReader(req.Query, []);
            var district = await Districts.GetAsync(store, code, cancellationToken);
            var facility = await store.GetFacilityAsync(district.Current, id, cancellationToken)
                ?? throw ApiProblemException.NotFound($"District {code} has no facility with id '{id}'.");
            return WithCrs(new ApiResponse(200, ApiResponse.GeoJson, System.Text.Encoding.UTF8.GetBytes(FeatureCollections.ToJson(facility, FacilityCodec.Instance))));
        });

    private static ApiResponse WithCrs(ApiResponse response)
    {
        response.Headers["Content-Crs"] = $"<{GeoJson.Crs84Uri}>";
        return response;
    }
}
