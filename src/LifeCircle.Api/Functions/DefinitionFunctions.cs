using LifeCircle.Api.Http;
using LifeCircle.Api.Ogc;
using LifeCircle.Core.Catalogue;
using LifeCircle.Core.Features;
using LifeCircle.Core.Publishing;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Logging;

namespace LifeCircle.Api.Functions;

/// <summary>Themes, categories and circles as plain JSON definitions, for app developers who do not want GeoJSON.</summary>
public sealed class DefinitionFunctions(IDistrictDataStore store, SnapshotCache snapshots, ILogger<DefinitionFunctions> logger)
{
    /// <summary>Walking speed the walking levels assume (GB 50180 distances at routing engines' default pace).</summary>
    public const double WalkingSpeedKmh = 3.6;

    [Function("GetThemes")]
    [ApiOperation("Definitions", "The themed circles", "The eight themed circles (or a district's own): names, lead bureau, and their facility categories with walking levels.", Schema = "Themes")]
    public Task<IActionResult> Themes(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "districts/{code}/themes")] HttpRequest req,
        string code,
        CancellationToken cancellationToken) =>
        RequestPipeline.RunAsync(req, logger, async () =>
        {
            var catalogue = await CatalogueAsync(req, code, cancellationToken);
            var categories = catalogue.Categories.ToDictionary(c => c.Code);
            return ApiResponse.FromJson(new
            {
                themes = catalogue.Themes.Select(t => new
                {
                    t.Id,
                    t.Name,
                    t.LeadBureau,
                    categories = t.CategoryCodes.Select(c => categories[c]),
                }),
                links = Links(req, code, "themes"),
            });
        });

    [Function("GetCategories")]
    [ApiOperation("Definitions", "The facility categories", "Every facility category: names, the walking level (5, 10 or 15 minutes) at which residents should reach it, basic or quality tier, and the standard it follows.", Schema = "Categories")]
    public Task<IActionResult> Categories(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "districts/{code}/categories")] HttpRequest req,
        string code,
        CancellationToken cancellationToken) =>
        RequestPipeline.RunAsync(req, logger, async () =>
        {
            var catalogue = await CatalogueAsync(req, code, cancellationToken);
            return ApiResponse.FromJson(new
            {
                walkingLevels = StandardCategories.WalkingLevels.Select(m => new { minutes = m, metres = Math.Round(m * WalkingSpeedKmh * 1000 / 60) }),
                walkingSpeedKmh = WalkingSpeedKmh,
                categories = catalogue.Categories,
                links = Links(req, code, "categories"),
            });
        });

    [Function("GetCircleDefinitions")]
    [ApiOperation("Definitions", "The life circles", "Each 15-minute life circle: names, residents, area, member communities, phase and year, and the walking thresholds it promises.", Schema = "Circles")]
    public Task<IActionResult> Circles(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "districts/{code}/circles")] HttpRequest req,
        string code,
        CancellationToken cancellationToken) =>
        RequestPipeline.RunAsync(req, logger, async () =>
        {
            ContentNegotiation.RequireOnlyFormat(req, ApiResponse.Json);
            var district = await Districts.GetAsync(store, code, cancellationToken);
            var snapshot = await snapshots.GetAsync(district.Current, Collections.Circles, cancellationToken);
            var all = snapshot.Query(new FeatureQuery { Limit = int.MaxValue }).Features;
            return ApiResponse.FromJson(new
            {
                thresholdsMinutes = StandardCategories.WalkingLevels,
                walkingSpeedKmh = WalkingSpeedKmh,
                circles = all.Select(c => c.Properties.ToDictionary(p => p.Key, p => p.Value is double d && d == Math.Floor(d) ? (object)(long)d : p.Value)
                    .Prepend(new KeyValuePair<string, object?>("id", c.Id)).ToDictionary()),
                links = Links(req, code, "circles").Append(new Link(new DistrictUrls(req, code).Items(Collections.Circles.Id), "alternate", ApiResponse.GeoJson, "The circles as GeoJSON")),
            });
        });

    private async Task<DatasetCatalogue> CatalogueAsync(HttpRequest req, string code, CancellationToken ct)
    {
        ContentNegotiation.RequireOnlyFormat(req, ApiResponse.Json);
        var district = await Districts.GetAsync(store, code, ct);
        return await Districts.CatalogueAsync(store, district.Current, ct);
    }


    private static IEnumerable<Link> Links(HttpRequest req, string code, string what) =>
    [
        new(RequestUrls.Self(req), "self", ApiResponse.Json, what),
        new(new DistrictUrls(req, code).Base, "up", ApiResponse.Json, "The district's landing page"),
    ];
}
