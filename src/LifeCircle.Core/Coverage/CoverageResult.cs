using System.Text.Json.Serialization;

namespace LifeCircle.Core.Coverage;


/// <summary>The two scenarios every figure is computed for.</summary>
public static class Scenarios
{
    /// <summary>Facilities that serve residents now.</summary>
    public const string Existing = "existing";

    /// <summary>Existing facilities plus planned and under-construction ones: what the plans will add.</summary>
    public const string WithPlanned = "with-planned";

    public static IReadOnlyList<string> All { get; } = [Existing, WithPlanned];
}

/// <summary>How the figures were computed, so a journalist can cite the method.</summary>
/// <param name="Method">"network" or "straight-line-x1.3".</param>
public sealed record CoverageMethod(string Method, double WalkingSpeedKmh, double CutoffMinutes, double DetourFactor, IReadOnlyList<int> Thresholds, int NetworkNodes, int NetworkEdges);

// A figure with no value (no residents, beyond the cutoff) is written as null rather than left out (the API bodies leave nulls
// out by default), so every row has the same members and the documented nulls are there.

/// <summary>Coverage of one category in one area at one threshold in one scenario.</summary>
/// <param name="MedianMinutes">Population-weighted median walking minutes; null when more than half the residents are beyond the cutoff.</param>
/// <param name="P90Minutes">Population-weighted 90th percentile; null when beyond the cutoff.</param>
public sealed record CategoryCoverage(
    string Area, string AreaKind, string Category, int Threshold, string Scenario,
    int Residents, int ResidentsCovered, [property: JsonIgnore(Condition = JsonIgnoreCondition.Never)] double? Share, double Elderly, double ElderlyCovered, [property: JsonIgnore(Condition = JsonIgnoreCondition.Never)] double? ElderlyShare,
    int Facilities, [property: JsonIgnore(Condition = JsonIgnoreCondition.Never)] double? MedianMinutes, [property: JsonIgnore(Condition = JsonIgnoreCondition.Never)] double? P90Minutes);

/// <summary>Share of an area's residents who reach every basic category of a theme within that category's level.</summary>
public sealed record ThemeCoverage(string Area, string AreaKind, string Theme, string Scenario, int Residents, int ResidentsComplete, [property: JsonIgnore(Condition = JsonIgnoreCondition.Never)] double? Share, IReadOnlyList<string> BasicCategories);

/// <summary>Share of an area's residents whose whole life circle is complete: every basic category within its level.</summary>
/// <param name="ShareWithin15">The article's own definition: every basic category within a 15-minute walk, whatever its level.</param>
/// <param name="Limiting">The basic categories that leave the most residents beyond their level, worst first: why the share is what it is.</param>
/// <param name="Categories">The basic categories the headline covers (see CoverageComputation.HeadlineCategories).</param>
/// <param name="Population">The residents the figures count (those of the blocks) beside the population the dataset declares for the area.</param>
public sealed record AreaHeadline(
    string Area, string AreaKind, string Scenario, int Residents, int ResidentsComplete, [property: JsonIgnore(Condition = JsonIgnoreCondition.Never)] double? Share, double Elderly, double ElderlyComplete, [property: JsonIgnore(Condition = JsonIgnoreCondition.Never)] double? ElderlyShare,
    int ResidentsWithin15, [property: JsonIgnore(Condition = JsonIgnoreCondition.Never)] double? ShareWithin15, IReadOnlyList<LimitingCategory> Limiting, IReadOnlyList<string> Categories, PopulationFigures Population);

/// <summary>Both populations of an area: the residents of its blocks, whom every share counts, and the population the dataset declares (census, circle or community figure).</summary>
/// <param name="BlockResidents">Residents of the area's blocks: the denominator of every share.</param>
/// <param name="Declared">The declared population; null when the dataset declares none (or 0).</param>
/// <param name="BlocksShareOfDeclared">BlockResidents / Declared: how much of the declared population the blocks represent; null without a declared population.</param>
public sealed record PopulationFigures(int BlockResidents, int? Declared, double? BlocksShareOfDeclared);

/// <summary>A basic category and the share of an area's residents it leaves beyond its walking level.</summary>
public sealed record LimitingCategory(string Category, int Level, int ResidentsNotReached, double? ShareNotReached);

/// <summary>Walking minutes from one block to the nearest facility of each category, per scenario (+∞ = beyond the cutoff).</summary>
public sealed record BlockAccess(string Block, IReadOnlyDictionary<(string Category, string Scenario), double> Minutes);

/// <summary>Everything the coverage computation produces for one dataset version.</summary>
public sealed record CoverageResult(
    CoverageMethod Method,
    IReadOnlyList<CategoryCoverage> Categories,
    IReadOnlyList<ThemeCoverage> Themes,
    IReadOnlyList<AreaHeadline> Headlines,
    IReadOnlyList<BlockAccess> Blocks);
