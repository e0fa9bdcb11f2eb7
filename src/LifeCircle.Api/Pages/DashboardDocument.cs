using LifeCircle.Core.Documents;

namespace LifeCircle.Api.Pages;

/// <summary>A district's coverage dashboard: the whole coverage of one version, what the reader chose, names, and the map's layers as GeoJSON.</summary>
/// <remarks>Its JSON rendering is the coverage document itself, so the JSON sibling of the page holds exactly the page's numbers.</remarks>
public sealed record DashboardDocument(
    CoverageDocument Coverage,
    DashboardChoice Choice,
    IReadOnlyList<DashboardName> Areas,
    IReadOnlyList<DashboardTheme> Themes,
    IReadOnlyList<DashboardName> Categories,
    string BlocksGeoJson,
    string FacilitiesGeoJson) : Document
{
    public override object JsonContent() => Coverage;
}

/// <summary>What the reader chose: the theme and category charted, the scenario shown first, and residents or elderly residents.</summary>
public sealed record DashboardChoice(string Theme, string Category, string Scenario, string Population);

/// <summary>An area, category or theme id with its names (and for areas, their kind).</summary>
public sealed record DashboardName(string Id, LocalizedText Name, string? Kind = null, int? Level = null);

/// <summary>A theme with its categories.</summary>
public sealed record DashboardTheme(string Id, LocalizedText Name, IReadOnlyList<string> Categories);

/// <summary>One chart or map of a dashboard, alone on a page that articles frame.</summary>
public sealed record EmbedDocument(string Chart, DashboardDocument Dashboard) : Document
{
    /// <summary>The charts and maps that can be embedded.</summary>
    public static IReadOnlyList<string> Charts { get; } = ["coverage", "access"];

    public override object JsonContent() => Dashboard.Coverage;
}
