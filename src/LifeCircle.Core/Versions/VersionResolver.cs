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
        var (districts, fromMemory) = await RememberedOrLastKnown(
            new VersionCacheKey(AllDistricts, null, "districts"), store.ListDistrictsAsync, l => 512L * (l.Count + 1), cancellationToken);
        return new(districts, fromMemory);
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
        try
        {
            return await RememberedOrLastKnown(new VersionCacheKey(code, null, "district"),
                async ct => await store.GetDistrictAsync(code, ct) ?? throw new DistrictNotFound(), _ => 1024, cancellationToken);
        }
        catch (DistrictNotFound)
        {
            throw ProblemException.NotFound($"No district with code '{code}' is published; GET /api/districts lists those that are.");
        }
    }

    /// <summary>A complete version of the district, or null; while storage is unreachable, the row last read (a version never changes, only its pruning does).</summary>
    private async Task<PublishedDistrict?> PinnedAsync(string code, string version, CancellationToken cancellationToken)
    {
        try
        {
            return (await RememberedOrLastKnown(new VersionCacheKey(code, version, "district"),
                async ct => await store.GetDistrictVersionAsync(code, version, ct) ?? throw new DistrictNotFound(), _ => 1024, cancellationToken)).Value;
        }
        catch (DistrictNotFound)
        {
            return null;
        }
    }

    /// <summary>As <see cref="Remembered"/>, also kept as last known ("{part}-last-known", outliving the time to live), which is answered (flagged) while storage is unreachable.</summary>
    private async Task<(T Value, bool FromMemory)> RememberedOrLastKnown<T>(VersionCacheKey key, Func<CancellationToken, Task<T>> load, Func<T, long> estimate, CancellationToken cancellationToken)
    {
        var lastKnown = key with { Part = key.Part + "-last-known" };
        try
        {
            return (await Remembered(key, async ct =>
            {
                var value = await load(ct);
                cache.Set(lastKnown, value, estimate(value));
                return value;
            }, estimate, cancellationToken), false);
        }
        catch (StoreUnavailableException) when (cache.TryGetLoaded(lastKnown, out T value))
        {
            return (value, true);
        }
    }

    // Unknown districts are not remembered (a failed load leaves no entry), so random codes cannot fill the cache.
    private Task<T> Remembered<T>(VersionCacheKey key, Func<CancellationToken, Task<T>> load, Func<T, long> estimate, CancellationToken cancellationToken) =>
        options.DistrictTimeToLive > TimeSpan.Zero
            ? cache.GetOrLoadAsync(key, load, estimate, options.DistrictTimeToLive, cancellationToken)
            : load(cancellationToken);

    private sealed class DistrictNotFound : Exception;
}
