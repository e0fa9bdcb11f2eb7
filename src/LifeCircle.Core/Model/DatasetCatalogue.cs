namespace LifeCircle.Core.Model;

/// <summary>The reference lists of one dataset version that queries are validated against.</summary>
public sealed record DatasetCatalogue(
    DatasetMetadata Metadata,
    IReadOnlyList<Theme> Themes,
    IReadOnlyList<FacilityCategory> Categories,
    IReadOnlyList<string> AreaCodes);
