using NetTopologySuite.Geometries;

namespace LifeCircle.Core.Model;

/// <summary>A service facility residents walk to.</summary>
/// <param name="Id">Stable identifier, unique within the district.</param>
/// <param name="Category">Code of its <see cref="FacilityCategory"/>.</param>
/// <param name="Themes">Ids of the themes it serves.</param>
/// <param name="Community">Code of the community it stands in, if any.</param>
/// <param name="Year">Year opened (or planned to open), if known.</param>
/// <param name="Capacity">Places, beds or seats where known.</param>
/// <param name="Location">Point in CRS84.</param>
public sealed record Facility(
    string Id,
    LocalizedText Name,
    string Category,
    IReadOnlyList<string> Themes,
    string? Community,
    string? Address,
    FacilityStatus Status,
    int? Year,
    int? Capacity,
    Provenance Provenance,
    Point Location);

/// <summary>Whether a facility serves residents now.</summary>
public enum FacilityStatus
{
    Existing,
    Planned,
    UnderConstruction,
}
