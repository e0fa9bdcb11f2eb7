using LifeCircle.Core.Model;
using LifeCircle.Core.Features;

namespace LifeCircle.Core.Publishing;

/// <summary>Where published district datasets live; shaped like an Azure SDK client (async, options, pages).</summary>
public interface IDistrictDataStore
{
    /// <summary>Every district that has a current published version.</summary>
    Task<IReadOnlyList<PublishedDistrict>> ListDistrictsAsync(CancellationToken cancellationToken = default);

    /// <summary>One district, or null when none is published under that code.</summary>
    Task<PublishedDistrict?> GetDistrictAsync(string districtCode, CancellationToken cancellationToken = default);

    /// <summary>The district as of one of its complete versions (old ones stay readable until pruned), or null.</summary>
    Task<PublishedDistrict?> GetDistrictVersionAsync(string districtCode, string version, CancellationToken cancellationToken = default);

    /// <summary>The themes, categories and areas of one dataset version, or null when the version does not exist.</summary>
    Task<DatasetCatalogue?> GetCatalogueAsync(DatasetVersionRef version, CancellationToken cancellationToken = default);

    /// <summary>Every feature of one layer ("facility", "area", "circle", "block" or "street") of a dataset version; none when the version does not exist.</summary>
    IAsyncEnumerable<FeatureRecord> ReadLayerAsync(DatasetVersionRef version, string layer, CancellationToken cancellationToken = default);

    /// <summary>A stored JSON document of a dataset version (e.g. "coverage:north"), or null.</summary>
    Task<string?> GetDocumentAsync(DatasetVersionRef version, string key, CancellationToken cancellationToken = default);

    /// <summary>Gets ready for a publish that follows (e.g. creates tables) so that it starts writing at once; optional, and harmless if no publish follows.</summary>
    Task PrepareToPublishAsync(CancellationToken cancellationToken = default) => Task.CompletedTask;

    /// <summary>Writes the dataset as a new version and only then makes it the district's current version.</summary>
    Task<PublishResult> PublishAsync(Dataset dataset, PublishOptions? options = null, CancellationToken cancellationToken = default);
}

/// <summary>Names one immutable dataset version of a district.</summary>
public sealed record DatasetVersionRef(string DistrictCode, string Version);

/// <summary>A district as listed by the API: who it is and which dataset version is current.</summary>
public sealed record PublishedDistrict(
    string Code,
    LocalizedText Name,
    int Population,
    string CurrentVersion,
    LocalizedText Title,
    DatasetLicence Licence,
    DateTimeOffset PublishedAt,
    int FacilityCount)
{
    /// <summary>The current dataset version of this district.</summary>
    public DatasetVersionRef Current => new(Code, CurrentVersion);

    /// <summary>What the district list shows of this version's metadata; null for rows written before publishing kept it (their catalogue has it).</summary>
    public DistrictSummary? Summary { get; init; }
}

/// <summary>Options for <see cref="IDistrictDataStore.PublishAsync"/>.</summary>
public sealed class PublishOptions
{
    /// <summary>Called after each batch with (entities written, entities in all).</summary>
    public IProgress<(int Written, int Total)>? Progress { get; init; }

    /// <summary>Layers and documents computed from the dataset (coverage), published in the same version.</summary>
    public DerivedData? Derived { get; init; }
}

/// <summary>What an import computes from a dataset and publishes with it.</summary>
/// <param name="EngineVersion">Identifies the computation; part of the version id, so a changed method republishes.</param>
/// <param name="Layers">Feature layers by name, e.g. "access".</param>
/// <param name="Documents">JSON documents by key, e.g. "coverage:north".</param>
public sealed record DerivedData(string EngineVersion, IReadOnlyDictionary<string, IReadOnlyList<FeatureRecord>> Layers, IReadOnlyDictionary<string, string> Documents);

/// <summary>What a publish did.</summary>
/// <param name="Version">The version id (derived from the content, so the same data gives the same id).</param>
/// <param name="EntitiesWritten">Table entities written (0 when the version was already complete).</param>
/// <param name="AlreadyPublished">True when the very same content was already current.</param>
public sealed record PublishResult(DatasetVersionRef Version, int EntitiesWritten, bool AlreadyPublished);
