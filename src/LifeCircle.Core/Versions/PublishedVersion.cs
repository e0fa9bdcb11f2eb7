using LifeCircle.Core.Features;
using LifeCircle.Core.Layers;
using LifeCircle.Core.Model;
using LifeCircle.Core.Problems;
using LifeCircle.Core.Publishing;
using LifeCircle.Core.Queries;

namespace LifeCircle.Core.Versions;

/// <summary>Everything a request may read of one immutable dataset version, loaded on first use and kept in the <see cref="VersionCache"/>.</summary>
public sealed class PublishedVersion
{
    private readonly IDistrictDataStore _store;
    private readonly VersionCache _cache;
    private readonly IComputedLayers _computed;
    private readonly TimeSpan _computedLayerWait;

    internal PublishedVersion(PublishedDistrict district, bool pinned, IDistrictDataStore store, VersionCache cache, IComputedLayers computed, TimeSpan computedLayerWait)
    {
        District = district;
        IsPinned = pinned;
        _store = store;
        _cache = cache;
        _computed = computed;
        _computedLayerWait = computedLayerWait;
    }

    /// <summary>The district as of this version (its CurrentVersion is this version).</summary>
    public PublishedDistrict District { get; }

    /// <summary>Names this version.</summary>
    public DatasetVersionRef Ref => District.Current;

    /// <summary>The version id.</summary>
    public string Id => District.CurrentVersion;

    /// <summary>Whether the URL pinned this version ("{code}@{version}") rather than asking for the current one.</summary>
    public bool IsPinned { get; }

    /// <summary>True when storage could not be reached and this is the last version known to be current, served from memory.</summary>
    public bool StorageUnreachable { get; init; }

    /// <summary>The URL segment that names this district as the request did: its code, or "{code}@{version}" when pinned.</summary>
    public string Segment => IsPinned ? $"{District.Code}{VersionResolver.Separator}{Id}" : District.Code;

    /// <summary>Themes, categories, area codes and metadata of the version.</summary>
    public Task<DatasetCatalogue> CatalogueAsync(CancellationToken cancellationToken) =>
        _cache.GetOrLoadAsync(Key("catalogue"), async ct =>
                await _store.GetCatalogueAsync(Ref, ct) ?? throw new InvalidOperationException($"Dataset version {Ref} is published but has no catalogue."),
            EstimateBytes, cancellationToken: cancellationToken);

    /// <summary>Every feature of one collection, indexed for queries: read from storage, or computed on first read for a layer that is not stored.</summary>
    /// <exception cref="ProblemException">503 (Retry-After) when a computed layer is not ready within <see cref="VersionCacheOptions.ComputedLayerWait"/>.</exception>
    public Task<FeatureSnapshot> SnapshotAsync(CollectionDefinition collection, CancellationToken cancellationToken) =>
        collection.Definition.Storage == LayerStorage.NotStored
            ? ComputedAsync(collection, cancellationToken)
            : _cache.GetOrLoadAsync(Key("collection:" + collection.Id), async ct =>
            {
                var features = new List<FeatureRecord>();
                await foreach (var f in _store.ReadLayerAsync(Ref, collection.Layer, ct))
                {
                    features.Add(f);
                }

                return new FeatureSnapshot(collection, features);
            }, s => s.EstimatedBytes, cancellationToken: cancellationToken);

    /// <summary>A stored collection's count, extent and years: as written when the version was published, else from its snapshot (versions published before outlines were).</summary>
    /// <remarks>When storage is down and the outlines were never read, a snapshot already in memory still answers.</remarks>
    public async Task<LayerOutline> OutlineAsync(CollectionDefinition collection, CancellationToken cancellationToken)
    {
        IReadOnlyDictionary<string, LayerOutline>? stored = null;
        try
        {
            stored = await _cache.GetOrLoadAsync(Key("outlines"), async ct =>
                    await _store.GetDocumentAsync(Ref, LayerOutlines.Document, ct) is { } json ? LayerOutlines.Parse(json) : null,
                o => 64 + (200L * (o?.Count ?? 0)), cancellationToken: cancellationToken);
        }
        catch (StoreUnavailableException) when (_cache.TryGetLoaded(Key("collection:" + collection.Id), out FeatureSnapshot _))
        {
        }

        return stored?.GetValueOrDefault(collection.Layer) ?? (await SnapshotAsync(collection, cancellationToken)).Outline;
    }

    /// <summary>The coverage statistics, or null when the version was published without them.</summary>
    public Task<CoverageIndex?> CoverageAsync(CancellationToken cancellationToken) =>
        _cache.GetOrLoadAsync(Key("coverage"), ct => CoverageIndex.ReadAsync(_store, Ref, ct), c => c?.EstimatedBytes ?? 64, cancellationToken: cancellationToken);

    /// <summary>A value derived from this version by a caller (e.g. features pre-encoded for a media type), built once and held in the cache like the version's own parts.</summary>
    /// <param name="part">Names the value among this version's parts; the caller's prefix keeps it apart from theirs.</param>
    public Task<T> DerivedAsync<T>(string part, Func<CancellationToken, Task<T>> build, Func<T, long> estimate, CancellationToken cancellationToken) =>
        _cache.GetOrLoadAsync(Key("derived:" + part), build, estimate, cancellationToken: cancellationToken);

    /// <summary>The computed layer, shared by every request that asks while it is computed; a request waits for it at most <see cref="VersionCacheOptions.ComputedLayerWait"/>.</summary>
    /// <remarks>
    /// Stored rows of the layer that older versions may hold are not read: the computation gives the same features.
    /// A request that stops waiting (503, time-out or cancellation) leaves the computation running for the next one.
    /// </remarks>
    private async Task<FeatureSnapshot> ComputedAsync(CollectionDefinition collection, CancellationToken cancellationToken)
    {
        var computing = _cache.GetOrLoadAsync(Key("collection:" + collection.Id), async ct =>
        {
            // The load inherits the first request's query budget; its work is shared, so no request's budget bounds it.
            using var unbounded = QueryBudget.Limit(Timeout.InfiniteTimeSpan);
            return new FeatureSnapshot(collection, await _computed.ComputeAsync(this, collection, ct));
        }, s => s.EstimatedBytes, cancellationToken: cancellationToken);
        if (computing.IsCompleted || _computedLayerWait <= TimeSpan.Zero)
        {
            return await computing;
        }

        try
        {
            return await computing.WaitAsync(_computedLayerWait, cancellationToken);
        }
        catch (TimeoutException)
        {
            throw ProblemException.BeingComputed(collection.Id, _computedLayerWait, Math.Max(1, (int)Math.Ceiling(_computedLayerWait.TotalSeconds / 2)));
        }
    }

    private VersionCacheKey Key(string part) => new(District.Code, Id, part);

    private static long EstimateBytes(DatasetCatalogue c) =>
        4096 + (c.Categories.Count * 600L) + (c.Themes.Count * 400L) + (c.AreaCodes.Count * 80L);
}
