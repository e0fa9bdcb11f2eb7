using System.Collections.Concurrent;
using LifeCircle.Core.Features;
using LifeCircle.Core.Publishing;

namespace LifeCircle.Api.Ogc;

/// <summary>Keeps the feature snapshots of recently used dataset versions in memory; versions are immutable, so a snapshot never goes stale.</summary>
/// <remarks>One load per (version, collection) per process; concurrent first requests share it. When too many are held, all are dropped and reloaded on demand.</remarks>
public sealed class SnapshotCache(IDistrictDataStore store)
{
    /// <summary>Snapshots held at most (five collections of a few versions of a few districts).</summary>
    public const int Capacity = 64;

    private readonly ConcurrentDictionary<(DatasetVersionRef, string), Lazy<Task<FeatureSnapshot>>> _snapshots = new();

    public Task<FeatureSnapshot> GetAsync(DatasetVersionRef version, CollectionDefinition collection, CancellationToken cancellationToken)
    {
        if (_snapshots.Count >= Capacity)
        {
            _snapshots.Clear();
        }

        var entry = _snapshots.GetOrAdd((version, collection.Id), _ => new Lazy<Task<FeatureSnapshot>>(() => LoadAsync(version, collection)));
        var task = entry.Value;
        if (task.IsFaulted || task.IsCanceled)
        {
            _snapshots.TryRemove(new KeyValuePair<(DatasetVersionRef, string), Lazy<Task<FeatureSnapshot>>>((version, collection.Id), entry));
        }

        return task.WaitAsync(cancellationToken);
    }

    // Loaded without the request's token: a snapshot outlives the request that first asked for it.
    private async Task<FeatureSnapshot> LoadAsync(DatasetVersionRef version, CollectionDefinition collection)
    {
        var features = new List<FeatureRecord>();
        await foreach (var f in store.ReadLayerAsync(version, collection.Layer, CancellationToken.None))
        {
            features.Add(f);
        }

        return new FeatureSnapshot(collection, features);
    }
}
