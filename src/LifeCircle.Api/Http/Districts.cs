using LifeCircle.Core.Publishing;

namespace LifeCircle.Api.Http;

/// <summary>Resolves the district named in a URL, or answers 404.</summary>
public static class Districts
{
    /// <summary>Separates a district code from a pinned dataset version in a URL segment: "150303@3ae41fe37409".</summary>
    public const char VersionSeparator = '@';

    /// <summary>The district, as of its current version or of the version pinned in the segment ("{code}@{version}").</summary>
    public static async Task<PublishedDistrict> GetAsync(IDistrictDataStore store, string segment, CancellationToken ct)
    {
        int at = segment.IndexOf(VersionSeparator);
        if (at < 0)
        {
            return await store.GetDistrictAsync(segment, ct)
                ?? throw ApiProblemException.NotFound($"No district with code '{segment}' is published; GET /api/districts lists those that are.");
        }

        var (code, version) = (segment[..at], segment[(at + 1)..]);
        var pinned = await store.GetDistrictVersionAsync(code, version, ct)
            ?? throw ApiProblemException.NotFound($"District '{code}' has no complete dataset version '{version}' (it may have been pruned); its current version is on /api/districts/{code}.");
        return pinned;
    }

    /// <summary>The catalogue of a version that must exist (it was read from the district's row).</summary>
    public static async Task<DatasetCatalogue> CatalogueAsync(IDistrictDataStore store, DatasetVersionRef version, CancellationToken ct) =>
        await store.GetCatalogueAsync(version, ct)
        ?? throw new InvalidOperationException($"Dataset version {version} is published but has no catalogue.");
}
