using NetTopologySuite.Geometries;

namespace LifeCircle.Core.Model;

/// <summary>An administrative area below the district: a town or subdistrict, a community or a village.</summary>
/// <param name="Code">Statistical code (12 digits where the area has one).</param>
/// <param name="Kind">One of <see cref="AreaKinds"/>.</param>
/// <param name="ParentCode">Code of the enclosing area, or the district code.</param>
/// <param name="Population">Residents; 0 where unknown and not modelled.</param>
/// <param name="ElderlyShare">Share of residents who are elderly, 0..1.</param>
/// <param name="Geometry">Boundary in CRS84, or null where no position is modelled.</param>
public sealed record Area(
    string Code,
    LocalizedText Name,
    string Kind,
    string ParentCode,
    int Population,
    double ElderlyShare,
    Geometry? Geometry,
    Provenance Provenance);

/// <summary>The kinds of <see cref="Area"/>.</summary>
public static class AreaKinds
{
    public const string Subdistrict = "subdistrict";
    public const string Town = "town";
    public const string Community = "community";
    public const string Village = "village";

    /// <summary>Every kind, in hierarchy order.</summary>
    public static IReadOnlyList<string> All { get; } = [Subdistrict, Town, Community, Village];
}
