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

/// <summary>Whole-dataset downloads per layer, and the DCAT-AP catalogue that lets portals harvest them.</summary>
public sealed class DownloadFunctions(IDistrictDataStore store, SnapshotCache snapshots, ILogger<DownloadFunctions> logger)
{
    [Function("GetDownload")]
    [ApiOperation("Downloads", "Download a whole layer", "Every feature of a collection as one file: {collectionId}.geojson (RFC 7946) or {collectionId}.csv (UTF-8 with BOM; lon/lat columns for points, WKT otherwise). Streamed; named in Content-Disposition.",
        ContentType = "application/octet-stream", Schema = "Asset")]
    public Task<IActionResult> Download(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "districts/{code}/downloads/{file}")] HttpRequest req,
        string code,
        string file,
        CancellationToken cancellationToken)
        => RequestPipeline.RunAnyAsync(req, logger, async () =>
        {
            ContentNegotiation.CheckFormat(new QueryReader(req.Query, [ContentNegotiation.Parameter]));
            var district = await Districts.GetAsync(store, code, cancellationToken);
            var dot = file.LastIndexOf('.');
            var format = dot < 0 ? "" : file[(dot + 1)..];
            var collection = dot < 0 ? null : Collections.Find(file[..dot]);
            if (collection is null || !LayerDownloads.Formats.TryGetValue(format, out var mediaType))
            {
                throw ApiProblemException.NotFound($"There is no download '{file}'; downloads are {{collection}}.geojson or {{collection}}.csv for {string.Join(", ", Collections.All.Select(c => c.Id))}.");
            }

            // A version never changes, so its files never do: the version names the content.
            var etag = $"\"{district.CurrentVersion}-{file}\"";
            if (req.Headers.IfNoneMatch.ToString().Split(',').Any(t => t.Trim() == etag))
            {
                return new ApiResponse(200, mediaType, ReadOnlyMemory<byte>.Empty) { NotModified = true, ETag = etag };
            }

            var catalogue = await Districts.CatalogueAsync(store, district.Current, cancellationToken);
            var snapshot = await snapshots.GetAsync(district.Current, collection, cancellationToken);
            var features = snapshot.Query(new FeatureQuery { Limit = int.MaxValue }).Features;
            var name = $"{district.Code}-{district.CurrentVersion}-{file}";
            return (IActionResult)new StreamedResponse(mediaType, name, etag, (body, ct) => format == "csv"
                ? LayerDownloads.WriteCsvAsync(body, features, collection.QueryablesOf(catalogue), ct)
                : LayerDownloads.WriteGeoJsonAsync(body, features, ct));
        });

    [Function("GetCatalog")]
    [ApiOperation("Downloads", "The DCAT-AP catalogue", "Every district dataset with its distributions (downloads and API), licence and publisher, and this API as a DataService, as JSON-LD for data portals to harvest.",
        ContentType = "application/ld+json", Schema = "Catalog")]
    public Task<IActionResult> Catalog(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "catalog")] HttpRequest req,
        CancellationToken cancellationToken) =>
        RequestPipeline.RunAsync(req, logger, async () =>
        {
            ContentNegotiation.CheckFormat(new QueryReader(req.Query, [ContentNegotiation.Parameter]));
            var districts = await store.ListDistrictsAsync(cancellationToken);
            return ApiResponse.FromJson(DcatCatalog.Build(req, districts), contentType: "application/ld+json");
        });
}
