namespace LifeCircle.Core.Model;

/// <summary>One complete published dataset of a district: everything an import writes as one version.</summary>
public sealed record Dataset(
    DatasetMetadata Metadata,
    District District,
    IReadOnlyList<Area> Areas,
    IReadOnlyList<Circle> Circles,
    IReadOnlyList<Theme> Themes,
    IReadOnlyList<FacilityCategory> Categories,
    IReadOnlyList<Facility> Facilities,
    IReadOnlyList<ResidentialBlock> Blocks,
    IReadOnlyList<Street> Streets);
