using LifeCircle.Core.Problems;
using LifeCircle.Core.Publishing;

namespace LifeCircle.Core.Versions;

/// <summary>Turns the district segment of a URL ("{code}" or "{code}@{version}") and an optional paging cursor's version into the one <see cref="PublishedVersion"/> a request reads.</summary>
/// <param name="computed">Computes the layers versions do not store (isochrones) when first read.</param>
public sealed class VersionResolver(IDistrictDataStore store, VersionCache cache, VersionCacheOptions options, IComputedLayers computed)
{
    /// <summary>Separates a district code from a pinned dataset version in a URL segment: "150303@3ae41fe37409".</summary>
    public const char Separator = '@';

    /// <summary>The query parameter that carries a paging cursor, named in problems.</summary>
    public const string CursorParameter = "cursor";

    private const string AllDistricts = "*";

    /// <summary>Every district with a current version (remembered for the district time to live); while storage is unreachable, the list last read, if any (flagged).</summary>
    public async Task<DistrictListing> ListAsync(CancellationToken cancellationToken)
    {
        var lastKnown = new VersionCacheKey(AllDistricts, null, "districts-last-known");
        try
        {
            return new(await Remembered(new VersionCacheKey(AllDistricts, null, "districts"), async ct =>
            {
                var districts = await store.ListDistrictsAsync(ct);
                cache.Set(lastKnown, districts, 512L * (districts.Count + 1));
                return districts;
            }, l => 512L * (l.Count + 1), cancellationToken), false);
        }
        catch (StoreUnavailableException) when (cache.TryGetLoaded(lastKnown, out IReadOnlyList<PublishedDistrict> districts))
        {
            return new(districts, true);
        }
    }

    /// <summary>The current version of a district <see cref="ListAsync"/> listed, for resources over every district that read each one's metadata.</summary>
    public PublishedVersion CurrentOf(PublishedDistrict district) => new(district, pinned: false, store, cache, computed, options.ComputedLayerWait);

    /// <summary>The version the request reads; 404 for an unknown district or version, 400 naming cursor for a cursor of another version than the path's.</summary>
    /// <param name="segment">The district segment of the URL.</param>
    /// <param name="cursorVersion">The dataset version a paging cursor was issued for, if the request carries one.</param>
    public async Task<PublishedVersion> ResolveAsync(string segment, string? cursorVersion = null, CancellationToken cancellationToken = default)
    {
        int at = segment.IndexOf(Separator);
        if (at >= 0)
        {
            var (code, version) = (segment[..at], segment[(at + 1)..]);
            var pinned = await PinnedAsync(code, version, cancellationToken)
                ?? throw ProblemException.NotFound($"District '{code}' has no complete dataset version '{version}' (it may have been pruned); its current version is on /api/districts/{code}.");
            if (cursorVersion is not null && cursorVersion != version)
            {
                throw ProblemException.BadParameter(CursorParameter,
                    $"was issued for dataset version '{cursorVersion}', but the path pins version '{version}'; follow the next link of a page of version '{version}', or omit cursor");
            }

            return new PublishedVersion(pinned, pinned: true, store, cache, computed, options.ComputedLayerWait);
        }

        var (current, fromMemory) = await CurrentAsync(segment, cancellationToken);
        if (cursorVersion is null || cursorVersion == current.CurrentVersion)
        {
            return new PublishedVersion(current, pinned: false, store, cache, computed, options.ComputedLayerWait) { StorageUnreachable = fromMemory };
        }

        // A client paging through a version keeps reading it after a newer one is published.
        var paged = await PinnedAsync(segment, cursorVersion, cancellationToken)
            ?? throw ProblemException.BadParameter(CursorParameter, "refers to a dataset version that is no longer published; start again without it");
        return new PublishedVersion(paged, pinned: false, store, cache, computed, options.ComputedLayerWait);
    }

    /// <summary>The district's current row; while storage is unreachable, the last one read, if any (flagged).</summary>
    private async Task<(PublishedDistrict District, bool FromMemory)> CurrentAsync(string code, CancellationToken cancellationToken)
    {
        var lastKnown = new VersionCacheKey(code, null, "district-last-known");
        try
        {
            return (await Remembered(new VersionCacheKey(code, null, "district"), async ct =>
            {
                var district = await store.GetDistrictAsync(code, ct) ?? throw new DistrictNotFound();
                cache.Set(lastKnown, district, 1024);
                return district;
            }, _ => 1024, cancellationToken), false);
        }
        catch (DistrictNotFound)
        {
            throw ProblemException.NotFound($"No district with code '{code}' is published; GET /api/districts lists those that are.");
        }
        catch (StoreUnavailableException) when (cache.TryGetLoaded(lastKnown, out PublishedDistrict district))
        {
            return (district, true);
        }
    }

    /// <summary>A complete version of the district, or null; while storage is unreachable, the row last read (a version never changes, only its pruning does).</summary>
    private async Task<PublishedDistrict?> PinnedAsync(string code, string version, CancellationToken cancellationToken)
    {
        var lastKnown = new VersionCacheKey(code, version, "district-last-known");
        try
        {
            return await Remembered(new VersionCacheKey(code, version, "district"), async ct =>
            {
                var district = await store.GetDistrictVersionAsync(code, version, ct) ?? throw new DistrictNotFound();
                cache.Set(lastKnown, district, 1024);
                return district;
            }, _ => 1024, cancellationToken);
        }
        catch (DistrictNotFound)
        {
            return null;
        }
        catch (StoreUnavailableException) when (cache.TryGetLoaded(lastKnown, out PublishedDistrict district))
        {
            return district;
        }
    }

    // Unknown districts are not remembered (a failed load leaves no entry), so random codes cannot fill the cache.
    private Task<T> Remembered<T>(VersionCacheKey key, Func<CancellationToken, Task<T>> load, Func<T, long> estimate, CancellationToken cancellationToken) =>
        options.DistrictTimeToLive > TimeSpan.Zero
            ? cache.GetOrLoadAsync(key, load, estimate, options.DistrictTimeToLive, cancellationToken)
            : load(cancellationToken);

    private sealed class DistrictNotFound : Exception;
}
