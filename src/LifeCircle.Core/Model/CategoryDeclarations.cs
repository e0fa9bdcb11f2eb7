namespace LifeCircle.Core.Model;

/// <summary>A district's additions to the category catalogue, declared in dataset.json ("metadata": {"categories": …}).</summary>
/// <param name="Extend">Categories of its own, added to the catalogue (standard or categories.json).</param>
/// <param name="Aliases">Its own names for catalogue categories, e.g. "菜市场" or "wet market" → "fresh-market"; a facility may use either.</param>
/// <param name="Headline">The basic categories the headline covers; null: the catalogue's basic categories that have at least one facility.</param>
public sealed record CategoryDeclarations(
    IReadOnlyList<FacilityCategory>? Extend = null,
    IReadOnlyDictionary<string, string>? Aliases = null,
    IReadOnlyList<string>? Headline = null);

/// <summary>One value the import derived or defaulted: in which layer, which field, how, and for how many records.</summary>
/// <param name="Layer">The layer or file, e.g. "areas" or "themes".</param>
/// <param name="Field">The property, e.g. "population".</param>
/// <param name="How">What was done, e.g. "summed from the area's blocks".</param>
/// <param name="Records">How many records it was done for (0 for a whole file).</param>
public sealed record Derivation(string Layer, string Field, string How, int Records);
