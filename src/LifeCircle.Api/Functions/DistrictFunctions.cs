using LifeCircle.Api.Http;
using LifeCircle.Core.Model;
using LifeCircle.Core.Publishing;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Logging;

namespace LifeCircle.Api.Functions;

/// <summary>The districts that publish life-circle data, and each one's entry point.</summary>
public sealed class DistrictFunctions(IDistrictDataStore store, ILogger<DistrictFunctions> logger)
{
    [Function("GetDistricts")]
    public Task<IActionResult> List(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "districts")] HttpRequest req,
        CancellationToken cancellationToken) =>
        RequestPipeline.RunAsync(req, logger, async () =>
        {
            _ = new QueryReader(req.Query, []);
            var districts = await store.ListDistrictsAsync(cancellationToken);
            return ApiResponse.FromJson(new DistrictList(
                districts.OrderBy(d => d.Code, StringComparer.Ordinal).Select(d => Describe(req, d)).ToList(),
                [new Link(RequestUrls.Self(req), "self", ApiResponse.Json, "Districts")]));
        });

    [Function("GetDistrict")]
    public Task<IActionResult> Get(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "districts/{code}")] HttpRequest req,
        string code,
        CancellationToken cancellationToken) =>
        RequestPipeline.RunAsync(req, logger, async () =>
        {
            _ = new QueryReader(req.Query, []);
            var district = await Districts.GetAsync(store, code, cancellationToken);
            return ApiResponse.FromJson(Describe(req, district));
        });

    private static DistrictDescription Describe(HttpRequest req, PublishedDistrict d)
    {
        string basePath = $"/api/districts/{Uri.EscapeDataString(d.Code)}";
        return new DistrictDescription(
            d.Code,
            d.Name,
            d.Population,
            d.Title,
            d.CurrentVersion,
            d.PublishedAt,
            d.FacilityCount,
            d.Licence,
            [
                new Link(RequestUrls.Resolve(req, basePath), "self", ApiResponse.Json, d.Name.En),
                new Link(RequestUrls.Resolve(req, basePath + "/collections/facilities/items"), "items", ApiResponse.GeoJson, "Facilities"),
                new Link(d.Licence.Url, "license", "text/html", d.Licence.Title),
            ]);
    }

    private sealed record DistrictList(IReadOnlyList<DistrictDescription> Districts, IReadOnlyList<Link> Links);

    private sealed record DistrictDescription(
        string Code,
        LocalizedText Name,
        int Population,
        LocalizedText Title,
        string CurrentVersion,
        DateTimeOffset PublishedAt,
        int FacilityCount,
        DatasetLicence Licence,
        IReadOnlyList<Link> Links);
}
