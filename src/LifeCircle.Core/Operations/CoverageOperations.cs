using System.Globalization;
using LifeCircle.Core.Coverage;
using LifeCircle.Core.Documents;
using LifeCircle.Core.Problems;
using LifeCircle.Core.Requests;

namespace LifeCircle.Core.Operations;

/// <summary>How well residents are covered: 5/10/15-minute walking coverage per area, theme, category and scenario.</summary>
public static class CoverageOperations
{
    /// <summary>The parameters of the coverage resource besides f.</summary>
    public static IReadOnlyList<string> Parameters { get; } = ["area", "theme", "category", "threshold", "scenario"];

    public static async Task<Document> GetAsync(DistrictRequest r, CancellationToken ct)
    {
        var query = new QueryReader(r.Query, [.. DistrictRequest.Presentation, .. Parameters]);
        var catalogue = await r.Version.CatalogueAsync(ct);
        var index = await r.Version.CoverageAsync(ct)
            ?? throw ProblemException.NotFound($"District {r.Version.District.Code}'s current dataset version was published without coverage statistics.");

        var area = query.OneOf("area", [.. index.Areas.Select(a => a.Id)]);
        var theme = query.OneOf("theme", [.. catalogue.Themes.Select(t => t.Id)]);
        var category = query.OneOf("category", [.. catalogue.Categories.Select(c => c.Code)]);
        int? threshold = query.OneOf("threshold", ["5", "10", "15"]) is { } t ? int.Parse(t, CultureInfo.InvariantCulture) : null;
        var scenario = query.OneOf("scenario", [.. Scenarios.All]);
        var themeCategories = theme is null ? null : catalogue.Themes.Single(x => x.Id == theme).CategoryCodes.ToHashSet();

        var rows = (area is null ? index.Areas : index.Areas.Where(a => a.Id == area)).Select(a => index.ByArea[a.Id]).ToList();
        return new CoverageDocument(
            r.Version.District.Code,
            r.Version.Id,
            index.Method,
            new CoverageFilters(area, theme, category, threshold, scenario),
            [.. rows.SelectMany(x => x.Headlines).Where(h => scenario is null || h.Scenario == scenario)],
            [.. rows.SelectMany(x => x.Themes).Where(x => (scenario is null || x.Scenario == scenario) && (theme is null || x.Theme == theme))],
            [.. rows.SelectMany(x => x.Categories).Where(x =>
                (scenario is null || x.Scenario == scenario) && (threshold is null || x.Threshold == threshold)
                && (category is null || x.Category == category) && (themeCategories is null || themeCategories.Contains(x.Category)))],
            [
                new Link(r.Request.Self, "self", MediaTypes.Json, "These statistics"),
                new Link(r.Urls.Items("access"), "related", MediaTypes.GeoJson, "Walking minutes per block and category"),
                new Link(r.Urls.Items("gaps"), "related", MediaTypes.GeoJson, "Blocks beyond a basic category's level"),
                new Link(r.Urls.Items("isochrones"), "related", MediaTypes.GeoJson, "5/10/15-minute walking areas of each facility"),
            ]);
    }
}
