using System.Globalization;
using System.Text.Json;
using LifeCircle.Core.Documents;
using LifeCircle.Core.Features;
using LifeCircle.Core.Layers;

namespace LifeCircle.Api.Rendering.Html;

/// <summary>What the error, problem-type, definition (circles, processes), queryables, collection and catalogue pages add to their JSON: names in the page's language.</summary>
public static partial class PageViews
{
    /// <summary>An error page: the problem's type explained in the page's language; its detail, parameter and status come from the document.</summary>
    private static Dictionary<string, object?> Problem(ProblemDocument problem, PageContext page)
    {
        // The type the problem's URL was made from (Problems.Create).
        var type = Core.Problems.ProblemTypes.Of(problem.Status, problem.Title);
        var (title, meaning, remedy) = ProblemText.Of(type, page.Lang);
        return new()
        {
            ["slug"] = type.Slug,
            // An English page says the problem's own title (the same as its type's, RFC 9457); a Chinese one its type's translation.
            ["title"] = page.Lang == Languages.English ? problem.Title : title,
            ["meaning"] = meaning,
            ["remedy"] = remedy,
            ["type_href"] = problem.Type,
            // A query parameter at fault can simply be left out: the same address without it.
            ["without_parameter"] = problem.Parameter is { } name && page.Query.Any(q => q.Key == name) ? Without(page.Self, name) : null,
        };
    }

    /// <summary>A URL with one query parameter taken out.</summary>
    private static string Without(string url, string parameter)
    {
        int q = url.IndexOf('?', StringComparison.Ordinal);
        if (q < 0)
        {
            return url;
        }

        var kept = url[(q + 1)..].Split('&').Where(p => p.Length > 0 && Uri.UnescapeDataString(p.Split('=')[0].Replace('+', ' ')) != parameter).ToList();
        return url[..q] + (kept.Count > 0 ? "?" + string.Join('&', kept) : "");
    }

    private static Dictionary<string, object?> ProblemType(ProblemTypeDocument type, PageContext page)
    {
        var (title, meaning, remedy) = Core.Problems.ProblemTypes.Find(type.Slug) is { } known ? ProblemText.Of(known, page.Lang) : (type.Title, type.Meaning, type.Remedy);
        return new()
        {
            ["slug"] = type.Slug,
            ["status"] = type.Status,
            ["title"] = title,
            ["meaning"] = meaning,
            ["remedy"] = remedy,
            ["href"] = type.Type,
        };
    }

    /// <summary>The circles with their names, residents and member communities by name, in the page's language.</summary>
    private static Dictionary<string, object?> Circles(JsonElement json, PageContext page)
    {
        var lang = page.Lang;
        var areas = page.Vocabulary?.Areas;
        var circles = json.TryGetProperty("circles", out var c) && c.ValueKind == JsonValueKind.Array ? c.EnumerateArray().ToList() : [];
        return new()
        {
            ["circles"] = circles.Select(circle =>
            {
                string? Text(string key) => circle.TryGetProperty(key, out var v) && v.ValueKind is not (JsonValueKind.Null or JsonValueKind.Undefined) ? PageModel.Cell(v) : null;
                var id = Text("id") ?? "";
                var communities = circle.TryGetProperty("communities", out var m) && m.ValueKind == JsonValueKind.Array ? m.EnumerateArray().Select(PageModel.Cell).ToList() : [];
                return new Dictionary<string, object?>
                {
                    ["id"] = id,
                    ["name"] = Text(lang == Languages.English ? "name_en" : "name_zh") ?? Text("name_zh") ?? id,
                    ["other_name"] = Text(lang == Languages.English ? "name_zh" : "name_en"),
                    ["population"] = circle.TryGetProperty("population", out var p) && p.ValueKind == JsonValueKind.Number ? p.GetDouble() : null,
                    ["area_km2"] = circle.TryGetProperty("area_km2", out var a) && a.ValueKind == JsonValueKind.Number ? a.GetDouble().ToString("0.0#", CultureInfo.InvariantCulture) : null,
                    ["phase"] = Text("phase") is { } phase ? PageText.ValueName(phase, lang) : null,
                    ["year"] = Text("year"),
                    ["provenance"] = new[] { "provenance", "position_provenance", "figures_provenance" }
                        .Select(k => (Key: k, Value: Text(k))).Where(x => x.Value is not null)
                        .Select(x => $"{PageText.Get("prop_" + x.Key, lang)}: {PageText.ValueName(x.Value!, lang)}").ToList(),
                    ["source"] = Text("source"),
                    ["communities"] = communities.Select(code => new Dictionary<string, object?>
                    {
                        ["code"] = code,
                        ["name"] = areas is not null && areas.TryGetValue(code, out var name) ? PageModel.Localized(name, lang) : code,
                    }).ToList(),
                };
            }).ToList(),
        };
    }

    /// <summary>The process list, a process's description (its inputs explained), or an execution's result (shown as its JSON).</summary>
    private static Dictionary<string, object?> Process(JsonElement json, PageContext page)
    {
        var lang = page.Lang;
        string Titled(string id, string title) => lang == Languages.English ? title : PageText.Find("process_" + id, lang) ?? title;
        string Described(string id, string description) => lang == Languages.English ? description : PageText.Find($"process_{id}_description", lang) ?? description;
        string? Href(JsonElement p, string rel) => p.TryGetProperty("links", out var links)
            ? links.EnumerateArray().FirstOrDefault(l => l.GetProperty("rel").GetString() == rel) is { ValueKind: JsonValueKind.Object } l ? l.GetProperty("href").GetString() : null
            : null;

        if (json.TryGetProperty("processes", out var list))
        {
            return new()
            {
                ["kind"] = "list",
                ["processes"] = list.EnumerateArray().Select(p =>
                {
                    var id = p.GetProperty("id").GetString()!;
                    return new Dictionary<string, object?>
                    {
                        ["id"] = id,
                        ["title"] = Titled(id, p.GetProperty("title").GetString()!),
                        ["description"] = Described(id, p.GetProperty("description").GetString()!),
                        ["href"] = Href(p, "self"),
                    };
                }).ToList(),
            };
        }

        if (!json.TryGetProperty("inputs", out var inputs))
        {
            return new() { ["kind"] = "result" };
        }

        var pid = json.GetProperty("id").GetString()!;
        return new()
        {
            ["kind"] = "description",
            ["id"] = pid,
            ["title"] = Titled(pid, json.GetProperty("title").GetString()!),
            ["description"] = Described(pid, json.GetProperty("description").GetString()!),
            ["execute"] = Href(json, Core.Operations.ProcessCatalog.ExecuteRel),
            ["output"] = json.TryGetProperty("outputs", out var outputs) && outputs.TryGetProperty("result", out var result)
                ? lang == Languages.English ? result.GetProperty("description").GetString() : PageText.Find($"process_{pid}_output", lang) ?? result.GetProperty("description").GetString()
                : null,
            ["inputs"] = inputs.EnumerateObject().Select(i =>
            {
                var schema = i.Value.TryGetProperty("schema", out var s) ? s : default;
                var english = $"{i.Value.GetProperty("title").GetString()}: {i.Value.GetProperty("description").GetString()}";
                return new Dictionary<string, object?>
                {
                    ["name"] = i.Name,
                    ["text"] = lang == Languages.English ? english : PageText.Find($"input_{pid}_{i.Name}", lang) ?? english,
                    ["required"] = i.Value.TryGetProperty("minOccurs", out var min) && min.GetInt32() > 0,
                    ["type"] = schema.ValueKind == JsonValueKind.Object && schema.TryGetProperty("type", out var t) ? TypeName(t.GetString(), lang) : null,
                    ["values"] = schema.ValueKind == JsonValueKind.Object && schema.TryGetProperty("enum", out var e) ? Values(e, page, i.Name) : null,
                    ["default"] = schema.ValueKind == JsonValueKind.Object && schema.TryGetProperty("default", out var d) ? PageModel.Cell(d) : null,
                    ["range"] = schema.ValueKind == JsonValueKind.Object && schema.TryGetProperty("minimum", out var lo) && schema.TryGetProperty("maximum", out var hi)
                        ? $"{lo.GetRawText()}–{hi.GetRawText()}" : null,
                };
            }).ToList(),
        };
    }

    /// <summary>The queryables with their short names, descriptions and allowed values named in the page's language.</summary>
    private static Dictionary<string, object?> Queryables(JsonElement json, PageContext page)
    {
        var lang = page.Lang;
        // The schema's $id is …/collections/{id}/queryables.
        var self = json.TryGetProperty("$id", out var i) ? i.GetString() ?? "" : "";
        var parts = self.Split('?')[0].Split('/');
        var collection = parts.Length >= 2 ? Collections.Find(Uri.UnescapeDataString(parts[^2])) : null;
        var properties = json.TryGetProperty("properties", out var p) && p.ValueKind == JsonValueKind.Object ? p.EnumerateObject().ToList() : [];
        return new()
        {
            ["collection"] = collection?.Id,
            ["collection_title"] = collection is null ? (json.TryGetProperty("title", out var t) ? t.GetString() : null) : PageModel.Localized(collection.Title, lang),
            ["items_href"] = self.EndsWith("/queryables", StringComparison.Ordinal) ? self[..^"/queryables".Length] + "/items" : null,
            ["properties"] = properties.Select(x =>
            {
                var declared = Property(collection?.Definition, x.Name);
                var schema = x.Value;
                var format = schema.TryGetProperty("format", out var f) ? f.GetString() : null;
                var type = schema.TryGetProperty("type", out var ty) ? ty.GetString() : format?.StartsWith("geometry", StringComparison.Ordinal) == true ? "geometry" : null;
                var values = schema.TryGetProperty("enum", out var e) ? e
                    : schema.TryGetProperty("items", out var items) && items.TryGetProperty("enum", out var ie) ? ie : default;
                return new Dictionary<string, object?>
                {
                    ["name"] = x.Name,
                    ["label"] = PageText.Find("prop_" + x.Name, lang) ?? x.Name,
                    ["description"] = declared is not null ? PageModel.Localized(declared.Description, lang)
                        : x.Name == "geometry" ? (lang == Languages.English ? schema.GetProperty("description").GetString() : "要素的几何，可用于 S_INTERSECTS 等空间函数。")
                        : schema.TryGetProperty("description", out var d) ? d.GetString() : null,
                    ["type"] = TypeName(type, lang),
                    ["unit"] = schema.TryGetProperty("x-ogc-unit", out var u) ? PageText.Find("unit_" + u.GetString(), lang) ?? u.GetString() : null,
                    ["values"] = values.ValueKind == JsonValueKind.Array ? Values(values, page, x.Name, declared) : null,
                    ["example"] = values.ValueKind == JsonValueKind.Array && values.GetArrayLength() > 0 && values[0].ValueKind == JsonValueKind.String
                        ? $"{x.Name}={values[0].GetString()}" : null,
                };
            }).ToList(),
        };
    }

    /// <summary>A collection's geometry type and coordinate systems by name.</summary>
    private static Dictionary<string, object?> Collection(CollectionDocument collection, PageContext page) => new()
    {
        ["geometry_name"] = GeometryName(collection.GeometryType, page.Lang),
        ["crs"] = collection.Crs.Select(c => new Dictionary<string, object?> { ["uri"] = c, ["name"] = PageText.Find("crs_" + c, page.Lang) }).ToList(),
    };

    /// <summary>The catalogue's downloads named by their layer in the page's language: "服务设施（GeoJSON）".</summary>
    private static Dictionary<string, object?> Catalog(JsonElement json, Dictionary<string, object?> view, PageContext page)
    {
        var names = new Dictionary<string, object?>(StringComparer.Ordinal);
        if (json.TryGetProperty("dcat:dataset", out var datasets) && datasets.ValueKind == JsonValueKind.Array)
        {
            foreach (var d in datasets.EnumerateArray().Where(d => d.TryGetProperty("dcat:distribution", out _)))
            {
                foreach (var x in d.GetProperty("dcat:distribution").EnumerateArray())
                {
                    var url = x.TryGetProperty("dcat:downloadURL", out var u) && u.TryGetProperty("@id", out var id) ? id.GetString() : null;
                    var file = url?.Split('?')[0].Split('/')[^1];
                    var dot = file?.LastIndexOf('.') ?? -1;
                    if (url is not null && dot > 0 && Collections.Find(file![..dot]) is { } layer)
                    {
                        names[url] = PageText.Bracketed(PageModel.Localized(layer.Title, page.Lang), file[(dot + 1)..] == "csv" ? "CSV" : "GeoJSON", page.Lang);
                    }
                }
            }
        }

        view["download_names"] = names;
        return view;
    }

    private static string GeometryName(string type, string lang) => PageText.Find("geom_" + type, lang) ?? type;

    private static string? TypeName(string? type, string lang) => type is null ? null : PageText.Find("type_" + type, lang) ?? type;

    /// <summary>Allowed values with their names: the dataset's categories, themes and areas, the fixed values, and the coordinate systems.</summary>
    private static List<Dictionary<string, object?>> Values(JsonElement values, PageContext page, string property, LayerProperty? declared = null)
    {
        var vocabulary = page.Vocabulary;
        var names = vocabulary?.For(declared) ?? property switch
        {
            "category" => vocabulary?.Categories,
            "theme" or "themes" => vocabulary?.Themes,
            "community" => vocabulary?.Areas,
            _ => null,
        };
        return [.. values.EnumerateArray().Select(v =>
        {
            var code = PageModel.Cell(v);
            var name = names is not null && names.TryGetValue(code, out var n) ? PageModel.Localized(n, page.Lang)
                : PageText.Find("value_" + code, page.Lang) ?? PageText.Find("crs_" + code, page.Lang);
            return new Dictionary<string, object?> { ["code"] = code, ["name"] = name == code ? null : name };
        })];
    }
}
