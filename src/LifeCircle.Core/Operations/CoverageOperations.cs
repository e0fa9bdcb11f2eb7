using System.Globalization;
using LifeCircle.Core.Coverage;
using LifeCircle.Core.Documents;
using LifeCircle.Core.Features;
using LifeCircle.Core.Model;
using LifeCircle.Core.Problems;
using LifeCircle.Core.Queries;
using LifeCircle.Core.Requests;
using LifeCircle.Core.Versions;

namespace LifeCircle.Core.Operations;

/// <summary>How well residents are covered: 5/10/15-minute walking coverage per area, theme, category and scenario.</summary>
public static class CoverageOperations
{
    /// <summary>The parameters of the coverage resource besides f.</summary>
    public static IReadOnlyList<string> Parameters { get; } = ["area", "theme", "category", "threshold", "scenario", "figure"];

    /// <summary>The kinds of figure figure= keeps: the headlines (whole circle; in the CSV, figures circle and circle-within-15), theme rows, category rows.</summary>
    public static IReadOnlyList<string> Figures { get; } = ["circle", "theme", "category"];

    public static async Task<Document> GetAsync(DistrictRequest r, CancellationToken ct)
    {
        var query = new QueryReader(r.Query, [.. DistrictRequest.Presentation, .. Parameters]);
        var catalogue = await r.Version.CatalogueAsync(ct);
        var index = await IndexAsync(r.Version, ct);

        var area = query.OneOf("area", [.. index.Areas.Select(a => a.Id)]);
        var theme = query.OneOf("theme", [.. catalogue.Themes.Select(t => t.Id)]);
        var category = query.OneOf("category", [.. catalogue.Categories.Select(c => c.Code)]);
        int? threshold = query.OneOf("threshold", ["5", "10", "15"]) is { } t ? int.Parse(t, CultureInfo.InvariantCulture) : null;
        var scenario = query.OneOf("scenario", [.. Scenarios.All]);
        var figure = query.OneOf("figure", Figures);
        var themeCategories = theme is null ? null : catalogue.Themes.Single(x => x.Id == theme).CategoryCodes.ToHashSet();

        var rows = (area is null ? index.Areas : index.Areas.Where(a => a.Id == area)).Select(a => index.ByArea[a.Id]).ToList();
        return new CoverageDocument(
            r.Version.District.Code,
            r.Version.Id,
            index.Method,
            new CoverageFilters(area, theme, category, threshold, scenario, figure),
            [.. rows.SelectMany(x => x.Headlines).Where(h => (figure is null or "circle") && (scenario is null || h.Scenario == scenario))],
            [.. rows.SelectMany(x => x.Themes).Where(x => (figure is null or "theme") && (scenario is null || x.Scenario == scenario) && (theme is null || x.Theme == theme))],
            [.. rows.SelectMany(x => x.Categories).Where(x => (figure is null or "category") &&
                (scenario is null || x.Scenario == scenario) && (threshold is null || x.Threshold == threshold)
                && (category is null || x.Category == category) && (themeCategories is null || themeCategories.Contains(x.Category)))],
            [
                new Link(r.Request.Self, "self", MediaTypes.Json, "These statistics"),
                new Link(r.Urls.Definitions("coverage.csv") + FilterQuery(area, theme, category, threshold?.ToString(CultureInfo.InvariantCulture), scenario, figure), "alternate", "text/csv", "These statistics as a tidy CSV file"),
                new Link(r.Urls.Items("access"), "related", MediaTypes.GeoJson, "Walking minutes per block and category"),
                new Link(r.Urls.Items("gaps"), "related", MediaTypes.GeoJson, "Blocks beyond a basic category's level"),
                new Link(r.Urls.Items("isochrones"), "related", MediaTypes.GeoJson, "5/10/15-minute walking areas of each facility"),
            ])
        {
            Labels = await LabelsAsync(r.Version, catalogue, ct),
        };
    }

    private static string FilterQuery(params string?[] values)
    {
        var given = Parameters.Zip(values).Where(p => p.Second is not null).Select(p => $"{p.First}={Uri.EscapeDataString(p.Second!)}").ToList();
        return given.Count == 0 ? "" : "?" + string.Join('&', given);
    }

    /// <summary>The same statistics as a file: /coverage.csv takes the same filters.</summary>
    public static async Task<Document> FileAsync(DistrictRequest r, CancellationToken ct) =>
        new CoverageFileDocument((CoverageDocument)await GetAsync(r, ct));

    /// <summary>The version's coverage index; 404 when it was published without one.</summary>
    public static async Task<CoverageIndex> IndexAsync(PublishedVersion version, CancellationToken ct) =>
        await version.CoverageAsync(ct)
        ?? throw ProblemException.NotFound($"District {version.District.Code}'s current dataset version was published without coverage statistics.");

    /// <summary>Names of the district, its areas and circles (from their layers), themes and categories.</summary>
    public static async Task<CoverageLabels> LabelsAsync(PublishedVersion version, DatasetCatalogue catalogue, CancellationToken ct)
    {
        var areas = new Dictionary<string, LocalizedText>(StringComparer.Ordinal) { [version.District.Code] = version.District.Name };
        foreach (var collection in new[] { Collections.Areas, Collections.Circles })
        {
            foreach (var f in (await version.SnapshotAsync(collection, ct)).Query(new FeatureQuery { Limit = int.MaxValue }).Features)
            {
                if (f["name_zh"] is string zh)
                {
                    areas.TryAdd(f.Id, new LocalizedText(zh, f["name_en"] as string ?? zh));
                }
            }
        }

        return new CoverageLabels(
            version.District.Name,
            areas,
            catalogue.Themes.ToDictionary(t => t.Id, t => t.Name, StringComparer.Ordinal),
            catalogue.Categories.ToDictionary(c => c.Code, c => c.Name, StringComparer.Ordinal));
    }
}
