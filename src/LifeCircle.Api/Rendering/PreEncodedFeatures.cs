using LifeCircle.Core.Features;
using LifeCircle.Core.Geodesy;
using LifeCircle.Core.Queries;
using LifeCircle.Core.Requests;
using LifeCircle.Core.Versions;

namespace LifeCircle.Api.Rendering;

/// <summary>Every feature of one collection of a version as its GeoJSON bytes in one CRS, built once and held in the VersionCache.</summary>
/// <remarks>Versions are immutable, so the bytes never go stale; a page with properties or skipGeometry is written feature by feature instead.</remarks>
public sealed class PreEncodedFeatures
{
    private readonly Dictionary<string, byte[]> _byId;

    private PreEncodedFeatures(Dictionary<string, byte[]> byId, long estimatedBytes)
    {
        _byId = byId;
        EstimatedBytes = estimatedBytes;
    }

    /// <summary>The bytes held, plus the dictionary's own per-entry cost.</summary>
    public long EstimatedBytes { get; }

    public int Count => _byId.Count;

    /// <summary>Whether a page written with these options may copy pre-encoded features.</summary>
    public static bool Serves(OutputOptions output) => output.Properties is null && !output.SkipGeometry;

    /// <summary>The feature's bytes, when it is one of the collection's.</summary>
    public bool TryGet(string id, out byte[] bytes) => _byId.TryGetValue(id, out bytes!);

    /// <summary>The collection's features in the CRS once they are encoded; null while they are not, and their encoding is started.</summary>
    /// <remarks>
    /// A page need not wait for every feature of its version to be encoded (a 10,000-facility layer takes some 50–100 ms):
    /// the first pages of a version are written feature by feature, byte for byte the same, while the encoding runs for the next.
    /// </remarks>
    public static Task<PreEncodedFeatures?> ForAsync(PublishedVersion version, CollectionDefinition collection, CoordinateSystem crs, CancellationToken ct)
    {
        var encoding = BuildAsync(version, collection, crs, CancellationToken.None);
        if (encoding.IsCompletedSuccessfully)
        {
            return Task.FromResult<PreEncodedFeatures?>(encoding.Result);
        }

        // The encoding is the cache's (shared, run without any request's token); a failure is the next caller's to see.
        _ = encoding.ContinueWith(t => t.Exception, CancellationToken.None, TaskContinuationOptions.OnlyOnFaulted, TaskScheduler.Default);
        ct.ThrowIfCancellationRequested();
        return Task.FromResult<PreEncodedFeatures?>(null);
    }

    /// <summary>The collection's features in the CRS, encoded on first use of this version, collection and CRS (waiting for the encoding).</summary>
    public static Task<PreEncodedFeatures> BuildAsync(PublishedVersion version, CollectionDefinition collection, CoordinateSystem crs, CancellationToken ct) =>
        version.DerivedAsync($"geojson:{collection.Id}:{crs.Uri}", async token =>
            Build((await version.SnapshotAsync(collection, token)).Query(new FeatureQuery { Limit = int.MaxValue }).Features, crs),
            e => e.EstimatedBytes, ct);

    /// <summary>Encodes the features (ids are unique within a collection).</summary>
    public static PreEncodedFeatures Build(IReadOnlyList<FeatureRecord> features, CoordinateSystem crs)
    {
        var output = new OutputOptions(crs, null, false);
        var byId = new Dictionary<string, byte[]>(features.Count, StringComparer.Ordinal);
        long bytes = 256;
        foreach (var f in features)
        {
            var encoded = FeatureJsonWriter.Encode(f, output);
            byId[f.Id] = encoded;
            // Array header, the dictionary entry and the key string (shared with the snapshot, so not counted again).
            bytes += encoded.Length + 24 + 24;
        }

        return new PreEncodedFeatures(byId, bytes);
    }
}
