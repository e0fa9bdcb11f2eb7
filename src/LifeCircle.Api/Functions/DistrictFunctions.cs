using LifeCircle.Api.Http;
using LifeCircle.Api.Ogc;
using LifeCircle.Core.Model;
using LifeCircle.Core.Publishing;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Logging;

namespace LifeCircle.Api.Functions;

/// <summary>The districts that publish life-circle data; each district's base URL is an OGC API – Features landing page.</summary>
public sealed class DistrictFunctions(IDistrictDataStore store, ILogger<DistrictFunctions> logger)
{
    [Function("GetDistricts")]
    [ApiOperation("Districts", "List the districts that publish data", "Every district with a published dataset: its current version, licence and landing page.", Schema = "DistrictList")]
    public Task<IActionResult> List(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "districts")] HttpRequest req,
        CancellationToken cancellationToken) =>
        RequestPipeline.RunAsync(req, logger, async () =>
        {
            ContentNegotiation.RequireOnlyFormat(req, ApiResponse.Json);
            var districts = await store.ListDistrictsAsync(cancellationToken);
            return ApiResponse.FromJson(new DistrictList(
                districts.OrderBy(d => d.Code, StringComparer.Ordinal).Select(d => Describe(req, d, d.Code)).ToList(),
                [new Link(RequestUrls.Self(req), "self", ApiResponse.Json, "Districts")]));
        });

    [Function("GetLandingPage")]
    [ApiOperation("OGC API", "A district's landing page", "The OGC API – Features landing page of one district, with links to the API definition, conformance and collections.", Schema = "LandingPage")]
    public Task<IActionResult> Landing(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "districts/{code}")] HttpRequest req,
        string code,
        CancellationToken cancellationToken) =>
        RequestPipeline.RunAsync(req, logger, async () =>
        {
            ContentNegotiation.RequireOnlyFormat(req, ApiResponse.Json);
            return ApiResponse.FromJson(Describe(req, await Districts.GetAsync(store, code, cancellationToken), code));
        });

    [Function("GetConformance")]
    [ApiOperation("OGC API", "The conformance classes implemented", "The OGC API – Features and CQL2 requirement classes this API implements.", Schema = "Conformance")]
    public Task<IActionResult> Conformance(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "districts/{code}/conformance")] HttpRequest req,
        string code,
        CancellationToken cancellationToken) =>
        RequestPipeline.RunAsync(req, logger, async () =>
        {
            ContentNegotiation.RequireOnlyFormat(req, ApiResponse.Json);
            await Districts.GetAsync(store, code, cancellationToken);
            return ApiResponse.FromJson(new { conformsTo = Ogc.Conformance.Classes });
        });


    /// <param name="segment">The URL segment of the district: its code, or "{code}@{version}" for a pinned version.</param>
    private static DistrictDescription Describe(HttpRequest req, PublishedDistrict d, string segment)
    {
        var urls = new DistrictUrls(req, segment);
        return new DistrictDescription(
            d.Title.En,
            d.Title,
            $"{d.Title.En}. Open data of {d.Name.En}'s 15-minute community life circle, as OGC API – Features.",
            d.Code,
            d.Name,
            d.Population,
            d.CurrentVersion,
            d.PublishedAt,
            d.FacilityCount,
            d.Licence,
            [
                new Link(urls.Base, "self", ApiResponse.Json, "This landing page"),
                new Link(new DistrictUrls(req, $"{d.Code}{Districts.VersionSeparator}{d.CurrentVersion}").Base, "alternate", ApiResponse.Json, "This dataset version, at a URL that keeps serving it after newer versions are published"),
                new Link(urls.OpenApi, "service-desc", ApiResponse.OpenApiJson, "The API definition (OpenAPI 3.0)"),
                new Link(urls.Docs, "service-doc", "text/html", "The API documentation (Swagger UI)"),
                new Link(urls.Conformance, "conformance", ApiResponse.Json, "Conformance classes"),
                new Link(urls.Collections, "data", ApiResponse.Json, "Collections"),
                new Link(urls.Items(Core.Features.Collections.Facilities.Id), "items", ApiResponse.GeoJson, "Facilities"),
                new Link(urls.Definitions("themes"), "related", ApiResponse.Json, "Themes (plain JSON)"),
                new Link(urls.Definitions("categories"), "related", ApiResponse.Json, "Facility categories (plain JSON)"),
                new Link(urls.Definitions("circles"), "related", ApiResponse.Json, "Life circles (plain JSON)"),
                new Link(d.Licence.Url, "license", "text/html", d.Licence.Title),
            ]);
    }

    private sealed record DistrictList(IReadOnlyList<DistrictDescription> Districts, IReadOnlyList<Link> Links);

    private sealed record DistrictDescription(
        string Title,
        LocalizedText Titles,
        string Description,
        string Code,
        LocalizedText Name,
        int Population,
        string CurrentVersion,
        DateTimeOffset PublishedAt,
        int FacilityCount,
        DatasetLicence Licence,
        IReadOnlyList<Link> Links);
}
