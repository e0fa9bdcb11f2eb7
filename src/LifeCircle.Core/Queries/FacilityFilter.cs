using LifeCircle.Core.Model;

namespace LifeCircle.Core.Queries;

/// <summary>Which facilities a query asks for; every criterion that is set must hold.</summary>
public sealed record FacilityFilter(
    GeoBoundingBox? Bbox = null,
    string? Category = null,
    string? Theme = null,
    string? Community = null,
    FacilityStatus? Status = null)
{
    /// <summary>A filter that matches every facility.</summary>
    public static FacilityFilter None { get; } = new();

    /// <summary>Whether <paramref name="facility"/> satisfies every criterion.</summary>
    public bool Matches(Facility facility) =>
        (Bbox is null || Bbox.Contains(facility.Location.X, facility.Location.Y))
        && (Category is null || facility.Category == Category)
        && (Theme is null || facility.Themes.Contains(Theme))
        && (Community is null || facility.Community == Community)
        && (Status is null || facility.Status == Status);
}
