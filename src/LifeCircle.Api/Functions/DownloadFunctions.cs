using LifeCircle.Api.Rendering;
using LifeCircle.Core.Features;
using LifeCircle.Core.Versions;

namespace LifeCircle.Api.Functions;

/// <summary>Whole-dataset downloads per layer, and the DCAT-AP catalogue that lets portals harvest them.</summary>
public sealed class DownloadFunctions(DocumentEndpoint endpoint, VersionResolver versions, ContentNegotiation negotiation)
{
    [Function("GetDownload")]
    [ApiOperation("Downloads", "Download a whole layer", "Every feature of a collection as one file: {collectionId}.geojson (RFC 7946) or {collectionId}.csv (UTF-8 with BOM; lon/lat columns for points, WKT otherwise). Streamed; named in Content-Disposition. The file name chooses the format: f, when given, must select it (json or geojson for .geojson, csv for .csv; 400 otherwise), and an Accept header must allow its media type (406 otherwise).",
        ContentType = ApiResponse.GeoJson, AlsoContentTypes = ["text/csv"], Schema = "FeatureCollection", Formats = [])]
    public Task<IActionResult> Download(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", "head", Route = "districts/{code}/downloads/{file}")] HttpRequest req, string code, string file, CancellationToken cancellationToken) =>
        endpoint.StreamAsync(req, code, (r, ct) => Downloads.DownloadAsync(req, r, file, negotiation, ct), cancellationToken);

    [Function("GetCatalog")]
    [ApiOperation("Downloads", "The DCAT-AP catalogue", "Every district dataset with its distributions (downloads and API), licence and publisher, and this API as a DataService, as JSON-LD for data portals to harvest.",
        ContentType = "application/ld+json", Schema = "Catalog")]
    public Task<IActionResult> Catalog(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", "head", Route = "catalog")] HttpRequest req, CancellationToken cancellationToken) =>
        endpoint.ServeAsync(req, (r, ct) => DcatCatalog.GetAsync(r, versions, ct), cancellationToken);
}
