using NetTopologySuite.Geometries;

namespace LifeCircle.Core.Model;

/// <summary>One 15-minute community life circle: the area whose residents it serves.</summary>
/// <param name="Id">Stable identifier within the district, e.g. "north".</param>
/// <param name="Population">Residents the circle serves.</param>
/// <param name="AreaKm2">Area in square kilometres (as stated, or measured on the projected polygon).</param>
/// <param name="CommunityCodes">Codes of member communities (a community may be a member in part).</param>
/// <param name="Phase">Build phase, e.g. "pilot"; null when not given.</param>
/// <param name="Year">Year the build-out of this circle starts; null when not given.</param>
public sealed record Circle(
    string Id,
    LocalizedText Name,
    Geometry Geometry,
    int Population,
    double AreaKm2,
    IReadOnlyList<string> CommunityCodes,
    string? Phase,
    int? Year,
    Provenance Provenance);
