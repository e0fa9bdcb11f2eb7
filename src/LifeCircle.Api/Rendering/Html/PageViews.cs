using System.Text.Json;
using LifeCircle.Api.Pages;
using LifeCircle.Core.Documents;

namespace LifeCircle.Api.Rendering.Html;

/// <summary>What a page type adds to its document's JSON: table columns and rows, the map's features, the dashboard's figures.</summary>
public static class PageViews
{
    /// <summary>The most category rows a coverage page lists before asking for a filter.</summary>
    public const int MaxCoverageRows = 600;

    public static object? Of(Document document, JsonElement json, PageContext page) => document switch
    {
        ItemsDocument items => Items(items, json, page),
        FeatureDocument feature => Feature(feature, json),
        CoverageDocument coverage => new Dictionary<string, object?> { ["categories_listed"] = coverage.Categories.Count <= MaxCoverageRows },
        DashboardDocument dashboard => DashboardView.Of(dashboard, page),
        EmbedDocument embed => new Dictionary<string, object?>(DashboardView.Of(embed.Dashboard, page)) { ["embed_chart"] = embed.Chart },
        _ => null,
    };

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

        var path = page.Self.Split('?')[0];
        return new()
        {
            ["collection"] = items.CollectionId,
            ["columns"] = columns,
            ["rows"] = features.Select(f =>
            {
                var id = f.TryGetProperty("id", out var i) ? PageModel.Cell(i) : "";
                var props = f.TryGetProperty("properties", out var p) && p.ValueKind == JsonValueKind.Object ? p : default;
                return new Dictionary<string, object?>
                {
                    ["id"] = id,
                    ["href"] = $"{path}/{Uri.EscapeDataString(id)}",
                    ["cells"] = columns.Select(c => props.ValueKind == JsonValueKind.Object && props.TryGetProperty(c, out var v) ? PageModel.Cell(v) : "").ToList(),
                };
            }).ToList(),
            ["next"] = items.Links.FirstOrDefault(l => l.Rel == "next")?.Href,
            ["prev"] = items.Links.FirstOrDefault(l => l.Rel == "prev")?.Href,
            ["features_json"] = Mappable(items.Output) ? PageModel.ScriptJson(json) : null,
        };
    }

    private static Dictionary<string, object?> Feature(FeatureDocument feature, JsonElement json) => new()
    {
        ["id"] = feature.Feature.Id,
        ["properties"] = json.TryGetProperty("properties", out var p) && p.ValueKind == JsonValueKind.Object
            ? p.EnumerateObject().Select(x => new Dictionary<string, object?> { ["name"] = x.Name, ["value"] = PageModel.Cell(x.Value) }).ToList()
            : [],
        ["feature_json"] = Mappable(feature.Output) ? PageModel.ScriptJson(json) : null,
    };

    /// <summary>The map draws longitude/latitude: only pages in CRS84 (the default) with geometries are drawn.</summary>
    private static bool Mappable(Core.Requests.OutputOptions output) =>
        !output.SkipGeometry && output.Crs.Uri.EndsWith("CRS84", StringComparison.Ordinal);
}
