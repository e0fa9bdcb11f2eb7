using System.Globalization;
using LifeCircle.Api.Pages;
using LifeCircle.Core.Coverage;
using LifeCircle.Core.Operations;

namespace LifeCircle.Api.Rendering.Html;

/// <summary>The dashboard's cards, tables, chart data and embed snippets, from the coverage document and the reader's choice.</summary>
public static class DashboardView
{
    public static Dictionary<string, object?> Of(DashboardDocument d, PageContext page)
    {
        var lang = page.Lang;
        var c = d.Choice;
        var names = d.Areas.ToDictionary(a => a.Id, a => PageModel.Localized(a.Name, lang));
        var categoryNames = d.Categories.ToDictionary(x => x.Id, x => PageModel.Localized(x.Name, lang));
        var district = d.Coverage.District;
        var areas = d.Areas.OrderBy(a => a.Id == district ? 0 : a.Kind == "circle" ? 1 : 2).ThenBy(a => a.Id, StringComparer.Ordinal).ToList();
        var headline = d.Coverage.Headlines.FirstOrDefault(h => h.Area == district && h.Scenario == c.Scenario);
        // Each card compares with the scenario not shown: "with planned" under existing figures, "existing" under planned ones.
        var otherScenario = c.Scenario == Scenarios.WithPlanned ? Scenarios.Existing : Scenarios.WithPlanned;
        var other = d.Coverage.Headlines.FirstOrDefault(h => h.Area == district && h.Scenario == otherScenario);
        var otherName = PageText.Get(otherScenario, lang);
        var rows = d.Coverage.Categories.Where(x => x.Category == c.Category).ToList();
        var theme = d.Themes.Single(t => t.Id == c.Theme);
        var basePath = page.Self.Split('?')[0];
        var districtBase = basePath[..basePath.LastIndexOf("/", StringComparison.Ordinal)];
        if (page.Embed)
        {
            districtBase = districtBase[..districtBase.LastIndexOf("/", StringComparison.Ordinal)];
        }

        var chartTitle = PageText.Get(c.Population == "elderly" ? "chart_by_area_elderly" : "chart_by_area", lang);

        string Query(string theme, string category, string scenario, string population) =>
            $"?theme={Uri.EscapeDataString(theme)}&category={Uri.EscapeDataString(category)}&scenario={scenario}&population={population}&lang={lang}";

        return new()
        {
            ["district_name"] = names.GetValueOrDefault(district, district),
            ["choice"] = new Dictionary<string, object?> { ["theme"] = c.Theme, ["category"] = c.Category, ["scenario"] = c.Scenario, ["population"] = c.Population },
            ["theme_name"] = PageModel.Localized(theme.Name, lang),
            ["category_name"] = categoryNames.GetValueOrDefault(c.Category, c.Category),
            ["scenario_name"] = PageText.Get(c.Scenario, lang),
            ["chart_title"] = chartTitle,
            ["method_name"] = PageText.ValueName(d.Coverage.Method.Method, lang),
            ["cards"] = headline is null ? null : new List<Dictionary<string, object?>>
            {
                Card(PageText.Get("complete", lang), headline.Share, otherName, other?.Share),
                Card(PageText.Get("elderly_share", lang) + " · " + PageText.Get("complete", lang), headline.ElderlyShare, otherName, other?.ElderlyShare),
                Card(PageText.Get("within15", lang), headline.ShareWithin15, otherName, other?.ShareWithin15),
                new() { ["label"] = PageText.Get("population", lang), ["value"] = headline.Residents.ToString("N0", CultureInfo.InvariantCulture) },
            },
            ["table"] = areas.Select(a => new Dictionary<string, object?>
            {
                ["id"] = a.Id,
                ["name"] = names[a.Id],
                ["kind"] = a.Kind is null ? null : PageText.ValueName(a.Kind, lang),
                ["cells"] = new[] { 5, 10, 15 }.Select(t => rows.FirstOrDefault(x => x.Area == a.Id && x.Threshold == t && x.Scenario == c.Scenario) is { } row
                    ? Percent(c.Population == "elderly" ? row.ElderlyShare : row.Share) : "–").ToList(),
            }).ToList(),
            ["themes_table"] = areas.Select(a => new Dictionary<string, object?>
            {
                ["name"] = names[a.Id],
                ["existing"] = Percent(d.Coverage.Themes.FirstOrDefault(x => x.Area == a.Id && x.Theme == c.Theme && x.Scenario == Scenarios.Existing)?.Share),
                ["planned"] = Percent(d.Coverage.Themes.FirstOrDefault(x => x.Area == a.Id && x.Theme == c.Theme && x.Scenario == Scenarios.WithPlanned)?.Share),
            }).ToList(),
            ["gaps"] = (headline?.Limiting ?? []).Select(g => new Dictionary<string, object?>
            {
                ["name"] = categoryNames.GetValueOrDefault(g.Category, g.Category), ["level"] = g.Level,
                ["residents"] = g.ResidentsNotReached.ToString("N0", CultureInfo.InvariantCulture), ["share"] = Percent(g.ShareNotReached),
            }).ToList(),
            ["themes"] = d.Themes.Select(t => new Dictionary<string, object?>
            {
                ["id"] = t.Id, ["name"] = PageModel.Localized(t.Name, lang), ["href"] = basePath + Query(t.Id, t.Categories.FirstOrDefault() ?? c.Category, c.Scenario, c.Population),
            }).ToList(),
            ["categories"] = theme.Categories.Select(x => new Dictionary<string, object?>
            {
                ["id"] = x, ["name"] = categoryNames.GetValueOrDefault(x, x), ["href"] = basePath + Query(c.Theme, x, c.Scenario, c.Population),
            }).ToList(),
            ["scenarios"] = Scenarios.All.Select(s => new Dictionary<string, object?>
            {
                ["id"] = s, ["name"] = PageText.Get(s, lang), ["href"] = basePath + Query(c.Theme, c.Category, s, c.Population),
            }).ToList(),
            ["populations"] = DashboardOperations.Populations.Select(p => new Dictionary<string, object?>
            {
                ["id"] = p, ["name"] = PageText.Get(p == "elderly" ? "elderly_share" : "share", lang), ["href"] = basePath + Query(c.Theme, c.Category, c.Scenario, p),
            }).ToList(),
            ["embeds"] = EmbedDocument.Charts.Select(chart => new Dictionary<string, object?>
            {
                ["chart"] = chart,
                ["snippet"] = $"<iframe src=\"{districtBase}/embed/{chart}{Query(c.Theme, c.Category, c.Scenario, c.Population)}\" title=\"{(chart == "coverage" ? chartTitle : PageText.Get("minutes_map", lang))}\" width=\"100%\" height=\"{(chart == "coverage" ? 640 : 520)}\" loading=\"lazy\"></iframe>",
            }).ToList(),
            ["images"] = new Dictionary<string, object?>
            {
                ["chart_svg"] = $"{districtBase}/charts/coverage.svg{Query(c.Theme, c.Category, c.Scenario, c.Population)}",
                ["chart_png"] = $"{districtBase}/charts/coverage.png{Query(c.Theme, c.Category, c.Scenario, c.Population)}",
                ["map_svg"] = $"{districtBase}/maps/access.svg?category={Uri.EscapeDataString(c.Category)}&scenario={c.Scenario}&lang={lang}",
                ["coverage_json"] = $"{districtBase}/coverage?category={Uri.EscapeDataString(c.Category)}",
            },
            ["chart_json"] = Safe(PageModel.ScriptJson(new
            {
                lang,
                choice = c,
                district,
                areas = areas.Select(a => new { id = a.Id, name = names[a.Id], kind = a.Kind }),
                rows,
                words = new { existing = PageText.Get("existing", lang), withPlanned = PageText.Get("with-planned", lang), minutes = PageText.Get("minutes", lang), beyond = PageText.Get("beyond", lang) },
            })),
            ["blocks_json"] = Safe(d.BlocksGeoJson),
            ["facilities_json"] = Safe(d.FacilitiesGeoJson),
            ["what_if"] = WhatIf(d, districtBase, lang),
            ["theme_names_json"] = Safe(PageModel.ScriptJson(d.Themes.ToDictionary(t => t.Id, t => PageModel.Localized(t.Name, lang)))),
        };
    }

    private static readonly string[] WhatIfWords =
        ["guarantee_greedy", "guarantee_exact", "remove_item", "undo", "proposed", "removed", "computing", "bad_point", "computed_on", "existing", "with-planned", "best_site"];

    /// <summary>What the what-if panel posts to (the planning processes of this district) and the bounds those processes accept.</summary>
    private static Dictionary<string, object?> WhatIf(DashboardDocument d, string districtBase, string lang)
    {
        int? level = d.Categories.FirstOrDefault(x => x.Id == d.Choice.Category)?.Level;
        return new()
        {
            ["what_if_url"] = $"{districtBase}/processes/{ProcessCatalog.WhatIfId}/execution",
            ["best_sites_url"] = $"{districtBase}/processes/{ProcessCatalog.BestSitesId}/execution",
            ["processes_url"] = $"{districtBase}/processes?lang={lang}",
            ["max_k"] = ProcessCatalog.MaxK,
            ["max_added"] = ProcessCatalog.MaxAdded,
            ["max_removed"] = ProcessCatalog.MaxRemoved,
            ["threshold"] = level is 5 or 15 ? level : 10,
            ["thresholds"] = CoverageComputation.Thresholds.ToList(),
            ["words_json"] = Safe(PageModel.ScriptJson(WhatIfWords.ToDictionary(w => w, w => PageText.Get(w, lang)))),
        };
    }

    private static Dictionary<string, object?> Card(string label, double? share, string otherScenario, double? otherShare) => new()
    {
        ["label"] = label,
        ["value"] = Percent(share),
        ["other"] = otherShare is null ? null : $"{otherScenario}: {Percent(otherShare)}",
    };

    /// <summary>A share as a percentage with one decimal, as the tables print it; a dash when there is no share (no residents).</summary>
    public static string Percent(double? share) => share is null ? "–" : (share.Value * 100).ToString("0.0", CultureInfo.InvariantCulture) + "%";

    /// <summary>JSON that cannot close its script block.</summary>
    private static string Safe(string json) => json.Replace("</", "<\\/", StringComparison.Ordinal);
}
