using LifeCircle.Core.Charts;
using LifeCircle.Core.Coverage;
using LifeCircle.Core.Documents;
using LifeCircle.Core.Problems;
using LifeCircle.Core.Requests;

namespace LifeCircle.Core.Operations;

/// <summary>The coverage bar chart: per area, the share of residents (or elderly residents) a headline, theme or category reaches.</summary>
public static class ChartOperations
{
    /// <summary>The parameters of the coverage chart besides f.</summary>
    public static IReadOnlyList<string> Parameters { get; } = ["theme", "category", "scenario", "population", Languages.Parameter];

    private static readonly int[] Thresholds = [5, 10, 15];

    /// <summary>The chart, to be written as <paramref name="format"/>; <paramref name="acceptLanguage"/> chooses the language when lang= is not given.</summary>
    public static async Task<Document> CoverageAsync(DistrictRequest r, string format, string? acceptLanguage, CancellationToken ct)
    {
        ChartFiles.Check(format, "charts/coverage");
        var query = new QueryReader(r.Query, [DistrictRequest.Format, .. Parameters]);
        var catalogue = await r.Version.CatalogueAsync(ct);
        var index = await CoverageOperations.IndexAsync(r.Version, ct);
        var theme = query.OneOf("theme", [.. catalogue.Themes.Select(t => t.Id)]);
        var category = query.OneOf("category", [.. catalogue.Categories.Select(c => c.Code)]);
        var scenario = query.OneOf("scenario", [.. Scenarios.All]) ?? Scenarios.Existing;
        var population = query.OneOf("population", [ChartTexts.Residents, ChartTexts.Elderly]) ?? ChartTexts.Residents;
        var lang = Languages.Choose(query.Optional(Languages.Parameter), acceptLanguage);
        var themeCategories = theme is null ? null : catalogue.Themes.Single(t => t.Id == theme).CategoryCodes;
        if (category is not null && themeCategories is not null && !themeCategories.Contains(category))
        {
            throw ProblemException.BadParameter("category", $"'{category}' is not one of theme '{theme}''s categories: {string.Join(", ", themeCategories)}");
        }

        if (category is null && theme is not null && population == ChartTexts.Elderly)
        {
            throw ProblemException.BadParameter("population", "elderly is offered for category and headline charts; theme figures count residents only");
        }

        var labels = await CoverageOperations.LabelsAsync(r.Version, catalogue, ct);
        bool elderly = population == ChartTexts.Elderly;
        var who = ChartTexts.Population(population, lang);
        string title;
        IReadOnlyList<string> series;
        Func<AreaCoverage, IReadOnlyList<double?>> values;
        IReadOnlyList<string>? colours = null;
        if (category is not null)
        {
            var name = labels.Category(category).In(lang);
            title = lang == "zh" ? $"{name}：步行 5、10、15 分钟可达的{who}比例" : $"{name}: share of {who} within a 5, 10 and 15-minute walk";
            series = [.. Thresholds.Select(t => ChartTexts.Minutes(t, lang))];
            // The dashboard chart's colours for 5, 10 and 15 minutes, so the image and the page look alike.
            colours = [.. WalkingColours.Classes.Take(Thresholds.Length)];
            values = a => [.. Thresholds.Select(t => a.Categories.FirstOrDefault(c => c.Category == category && c.Threshold == t && c.Scenario == scenario)
                is { } c ? (elderly ? c.ElderlyShare : c.Share) : null)];
        }
        else if (theme is not null)
        {
            var name = labels.Theme(theme).In(lang);
            title = lang == "zh" ? $"{name}：每项基础设施都在其步行等级内可达的居民比例" : $"{name}: share of residents reaching every basic facility within its walking level";
            series = [lang == "zh" ? "每项基础设施在其等级内" : "every basic facility within its level"];
            values = a => [a.Themes.FirstOrDefault(t => t.Theme == theme && t.Scenario == scenario)?.Share];
        }
        else
        {
            title = lang == "zh" ? $"一刻钟社区生活圈完整的{who}比例" : $"Share of {who} whose 15-minute life circle is complete";
            series = elderly
                ? [lang == "zh" ? "每项基础设施在其等级内" : "every basic facility within its level"]
                : [lang == "zh" ? "每项基础设施在其等级内" : "every basic facility within its level", lang == "zh" ? "每项基础设施在 15 分钟内" : "every basic facility within 15 minutes"];
            values = a => a.Headlines.FirstOrDefault(h => h.Scenario == scenario) is not { } h ? [.. series.Select(_ => (double?)null)]
                : elderly ? [h.ElderlyShare] : [h.Share, h.ShareWithin15];
        }

        // An area with no residents (no blocks) has no share to show.
        var rows = index.Areas.Where(a => index.ByArea[a.Id].Headlines.Any(h => h.Residents > 0))
            .Select(a => new BarRow(labels.Area(a.Id).In(lang), values(index.ByArea[a.Id]))).ToList();
        var drawing = BarChart.Draw(new BarChartData(title, ChartTexts.Subtitle(labels, scenario, r.Version.Id, lang), series, rows,
            ChartTexts.SourceLine(r.Version, lang), ChartTexts.NoResidents(lang), lang, ChartTexts.Notice(catalogue.Metadata, lang), colours));
        return new ChartDocument(r.Version.District.Code, r.Version.Id, drawing, format);
    }
}
