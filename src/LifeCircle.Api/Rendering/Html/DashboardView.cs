using System.Globalization;
using LifeCircle.Api.Pages;
using LifeCircle.Core.Charts;
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
        // The district, its circles, then the communities in the coverage's own order: the order of the chart images (charts/coverage.svg).
        var areas = d.Areas.OrderBy(a => a.Id == district ? 0 : a.Kind == "circle" ? 1 : 2).ToList();
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

        string Choice(string theme, string category, string scenario, string population) =>
            $"?theme={Uri.EscapeDataString(theme)}&category={Uri.EscapeDataString(category)}&scenario={scenario}&population={population}";
        string Query(string theme, string category, string scenario, string population) => Choice(theme, category, scenario, population) + $"&lang={lang}";
        var query = Query(c.Theme, c.Category, c.Scenario, c.Population);

        // This version at a URL that keeps serving it after newer ones are published ({code}@{version}): what a citation and an embed point to.
        var pinnedBase = page.Dataset is { } dataset ? $"{page.Home}/districts/{dataset.District}@{dataset.Version}" : districtBase;
        var basics = headline?.Categories.Count ?? 0;
        var isBasic = d.Categories.FirstOrDefault(x => x.Id == c.Category)?.Kind == "basic";
        var themeRow = d.Coverage.Themes.FirstOrDefault(x => x.Area == district && x.Theme == c.Theme);
        var chartData = $"?figure=category&category={Uri.EscapeDataString(c.Category)}&scenario={c.Scenario}";

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
                Card(PageText.Get("complete", lang), headline.Share, otherName, other?.Share, Words("def_complete", lang, basics)),
                Card(PageText.Get("complete_elderly", lang), headline.ElderlyShare, otherName, other?.ElderlyShare, PageText.Get("def_complete_elderly", lang)),
                Card(PageText.Get("within15", lang), headline.ShareWithin15, otherName, other?.ShareWithin15, Words("def_within15", lang, basics)),
                new()
                {
                    ["label"] = PageText.Get("population", lang), ["value"] = headline.Residents.ToString("N0", CultureInfo.InvariantCulture),
                    ["def"] = PageText.Get("def_population", lang),
                },
            },
            // What the cards' and tables' words mean, on the page itself.
            ["definitions"] = new List<Dictionary<string, object?>>
            {
                Definition("term_basic", Words("def_basic", lang, basics), lang),
                Definition("term_level", PageText.Get("def_level", lang), lang),
                Definition("term_minutes", Words("def_minutes", lang, PageText.ValueName(d.Coverage.Method.Method, lang), Number(d.Coverage.Method.WalkingSpeedKmh), Number(d.Coverage.Method.CutoffMinutes)), lang),
                Definition("scenario", PageText.Get("def_scenario", lang), lang),
            },
            ["theme_def"] = themeRow is null ? null : Words("def_theme", lang, PageModel.Localized(theme.Name, lang), themeRow.BasicCategories.Count,
                string.Join(lang == "en" ? ", " : "、", themeRow.BasicCategories.Select(x => categoryNames.GetValueOrDefault(x, x)))),
            ["categories_url"] = $"{districtBase}/categories",
            ["cite"] = page.Dataset is { } cited ? new Dictionary<string, object?>
            {
                ["text"] = Words("cite_text", lang, PageModel.Localized(cited.Name, lang), cited.Version, cited.PublishedAt.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                    cited.Licence.Id.Replace('-', ' '), IllustrativeNotice.AppliesTo(cited.Provenance) ? PageText.Get("cite_sample", lang) : ""),
                ["url"] = $"{pinnedBase}/dashboard{Choice(c.Theme, c.Category, c.Scenario, c.Population)}",
            } : null,
            ["embed_pinned"] = page.Dataset is null ? null : Words("embed_pinned", lang, page.Dataset.Version),
            ["dashboard_href"] = $"{districtBase}/dashboard{query}",
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
                ["name"] = categoryNames.GetValueOrDefault(g.Category, g.Category), ["level"] = g.Level, ["href"] = Gaps(districtBase, g.Category),
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
            // Pinned to the version shown, so an article's chart does not change when a newer version is published.
            ["embeds"] = EmbedDocument.Charts.Select(chart => (chart, label: chart == "coverage" ? chartTitle : PageText.Get("minutes_map", lang))).Select(e => new Dictionary<string, object?>
            {
                ["chart"] = e.chart,
                ["label"] = e.label,
                ["snippet"] = $"<iframe src=\"{pinnedBase}/embed/{e.chart}{query}\" title=\"{e.label}\" width=\"100%\" height=\"{(e.chart == "coverage" ? 640 : 520)}\" loading=\"lazy\"></iframe>",
            }).ToList(),
            ["images"] = new Dictionary<string, object?>
            {
                ["chart_svg"] = $"{districtBase}/charts/coverage.svg{query}",
                ["chart_png"] = $"{districtBase}/charts/coverage.png{query}",
                ["map_svg"] = $"{districtBase}/maps/access.svg?category={Uri.EscapeDataString(c.Category)}&scenario={c.Scenario}&lang={lang}",
                ["map_png"] = $"{districtBase}/maps/access.png?category={Uri.EscapeDataString(c.Category)}&scenario={c.Scenario}&lang={lang}",
                // The chart's own figures: this category's rows in this scenario (both populations' shares), nothing else.
                ["chart_csv"] = $"{districtBase}/coverage.csv{chartData}",
                ["chart_csv_name"] = page.Dataset is null ? null : $"{page.Dataset.District}-{page.Dataset.Version}-coverage-{c.Category}-{c.Scenario}.csv",
                ["chart_json"] = $"{districtBase}/coverage{chartData}&f=json",
                ["coverage_json"] = $"{districtBase}/coverage?category={Uri.EscapeDataString(c.Category)}&scenario={c.Scenario}",
                ["gaps"] = isBasic ? Gaps(districtBase, c.Category) : null,
            },
            ["map_classes"] = MapOperations.Classes(lang).Select((x, i) => new Dictionary<string, object?> { ["label"] = x.Label, ["swatch"] = MapSwatches[i] }).ToList(),
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

    /// <summary>The CSS classes of the map legend's swatches, in the order of <see cref="MapOperations.Classes"/>.</summary>
    private static readonly string[] MapSwatches = ["m5", "m10", "m15", "m99"];

    private static Dictionary<string, object?> Card(string label, double? share, string otherScenario, double? otherShare, string definition) => new()
    {
        ["label"] = label,
        ["value"] = Percent(share),
        ["other"] = otherShare is null ? null : $"{otherScenario}: {Percent(otherShare)}",
        ["def"] = definition,
    };

    private static Dictionary<string, object?> Definition(string term, string text, string lang) => new() { ["term"] = PageText.Get(term, lang), ["def"] = text };

    /// <summary>A phrase of <see cref="PageText"/> with its {0}, {1}… filled in.</summary>
    private static string Words(string key, string lang, params object[] values) => string.Format(CultureInfo.InvariantCulture, PageText.Get(key, lang), values);

    private static string Number(double v) => v.ToString("0.#", CultureInfo.InvariantCulture);

    /// <summary>The gaps layer's page for one category: its blocks beyond the category's level.</summary>
    private static string Gaps(string districtBase, string category) => $"{districtBase}/collections/gaps/items?category={Uri.EscapeDataString(category)}&limit=100";

    /// <summary>A share as a percentage with one decimal, as the tables and chart images print it; a dash when there is no share (no residents).</summary>
    public static string Percent(double? share) => share is null ? "–" : BarChart.Percent(share.Value);

    /// <summary>JSON that cannot close its script block.</summary>
    private static string Safe(string json) => json.Replace("</", "<\\/", StringComparison.Ordinal);
}
