using System.Globalization;
using System.Text.Json;
using LifeCircle.Core.Data;
using LifeCircle.Core.Documents;

namespace LifeCircle.Api.Rendering.Html;

/// <summary>The values a template sees: doc (the document's JSON as plain values), view (what a page type adds), page and t (words).</summary>
public static class PageModel
{
    public static IReadOnlyDictionary<string, object?> Of(Document document, PageContext page, PageOptions? options = null)
    {
        var json = JsonOf(document);
        using var parsed = JsonDocument.Parse(json);
        return new Dictionary<string, object?>
        {
            ["doc"] = Plain(parsed.RootElement),
            ["doc_json"] = parsed.RootElement.ValueKind == JsonValueKind.Object && document is not (ItemsDocument or FeatureDocument) ? Pretty(parsed.RootElement) : null,
            ["view"] = PageViews.Of(document, parsed.RootElement, page),
            ["page"] = Page(page),
            ["tiles"] = options?.TilesUrl is { } url ? new Dictionary<string, object?> { ["url"] = url, ["attribution"] = options.TilesAttribution ?? "" } : null,
            ["t"] = PageText.For(page.Lang),
        };
    }

    /// <summary>The document's JSON rendering (GeoJSON for features), the one the JSON renderer writes.</summary>
    public static byte[] JsonOf(Document document) => document switch
    {
        ItemsDocument items => FeatureJsonWriter.Collection(items).ToArray(),
        FeatureDocument feature => FeatureJsonWriter.Single(feature).ToArray(),
        _ => JsonSerializer.SerializeToUtf8Bytes(document.JsonContent(), document.JsonContent().GetType(), JsonText.Compact),
    };

    /// <summary>JSON for a &lt;script type="application/json"&gt; block: the default encoder escapes &lt;, &gt; and &amp;, so it cannot end the block.</summary>
    public static string ScriptJson<T>(T value) => JsonSerializer.Serialize(value, JsonText.Compact).Replace("</", "<\\/", StringComparison.Ordinal);

    /// <summary>A JSON value as dictionaries, lists, strings, numbers and booleans, which Liquid reads.</summary>
    public static object? Plain(JsonElement e) => e.ValueKind switch
    {
        JsonValueKind.Object => e.EnumerateObject().ToDictionary(p => p.Name, p => Plain(p.Value)),
        JsonValueKind.Array => e.EnumerateArray().Select(Plain).ToList(),
        JsonValueKind.String => e.GetString(),
        JsonValueKind.Number => e.TryGetDecimal(out var d) ? d : e.GetDouble(),
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        _ => null,
    };

    /// <summary>A value as a table cell shows it: text as it is, numbers invariant, anything nested as compact JSON.</summary>
    public static string Cell(JsonElement e) => e.ValueKind switch
    {
        JsonValueKind.String => e.GetString() ?? "",
        JsonValueKind.Null or JsonValueKind.Undefined => "",
        JsonValueKind.Number => e.GetRawText(),
        JsonValueKind.True => "true",
        JsonValueKind.False => "false",
        // A list of names or codes (a facility's themes) reads as a list, not as JSON.
        JsonValueKind.Array when e.EnumerateArray().All(x => x.ValueKind is JsonValueKind.String or JsonValueKind.Number) =>
            string.Join(", ", e.EnumerateArray().Select(Cell)),
        _ => e.GetRawText(),
    };

    private static string Pretty(JsonElement e) => JsonSerializer.Serialize(e, new JsonSerializerOptions { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });

    private static Dictionary<string, object?> Page(PageContext page)
    {
        var lang = page.Lang;
        var d = page.Dataset;
        return new()
        {
            ["lang"] = lang,
            ["html_lang"] = lang == Languages.English ? "en" : "zh-CN",
            ["self"] = page.Self,
            ["other_language"] = page.OtherLanguage,
            ["assets"] = page.Assets,
            ["home"] = page.Home,
            ["kept_lang"] = page.LangGiven ? lang : null,
            ["district_base"] = page.DistrictBase,
            ["district_name"] = page.Dataset is { } shown ? Localized(shown.Name, lang) : page.DistrictName is { } named ? Localized(named, lang) : null,
            ["embed"] = page.Embed,
            ["alternates"] = page.Alternates.Select(a => new Dictionary<string, object?> { ["href"] = a.Href, ["type"] = a.Type, ["title"] = a.Title }).ToList(),
            ["filters"] = page.Query.Select(q => new Dictionary<string, object?> { ["name"] = q.Key, ["value"] = q.Value }).ToList(),
            ["libraries"] = PageAssets.Libraries.Select(l => new Dictionary<string, object?> { ["name"] = l.Name, ["version"] = l.Version, ["licence"] = l.Licence, ["href"] = page.Assets + l.File }).ToList(),
            ["dataset"] = d is null ? null : new Dictionary<string, object?>
            {
                ["district"] = d.District,
                ["name"] = Localized(d.Name, lang),
                ["version"] = d.Version,
                ["published"] = d.PublishedAt.ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture),
                ["licence"] = new Dictionary<string, object?> { ["id"] = d.Licence.Id, ["title"] = d.Licence.Title, ["url"] = d.Licence.Url },
                ["publisher"] = d.Publisher,
                ["illustrative"] = IllustrativeNotice.AppliesTo(d.Provenance),
                ["provenance"] = d.Provenance.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => new Dictionary<string, object?>
                {
                    ["layer"] = p.Key, ["origin"] = p.Value.Origin, ["origin_text"] = PageText.Get(p.Value.Origin, lang), ["note"] = p.Value.Note,
                }).ToList(),
                ["sources"] = d.Sources.Select(s => new Dictionary<string, object?> { ["title"] = s.Title, ["url"] = s.Url }).ToList(),
            },
        };
    }

    /// <summary>The text in the page language.</summary>
    public static string Localized(LocalizedText text, string lang) => lang == Languages.English ? text.En : text.Zh;
}
