using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using LifeCircle.Core.Data;
using LifeCircle.Core.Data.Layers;
using LifeCircle.Core.Features;
using LifeCircle.Core.Model;
using LifeCircle.Core.Publishing;

namespace LifeCircle.Tests.Shared;

/// <summary>A store held in memory, for tests of what reads a store (cache, resolver, handlers) without Azurite; it counts the reads it serves.</summary>
public sealed class InMemoryDistrictDataStore : IDistrictDataStore
{
    private readonly ConcurrentDictionary<string, PublishedDistrict> _current = new();
    private readonly ConcurrentDictionary<DatasetVersionRef, StoredVersion> _versions = new();

    /// <summary>District row reads served (current and pinned).</summary>
    public int DistrictReads;

    /// <summary>Layer reads served.</summary>
    public int LayerReads;

    /// <summary>While true, every read fails as an unreachable Table Storage does.</summary>
    public bool Down { get; set; }

    /// <summary>Adds a complete version; makes it current unless told not to.</summary>
    public void Put(PublishedDistrict district, DatasetCatalogue catalogue, IReadOnlyDictionary<string, IReadOnlyList<FeatureRecord>> layers,
        IReadOnlyDictionary<string, string>? documents = null, bool makeCurrent = true)
    {
        _versions[district.Current] = new StoredVersion(district, catalogue, layers, documents ?? new Dictionary<string, string>());
        if (makeCurrent)
        {
            _current[district.Code] = district;
        }
    }

    public Task<IReadOnlyList<PublishedDistrict>> ListDistrictsAsync(CancellationToken cancellationToken = default) =>
        Up(() => Task.FromResult<IReadOnlyList<PublishedDistrict>>([.. _current.Values]));

    public Task<PublishedDistrict?> GetDistrictAsync(string districtCode, CancellationToken cancellationToken = default)
    {
        Interlocked.Increment(ref DistrictReads);
        return Up(() => Task.FromResult(_current.GetValueOrDefault(districtCode)));
    }

    public Task<PublishedDistrict?> GetDistrictVersionAsync(string districtCode, string version, CancellationToken cancellationToken = default)
    {
        Interlocked.Increment(ref DistrictReads);
        return Up(() => Task.FromResult(_versions.GetValueOrDefault(new DatasetVersionRef(districtCode, version))?.District));
    }

    public Task<DatasetCatalogue?> GetCatalogueAsync(DatasetVersionRef version, CancellationToken cancellationToken = default) =>
        Up(() => Task.FromResult(_versions.GetValueOrDefault(version)?.Catalogue));

    public async IAsyncEnumerable<FeatureRecord> ReadLayerAsync(DatasetVersionRef version, string layer, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        Interlocked.Increment(ref LayerReads);
        await Task.Yield();
        await Up(() => Task.FromResult(0));
        if (_versions.GetValueOrDefault(version)?.Layers.GetValueOrDefault(layer) is { } features)
        {
            foreach (var f in features)
            {
                yield return f;
            }
        }
    }

    public Task<string?> GetDocumentAsync(DatasetVersionRef version, string key, CancellationToken cancellationToken = default) =>
        Up(() => Task.FromResult(_versions.GetValueOrDefault(version)?.Documents.GetValueOrDefault(key)));

    /// <summary>Publishes as the table store does (content-derived version, then the switch), without the tables: for tests of what calls a store.</summary>
    public Task<PublishResult> PublishAsync(Dataset dataset, PublishOptions? options = null, CancellationToken cancellationToken = default)
    {
        var version = new DatasetVersionRef(dataset.District.Code, DatasetVersionIds.Compute(dataset, options?.Derived?.EngineVersion));
        if (_current.GetValueOrDefault(version.DistrictCode)?.CurrentVersion == version.Version)
        {
            return Task.FromResult(new PublishResult(version, 0, AlreadyPublished: true));
        }

        var layers = new Dictionary<string, IReadOnlyList<FeatureRecord>>
        {
            [Collections.Facilities.Layer] = Records(dataset.Facilities, LayerCodecs.Facilities),
            [Collections.Areas.Layer] = Records(dataset.Areas, LayerCodecs.Areas),
            [Collections.Circles.Layer] = Records(dataset.Circles, LayerCodecs.Circles),
            [Collections.Blocks.Layer] = Records(dataset.Blocks, LayerCodecs.Blocks),
            [Collections.Streets.Layer] = Records(dataset.Streets, LayerCodecs.Streets),
        };
        foreach (var (layer, features) in options?.Derived?.Layers ?? new Dictionary<string, IReadOnlyList<FeatureRecord>>())
        {
            layers[layer] = features;
        }

        var district = new PublishedDistrict(dataset.District.Code, dataset.District.Name, dataset.District.Population, version.Version,
            dataset.Metadata.Title, dataset.Metadata.Licence, DateTimeOffset.UtcNow, dataset.Facilities.Count) { Summary = DistrictSummary.Of(dataset.Metadata) };
        var catalogue = new DatasetCatalogue(dataset.Metadata, dataset.Themes, dataset.Categories, [.. dataset.Areas.Select(a => a.Code)]);
        var documents = new Dictionary<string, string>(options?.Derived?.Documents ?? new Dictionary<string, string>())
        {
            [LayerOutlines.Document] = LayerOutlines.ToJson(LayerOutlines.Of(dataset, options?.Derived)),
        };
        Put(district, catalogue, layers, documents);
        return Task.FromResult(new PublishResult(version, layers.Values.Sum(l => l.Count) + 2, AlreadyPublished: false));
    }

    private static IReadOnlyList<FeatureRecord> Records<T>(IEnumerable<T> items, IFeatureCodec<T> codec) =>
        [.. items.Select(item => FeatureRecords.Parse(FeatureCollections.ToJson(item, codec)))];

    private Task<T> Up<T>(Func<Task<T>> read) =>
        Down ? Task.FromException<T>(new StoreUnavailableException("The in-memory store is switched off.")) : read();

    private sealed record StoredVersion(PublishedDistrict District, DatasetCatalogue Catalogue, IReadOnlyDictionary<string, IReadOnlyList<FeatureRecord>> Layers, IReadOnlyDictionary<string, string> Documents);
}
