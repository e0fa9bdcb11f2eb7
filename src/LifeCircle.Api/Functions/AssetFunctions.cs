using LifeCircle.Api.Rendering.Html;
using Microsoft.Extensions.Logging;

namespace LifeCircle.Api.Functions;

/// <summary>The pages' scripts, styles and the licences of the libraries they come from, served by the app itself (no CDN).</summary>
public sealed class AssetFunctions(ILogger<AssetFunctions> logger)
{
    /// <summary>A versioned URL never changes its bytes: browsers and CDNs may keep it for a year without asking again.</summary>
    public const string CacheImmutable = "public, max-age=31536000, immutable";

    [Function("GetPageAsset")]
    [ApiOperation("Pages", "A file the HTML pages load", "Leaflet, ECharts, the pages' own script and style, and the libraries' licences, under a path that names their build (cached as immutable).",
        ContentType = "text/javascript", AlsoContentTypes = ["text/css", "image/png", "image/svg+xml", "text/plain"], Schema = "Asset",
        Formats = [], UnavailableSchema = null)]
    public Task<IActionResult> Get(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", "head", Route = "assets/{version}/{*file}")] HttpRequest req, string version, string file) =>
        RequestPipeline.RunAsync(req, logger, () =>
        {
            _ = new QueryReader(HttpRequests.Query(req), []);
            if (version != PageAssets.Version)
            {
                throw ProblemException.NotFound($"These are the assets of build {PageAssets.Version}, not '{version}'; pages link to the current ones.");
            }

            var (bytes, type) = PageAssets.Find(file) ?? throw ProblemException.NotFound($"There is no asset '{file}'; assets: {string.Join(", ", PageAssets.Names)}.");
            return Task.FromResult(new ApiResponse(200, type, bytes) { CacheControl = CacheImmutable });
        });
}
