using System.Text.Json;
using LifeCircle.Api.Pages;
using LifeCircle.Core.Documents;
using LifeCircle.Core.Features;
using LifeCircle.Core.Layers;

namespace LifeCircle.Api.Rendering.Html;

/// <summary>What a page type adds to its document's JSON: table columns and rows, the map's features, the dashboard's figures.</summary>
public static partial class PageViews
{
    /// <summary>The most category rows a coverage page lists before asking for a filter.</summary>
    public const int MaxCoverageRows = 600;

    public static object? Of(Document document, JsonElement json, PageContext page) => document switch
    {
        ItemsDocument items => Items(items, json, page),
        FeatureDocument feature => Feature(feature, json, page),
        CoverageDocument coverage => Coverage(coverage, page),
        DashboardDocument dashboard => DashboardView.Of(dashboard, page),
        EmbedDocument embed => new Dictionary<string, object?>(DashboardView.Of(embed.Dashboard, page)) { ["embed_chart"] = embed.Chart },
        DistrictListDocument list => Listing([.. list.Districts.Where(d => d.Illustrative).Select(d => d.Name)], list.Districts.Count, page),
        CatalogDocument catalog => Catalog(json, new(Listing(catalog.IllustrativeDistricts ?? [],
            json.TryGetProperty("dcat:dataset", out var datasets) && datasets.ValueKind == JsonValueKind.Array ? datasets.GetArrayLength() : 0, page)), page),
        ProblemDocument problem => Problem(problem, page),
        ProblemTypeDocument type => ProblemType(type, page),
        ProblemTypesDocument types => new Dictionary<string, object?>
        {
            ["types"] = types.ProblemTypes.Select(t => ProblemType(t, page)).ToList(),
            ["reporting"] = page.Lang == Languages.Chinese ? ProblemText.ReportingZh : types.Reporting,
        },
        CirclesDocument => Circles(json, page),
        ProcessDocument => Process(json, page),
        QueryablesDocument => Queryables(json, page),
        CollectionsDocument collections => new Dictionary<string, object?>
        {
            ["geometry_names"] = collections.Collections.Select(c => c.GeometryType).Distinct().ToDictionary(g => g, g => (object?)GeometryName(g, page.Lang)),
        },
        CollectionDocument collection => Collection(collection, page),
        _ => null,
    };

    /// <summary>A page over several districts' datasets carries the notice their own pages show (the layout writes it at the top).</summary>
    private static Dictionary<string, object?> Listing(IReadOnlyList<LocalizedText> illustrative, int listed, PageContext page) =>
        new() { ["illustrative_notice"] = IllustrativeNotice.ForListing(illustrative, listed, page.Lang) };

    /// <summary>
    /// The coverage tables' codes with their names in the page's language: areas, themes and categories with the code a filter takes beside the name
    /// ("海南区 (150303)", "养老服务圈 (elderly-care)"); area kinds and the method, which no filter takes, by name alone ("区县", "沿街道步行").
    /// </summary>
    private static Dictionary<string, object?> Coverage(CoverageDocument coverage, PageContext page)
    {
        Dictionary<string, object?>? Named(IReadOnlyDictionary<string, LocalizedText>? names) =>
            names?.ToDictionary(x => x.Key, x => (object?)PageText.Labelled(x.Value.In(page.Lang), x.Key));
        string Fixed(string code) => PageText.ValueName(code, page.Lang);
        return new()
        {
            ["categories_listed"] = coverage.Categories.Count <= MaxCoverageRows,
            ["method"] = Fixed(coverage.Method.Method),
            ["kind_names"] = coverage.Headlines.Select(h => h.AreaKind).Distinct().ToDictionary(k => k, k => (object?)Fixed(k)),
            ["area_names"] = Named(coverage.Labels?.Areas),
            ["theme_names"] = Named(coverage.Labels?.Themes),
            ["category_names"] = Named(coverage.Labels?.Categories),
        };
    }

    /// <summary>The columns a layer's table shows first, where the row's point is not its first property: the minutes of access and gaps.</summary>
    private static readonly Dictionary<string, string[]> KeyColumns = new(StringComparer.Ordinal)
    {
        ["access"] = ["category", "minutes_existing", "minutes_with_planned", "level_minutes", "block", "community"],
        ["gaps"] = ["category", "minutes_existing", "minutes_with_planned", "filled_by_planned", "level_minutes", "block", "community"],
    };

    /// <summary>How the items map colours a layer's features: access and gaps by walking minutes (the dashboard's classes); others in one colour.</summary>
    private static readonly Dictionary<string, string> MapColours = new(StringComparer.Ordinal) { ["access"] = "minutes", ["gaps"] = "filled" };

    private static Dictionary<string, object?> Items(ItemsDocument items, JsonElement json, PageContext page)
    {
        var features = json.GetProperty("features").EnumerateArray().ToList();
        var columns = new List<string>();
        foreach (var f in features)
        {
            if (f.TryGetProperty("properties", out var p) && p.ValueKind == JsonValueKind.Object)
            {
                columns.AddRange(p.EnumerateObject().Select(x => x.Name).Where(n => !columns.Contains(n)));
            }
        }

        if (KeyColumns.TryGetValue(items.CollectionId, out var first))
        {
            columns = [.. first.Where(columns.Contains), .. columns.Where(c => !first.Contains(c))];
        }

        var collection = Collections.Find(items.CollectionId);
        var definition = collection?.Definition;
        var properties = columns.Select(c => Property(definition, c)).ToList();
        var path = page.Self.Split('?')[0];
        // A layer with a row per block and category (access, gaps) shows one block ten times unless a category is chosen: the page offers each.
        bool perCategory = KeyColumns.ContainsKey(items.CollectionId) && !page.Query.Any(q => q.Key is "category" or "filter");
        return new()
        {
            ["collection"] = items.CollectionId,
            ["collection_title"] = collection is null ? items.CollectionId : PageModel.Localized(collection.Title, page.Lang),
            ["columns"] = columns.Select(c => new Dictionary<string, object?>
            {
                ["name"] = c,
                ["label"] = PageText.Find("prop_" + c, page.Lang) ?? c,
                ["description"] = Description(Property(definition, c), page.Lang),
            }).ToList(),
            ["rows"] = features.Select(f =>
            {
                var id = f.TryGetProperty("id", out var i) ? PageModel.Cell(i) : "";
                var props = f.TryGetProperty("properties", out var p) && p.ValueKind == JsonValueKind.Object ? p : default;
                return new Dictionary<string, object?>
                {
                    ["id"] = id,
                    ["href"] = $"{path}/{Uri.EscapeDataString(id)}",
                    ["cells"] = columns.Select((c, i) => props.ValueKind == JsonValueKind.Object && props.TryGetProperty(c, out var v) ? Named(properties[i], v, page) : "").ToList(),
                };
            }).ToList(),
            ["next"] = items.Links.FirstOrDefault(l => l.Rel == "next")?.Href,
            ["prev"] = items.Links.FirstOrDefault(l => l.Rel == "prev")?.Href,
            ["features_json"] = Mappable(items.Output) ? PageModel.ScriptJson(json) : null,
            ["map_colour"] = MapColours.GetValueOrDefault(items.CollectionId),
            ["categories"] = perCategory && page.Vocabulary is { } vocabulary
                ? vocabulary.Categories.Select(c => new Dictionary<string, object?> { ["code"] = c.Key, ["name"] = PageModel.Localized(c.Value, page.Lang) }).ToList()
                : null,
            ["queryables_href"] = collection is null ? null : $"{path[..path.LastIndexOf('/')]}/queryables",
        };
    }

    private static Dictionary<string, object?> Feature(FeatureDocument feature, JsonElement json, PageContext page)
    {
        var collection = Collections.Find(feature.CollectionId);
        var props = json.TryGetProperty("properties", out var p) && p.ValueKind == JsonValueKind.Object ? p : default;
        var names = props.ValueKind == JsonValueKind.Object ? new[] { page.Lang == Languages.English ? "name_en" : "name_zh", "name_zh", "name_en" }
            .Select(n => props.TryGetProperty(n, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null).FirstOrDefault(n => !string.IsNullOrWhiteSpace(n)) : null;
        var geometry = json.TryGetProperty("geometry", out var g) && g.ValueKind == JsonValueKind.Object ? g : default;
        return new()
        {
            ["id"] = feature.Feature.Id,
            ["title"] = names ?? feature.Feature.Id,
            ["collection_title"] = collection is null ? feature.CollectionId : PageModel.Localized(collection.Title, page.Lang),
            ["properties"] = props.ValueKind == JsonValueKind.Object
                ? props.EnumerateObject().Select(x => (Json: x, Declared: Property(collection?.Definition, x.Name))).Select(x => new Dictionary<string, object?>
                {
                    ["name"] = x.Json.Name,
                    ["label"] = PageText.Find("prop_" + x.Json.Name, page.Lang) ?? x.Json.Name,
                    ["description"] = Description(x.Declared, page.Lang),
                    ["value"] = Named(x.Declared, x.Json.Value, page),
                }).ToList()
                : [],
            // A point's coordinates in the CRS the page was asked in (CRS84 unless crs= says otherwise), as a reader can paste them into another map.
            ["coordinates"] = geometry.ValueKind == JsonValueKind.Object && geometry.GetProperty("type").GetString() == "Point"
                ? string.Join(", ", geometry.GetProperty("coordinates").EnumerateArray().Take(2).Select(c => c.GetDouble().ToString("0.######", System.Globalization.CultureInfo.InvariantCulture)))
                : null,
            ["crs_name"] = PageText.Find("crs_" + feature.Output.Crs.Uri, page.Lang) ?? feature.Output.Crs.Uri,
            ["feature_json"] = Mappable(feature.Output) ? PageModel.ScriptJson(json) : null,
            ["map_colour"] = MapColours.GetValueOrDefault(feature.CollectionId),
        };
    }

    /// <summary>The layer's declaration of a property, or null for one it does not declare.</summary>
    private static LayerProperty? Property(LayerDefinition? layer, string name) => layer?.Properties.FirstOrDefault(p => p.Name == name);

    private static string? Description(LayerProperty? property, string lang) => property is null ? null : PageModel.Localized(property.Description, lang);

    /// <summary>
    /// A cell's text as a reader says it: the name behind each catalogue code or fixed value in the page's language ("银行营业网点", "现状"),
    /// yes/no for a flag, a share as a percentage. The codes themselves are on the queryables page, where a filter is written.
    /// </summary>
    private static string Named(LayerProperty? property, JsonElement value, PageContext page)
    {
        if (value.ValueKind is JsonValueKind.True or JsonValueKind.False)
        {
            return PageText.Get(value.ValueKind == JsonValueKind.True ? "yes" : "no", page.Lang);
        }

        if (value.ValueKind == JsonValueKind.Number && property?.Name.EndsWith("_share", StringComparison.Ordinal) == true)
        {
            return DashboardView.Percent(value.GetDouble());
        }

        Func<string, string?>? nameOf = page.Vocabulary?.For(property) is { } names ? code => names.TryGetValue(code, out var n) ? PageModel.Localized(n, page.Lang) : null
            : property?.Values is { } values ? code => values.Contains(code) ? PageText.Find("value_" + code, page.Lang) : null
            : null;
        if (nameOf is null)
        {
            return PageModel.Cell(value);
        }

        string One(string code) => nameOf(code) ?? code;
        return value.ValueKind switch
        {
            JsonValueKind.String => One(value.GetString()!),
            JsonValueKind.Array when value.EnumerateArray().All(x => x.ValueKind == JsonValueKind.String) => string.Join(page.Lang == Languages.English ? ", " : "、", value.EnumerateArray().Select(x => One(x.GetString()!))),
            _ => PageModel.Cell(value),
        };
    }

    /// <summary>The map draws longitude/latitude: only pages in CRS84 (the default) with geometries are drawn.</summary>
    private static bool Mappable(Core.Requests.OutputOptions output) =>
        !output.SkipGeometry && output.Crs.Uri.EndsWith("CRS84", StringComparison.Ordinal);
}
