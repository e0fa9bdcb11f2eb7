using LifeCircle.Core.Coverage;
using System.Text.Json.Serialization;
using LifeCircle.Core.Model;

namespace LifeCircle.Core.Documents;

/// <summary>Walking coverage statistics of one dataset version, as filtered by the request.</summary>
public sealed record CoverageDocument(
    string District,
    string DatasetVersion,
    CoverageMethod Method,
    CoverageFilters Filters,
    IReadOnlyList<AreaHeadline> Headlines,
    IReadOnlyList<ThemeCoverage> Themes,
    IReadOnlyList<CategoryCoverage> Categories,
    IReadOnlyList<Link> Links) : Document
{
    /// <summary>Names of the district, areas, themes and categories, for the CSV file and charts (not part of the JSON).</summary>
    [JsonIgnore]
    public CoverageLabels? Labels { get; init; }
}

/// <summary>The coverage statistics as a file: only a file renderer (CSV) writes it, whatever Accept says.</summary>
public sealed record CoverageFileDocument(CoverageDocument Coverage) : Document
{
    /// <summary>None: the file URL names its format.</summary>
    public override string? JsonMediaType() => null;

    /// <summary>Named, as the layer downloads are, by district and version: the figures of one version, whatever the filters.</summary>
    public override string FileName() => $"{Coverage.District}-{Coverage.DatasetVersion}-coverage.csv";
}

/// <summary>The filters a coverage request gave (null where not given).</summary>
public sealed record CoverageFilters(string? Area, string? Theme, string? Category, int? Threshold, string? Scenario, string? Figure = null);

/// <summary>The themed circles with their categories.</summary>
public sealed record ThemesDocument(IReadOnlyList<ThemeDefinition> Themes, IReadOnlyList<Link> Links) : Document;

/// <summary>One themed circle: names, lead bureau and its categories.</summary>
public sealed record ThemeDefinition(string Id, LocalizedText Name, LocalizedText? LeadBureau, IReadOnlyList<FacilityCategory> Categories);

/// <summary>The facility categories with the walking levels they are measured at.</summary>
public sealed record CategoriesDocument(IReadOnlyList<WalkingLevel> WalkingLevels, double WalkingSpeedKmh, IReadOnlyList<FacilityCategory> Categories, IReadOnlyList<Link> Links) : Document;

/// <summary>A walking level in minutes and the distance it stands for.</summary>
public sealed record WalkingLevel(int Minutes, double Metres);

/// <summary>The life circles as plain JSON, with the thresholds they promise.</summary>
public sealed record CirclesDocument(IReadOnlyList<int> ThresholdsMinutes, double WalkingSpeedKmh, IReadOnlyList<IReadOnlyDictionary<string, object?>> Circles, IReadOnlyList<Link> Links) : Document;
