using System.Collections.Concurrent;
using System.Text.Json;
using LifeCircle.Core.Coverage;
using LifeCircle.Core.Data;
using LifeCircle.Core.Publishing;

namespace LifeCircle.Api.Ogc;

/// <summary>The coverage statistics of a dataset version, as published with it; read once per version per instance.</summary>
public sealed record CoverageIndex(CoverageMethod Method, IReadOnlyList<CoverageAreaRef> Areas, IReadOnlyDictionary<string, AreaCoverage> ByArea);

/// <summary>Caches <see cref="CoverageIndex"/>es: versions are immutable.</summary>
public sealed class CoverageCache(IDistrictDataStore store)
{
    private readonly ConcurrentDictionary<DatasetVersionRef, Lazy<Task<CoverageIndex?>>> _indexes = new();

    /// <summary>The statistics, or null when the version was published without coverage.</summary>
    public Task<CoverageIndex?> GetAsync(DatasetVersionRef version, CancellationToken cancellationToken)
    {
        if (_indexes.Count >= SnapshotCache.Capacity)
        {
            _indexes.Clear();
        }

        var entry = _indexes.GetOrAdd(version, v => new Lazy<Task<CoverageIndex?>>(() => LoadAsync(v)));
        if (entry.Value.IsFaulted)
        {
            _indexes.TryRemove(new KeyValuePair<DatasetVersionRef, Lazy<Task<CoverageIndex?>>>(version, entry));
        }

        return entry.Value.WaitAsync(cancellationToken);
    }

    private async Task<CoverageIndex?> LoadAsync(DatasetVersionRef version)
    {
        var method = await store.GetDocumentAsync(version, CoverageLayers.MethodDocument);
        var areas = await store.GetDocumentAsync(version, CoverageLayers.AreasDocument);
        if (method is null || areas is null)
        {
            return null;
        }

        var refs = JsonSerializer.Deserialize<List<CoverageAreaRef>>(areas, JsonText.Compact)!;
        var byArea = new Dictionary<string, AreaCoverage>();
        foreach (var area in refs)
        {
            var json = await store.GetDocumentAsync(version, CoverageLayers.AreaDocument(area.Id))
                ?? throw new InvalidOperationException($"Coverage of area {area.Id} is missing from version {version}.");
            byArea[area.Id] = JsonSerializer.Deserialize<AreaCoverage>(json, JsonText.Compact)!;
        }

        return new CoverageIndex(JsonSerializer.Deserialize<CoverageMethod>(method, JsonText.Compact)!, refs, byArea);
    }
}
