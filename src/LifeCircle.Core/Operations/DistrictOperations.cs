using LifeCircle.Core.Documents;
using LifeCircle.Core.Publishing;
using LifeCircle.Core.Requests;
using LifeCircle.Core.Versions;

namespace LifeCircle.Core.Operations;

/// <summary>The districts that publish data; each district's base URL is an OGC API – Features landing page.</summary>
public static class DistrictOperations
{
    public static async Task<Document> ListAsync(ResourceRequest r, VersionResolver versions, CancellationToken ct)
    {
        var (districts, unreachable) = await DistrictRequest.ListDescribedAsync(r, versions, ct);
        return new DistrictListDocument(
            [.. districts.OrderBy(d => d.District.Code, StringComparer.Ordinal).Select(d => Landing(d, new DistrictUrls(r, d.District.Code), r))],
            [new Link(r.Self, "self", MediaTypes.Json, "Districts")]) { StorageUnreachable = unreachable };
    }

    public static async Task<Document> LandingAsync(DistrictRequest r, CancellationToken ct)
    {
        r.TakesNoParameters();
        return Landing(await DescribedDistrict.OfAsync(r.Version, ct), r.Urls, r.Request);
    }

    public static Task<Document> ConformanceAsync(DistrictRequest r, CancellationToken ct)
    {
        r.TakesNoParameters();
        return Task.FromResult<Document>(new ConformanceDocument(Conformance.Classes));
    }

    private static LandingDocument Landing(DescribedDistrict described, DistrictUrls urls, ResourceRequest r)
    {
        var d = described.District;
        return new(
            d.Title.En,
            d.Title,
            described.Description.En,
            described.Description,
            d.Code,
            d.Name,
            d.Population,
            d.CurrentVersion,
            d.PublishedAt,
            d.FacilityCount,
            d.Licence,
            described.Publisher,
            described.VersionLabel,
            described.Sources,
            described.Illustrative,
            [
                new Link(urls.Base, "self", MediaTypes.Json, "This landing page"),
                new Link(new DistrictUrls(r, $"{d.Code}{VersionResolver.Separator}{d.CurrentVersion}").Base, "alternate", MediaTypes.Json, "This dataset version, at a URL that keeps serving it after newer versions are published"),
                new Link(urls.OpenApi, "service-desc", MediaTypes.OpenApiJson, "The API definition (OpenAPI 3.0)"),
                new Link(urls.Docs, "service-doc", "text/html", "The API documentation (Swagger UI)"),
                new Link(urls.Conformance, "conformance", MediaTypes.Json, "Conformance classes"),
                new Link(urls.Collections, "data", MediaTypes.Json, "Collections"),
                new Link(urls.Items(Features.Collections.Facilities.Id), "items", MediaTypes.GeoJson, "Facilities"),
                new Link(urls.Definitions("themes"), "related", MediaTypes.Json, "Themes (plain JSON)"),
                new Link(urls.Definitions("categories"), "related", MediaTypes.Json, "Facility categories (plain JSON)"),
                new Link(urls.Definitions("circles"), "related", MediaTypes.Json, "Life circles (plain JSON)"),
                new Link(urls.Definitions("processes"), ProcessCatalog.ProcessesRel, MediaTypes.Json, "Planning processes (OGC API – Processes): coverage what-if, best sites"),
                new Link(d.Licence.Url, "license", "text/html", d.Licence.Title),
            ]);
    }
}
