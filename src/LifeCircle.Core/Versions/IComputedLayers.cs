using LifeCircle.Core.Features;

namespace LifeCircle.Core.Versions;

/// <summary>Computes the collections a version does not store (<see cref="Layers.LayerStorage.NotStored"/>) from its published parts; the host gives one to the <see cref="VersionResolver"/>.</summary>
public interface IComputedLayers
{
    /// <summary>Every feature of the collection in the version; called once per version and collection, shared by the requests that wait, and never cancelled by them.</summary>
    Task<IReadOnlyList<FeatureRecord>> ComputeAsync(PublishedVersion version, CollectionDefinition collection, CancellationToken cancellationToken);
}
