using LifeCircle.Api.Http;
using LifeCircle.Api.Ogc;
using LifeCircle.Core.Coverage;
using LifeCircle.Core.Publishing;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Logging;

namespace LifeCircle.Api.Functions;

/// <summary>How well residents are covered: 5/10/15-minute walking coverage per area, theme, category and scenario.</summary>
public sealed class CoverageFunctions(IDistrictDataStore store, CoverageCache coverage, ILogger<CoverageFunctions> logger)
{
    [Function("GetCoverage")]
    [ApiOperation("Coverage", "Walking coverage statistics", "Share of residents (and elderly residents) who reach each facility category within 5, 10 and 15 minutes' walk on the street network, per area, with theme and whole-circle headlines, in two scenarios: existing facilities, and with planned ones. See docs/coverage.md for the method.",
        Schema = "Coverage", QueryParameters = ["area", "theme", "category", "threshold", "scenario"])]
    public Task<IActionResult> Get(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "districts/{code}/coverage")] HttpRequest req,
        string code,
        CancellationToken cancellationToken) =>
        RequestPipeline.RunAsync(req, logger, async () =>
        {
            ContentNegotiation.CheckAccept(req, ApiResponse.Json);
            var query = new QueryReader(req.Query, [ContentNegotiation.Parameter, "area", "theme", "category", "threshold", "scenario"]);
            ContentNegotiation.CheckFormat(query);
            var district = await Districts.GetAsync(store, code, cancellationToken);
            var catalogue = await Districts.CatalogueAsync(store, district.Current, cancellationToken);
            var index = await coverage.GetAsync(district.Current, cancellationToken)
                ?? throw ApiProblemException.NotFound($"District {code}'s current dataset version was published without coverage statistics.");

            var area = query.OneOf("area", [.. index.Areas.Select(a => a.Id)]);
            var theme = query.OneOf("theme", [.. catalogue.Themes.Select(t => t.Id)]);
            var category = query.OneOf("category", [.. catalogue.Categories.Select(c => c.Code)]);
            int? threshold = query.OneOf("threshold", ["5", "10", "15"]) is { } t ? int.Parse(t, System.Globalization.CultureInfo.InvariantCulture) : null;
            var scenario = query.OneOf("scenario", [.. Scenarios.All]);
            var themeCategories = theme is null ? null : catalogue.Themes.Single(x => x.Id == theme).CategoryCodes.ToHashSet();

            var areas = area is null ? index.Areas : index.Areas.Where(a => a.Id == area).ToList();
            var rows = areas.Select(a => index.ByArea[a.Id]).ToList();
            return ApiResponse.FromJson(new
            {
                district = code,
                datasetVersion = district.CurrentVersion,
                method = index.Method,
                filters = new { area, theme, category, threshold, scenario },
                headlines = rows.SelectMany(r => r.Headlines).Where(h => scenario is null || h.Scenario == scenario),
                themes = rows.SelectMany(r => r.Themes).Where(x => (scenario is null || x.Scenario == scenario) && (theme is null || x.Theme == theme)),
                categories = rows.SelectMany(r => r.Categories).Where(x =>
                    (scenario is null || x.Scenario == scenario) && (threshold is null || x.Threshold == threshold)
                    && (category is null || x.Category == category) && (themeCategories is null || themeCategories.Contains(x.Category))),
                links = new[]
                {
                    new Link(RequestUrls.Self(req), "self", ApiResponse.Json, "These statistics"),
                    new Link(new DistrictUrls(req, code).Items("access"), "related", ApiResponse.GeoJson, "Walking minutes per block and category"),
                    new Link(new DistrictUrls(req, code).Items("gaps"), "related", ApiResponse.GeoJson, "Blocks beyond a basic category's level"),
                    new Link(new DistrictUrls(req, code).Items("isochrones"), "related", ApiResponse.GeoJson, "5/10/15-minute walking areas of each facility"),
                },
            });
        });
}
