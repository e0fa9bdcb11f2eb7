using System.Text;
using LifeCircle.Core.Coverage;
using LifeCircle.Core.Documents;
using LifeCircle.Core.Features;

namespace LifeCircle.Api.Pages;

/// <summary>Reads what a dashboard (or one of its embeds) shows from one version: coverage as /coverage answers it, names, blocks and facilities.</summary>
public static class DashboardOperations
{
    public const string Theme = "theme", Category = "category", Scenario = "scenario", Population = "population";

    /// <summary>Whose share the charts show.</summary>
    public static IReadOnlyList<string> Populations { get; } = ["residents", "elderly"];

    /// <summary>The theme shown when none is chosen: the elderly-care circle, whose planned stations change the most.</summary>
    public const string DefaultTheme = "elderly-care";

    public static async Task<Document> DashboardAsync(DistrictRequest r, CancellationToken ct) => await ReadAsync(r, ct);

    public static async Task<Document> EmbedAsync(DistrictRequest r, string chart, CancellationToken ct)
    {
        if (!EmbedDocument.Charts.Contains(chart))
        {
            throw ProblemException.NotFound($"There is no embed '{chart}'; embeds: {string.Join(", ", EmbedDocument.Charts)}.");
        }

        return new EmbedDocument(chart, await ReadAsync(r, ct));
    }

    private static async Task<DashboardDocument> ReadAsync(DistrictRequest r, CancellationToken ct)
    {
        var query = new QueryReader(r.Query, [.. DistrictRequest.Presentation, Theme, Category, Scenario, Population]);
        var catalogue = await r.Version.CatalogueAsync(ct);
        var theme = query.OneOf(Theme, [.. catalogue.Themes.Select(t => t.Id)])
            ?? (catalogue.Themes.Any(t => t.Id == DefaultTheme) ? DefaultTheme : catalogue.Themes[0].Id);
        var themeCategories = catalogue.Themes.Single(t => t.Id == theme).CategoryCodes;
        var category = query.OneOf(Category, [.. catalogue.Categories.Select(c => c.Code)]) ?? themeCategories.FirstOrDefault() ?? catalogue.Categories[0].Code;
        var choice = new DashboardChoice(theme, category,
            query.OneOf(Scenario, [.. Scenarios.All]) ?? Scenarios.Existing, query.OneOf(Population, Populations) ?? Populations[0]);

        // The whole coverage, read by the same operation as /coverage with no filter: the page's numbers are the API's.
        var coverage = (CoverageDocument)await CoverageOperations.GetAsync(r with { Request = r.Request with { Query = QueryParameters.None } }, ct);
        var areas = await r.Version.SnapshotAsync(Collections.Areas, ct);
        var circles = await r.Version.SnapshotAsync(Collections.Circles, ct);
        var access = await r.Version.SnapshotAsync(Collections.Access, ct);
        var facilities = await r.Version.SnapshotAsync(Collections.Facilities, ct);
        var areaIds = coverage.Headlines.Select(h => (h.Area, h.AreaKind)).Distinct();
        return new DashboardDocument(
            coverage,
            choice,
            [.. areaIds.Select(a => new DashboardName(a.Area, NameOf(a.Area, areas.Get(a.Area) ?? circles.Get(a.Area), r.Version.District.Name), a.AreaKind))],
            [.. catalogue.Themes.Select(t => new DashboardTheme(t.Id, t.Name, t.CategoryCodes))],
            [.. catalogue.Categories.Select(c => new DashboardName(c.Code, c.Name, c.Tier.ToString().ToLowerInvariant(), c.WalkingMinutes))],
            Collection(access.Query(new FeatureQuery { PropertyEquals = [new("category", category)], Limit = int.MaxValue }, ct).Features),
            Collection(facilities.Query(new FeatureQuery { Limit = int.MaxValue }, ct).Features));
    }

    private static LocalizedText NameOf(string id, FeatureRecord? feature, LocalizedText district) =>
        feature is null ? (id.Length == 6 ? district : new LocalizedText(id, id))
            : new LocalizedText(feature["name_zh"] as string ?? id, feature["name_en"] as string ?? id);

    private static string Collection(IEnumerable<FeatureRecord> features)
    {
        var json = new StringBuilder("{\"type\":\"FeatureCollection\",\"features\":[");
        json.AppendJoin(',', features.Select(FeatureRecords.ToJson));
        return json.Append("]}").ToString();
    }
}
