using LifeCircle.Core.Publishing;

namespace LifeCircle.Api.Http;

/// <summary>Resolves the district named in a URL, or answers 404.</summary>
public static class Districts
{
    public static async Task<PublishedDistrict> GetAsync(IDistrictDataStore store, string code, CancellationToken ct) =>
        await store.GetDistrictAsync(code, ct)
        ?? throw ApiProblemException.NotFound($"No district with code '{code}' is published; GET /api/districts lists those that are.");

    /// <summary>The catalogue of a version that must exist (it was read from a district or a cursor).</summary>
    public static async Task<DatasetCatalogue> CatalogueAsync(IDistrictDataStore store, DatasetVersionRef version, string? cursorParameter, CancellationToken ct) =>
        await store.GetCatalogueAsync(version, ct)
        ?? (cursorParameter is null
            ? throw new InvalidOperationException($"Dataset version {version} is current but has no catalogue.")
            : throw ApiProblemException.BadParameter(cursorParameter, "refers to a dataset version that is no longer published; start again without it"));
}
