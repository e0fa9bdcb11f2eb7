using LifeCircle.Core.Model;

namespace LifeCircle.Core.Publishing;

/// <summary>What the district list shows of a version's metadata, kept in the district row when the version is published so that listing reads no catalogue.</summary>
/// <param name="Description">The package's description; either language, or both, may be blank.</param>
/// <param name="Publisher">Who publishes the dataset, as the package names them.</param>
/// <param name="VersionLabel">The publisher's version label, e.g. "2025.2".</param>
/// <param name="Sources">The sources the package cites.</param>
/// <param name="Provenance">Per layer, whether its values are sourced or illustrative.</param>
public sealed record DistrictSummary(
    LocalizedText? Description,
    string? Publisher,
    string? VersionLabel,
    IReadOnlyList<DataSource>? Sources,
    IReadOnlyDictionary<string, LayerProvenance>? Provenance)
{
    /// <summary>The summary of a version's metadata.</summary>
    public static DistrictSummary Of(DatasetMetadata metadata) =>
        new(metadata.Description, metadata.Publisher, metadata.Version, metadata.Sources, metadata.Provenance);
}
