namespace LifeCircle.Core.Model;

/// <summary>A kind of facility in the catalogue, with the walking level at which residents should reach it.</summary>
/// <param name="Code">Stable code, e.g. "kindergarten".</param>
/// <param name="WalkingMinutes">5, 10 or 15: the life-circle level that must provide it.</param>
/// <param name="Tier">Basic (required) or quality (optional), after TD/T 1062-2021.</param>
/// <param name="Standard">The standard the category is aligned with.</param>
/// <param name="Aliases">Other names the district's files use for it (e.g. 菜市场, wet market), declared in dataset.json; null when none.</param>
public sealed record FacilityCategory(string Code, LocalizedText Name, int WalkingMinutes, ServiceTier Tier, string Standard, IReadOnlyList<string>? Aliases = null);

/// <summary>TD/T 1062-2021 split of service elements.</summary>
public enum ServiceTier
{
    /// <summary>基础保障类: required in every life circle.</summary>
    Basic,

    /// <summary>品质提升类: optional, raises quality.</summary>
    Quality,
}
