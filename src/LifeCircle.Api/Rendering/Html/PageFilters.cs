using System.Globalization;
using Fluid;
using Fluid.Values;

namespace LifeCircle.Api.Rendering.Html;

/// <summary>The Liquid filters the page templates use besides Liquid's own: keep_lang, percent (0.0218 → 2.2%, as the dashboard) and count (94770 → 94,770).</summary>
public static class PageFilters
{
    /// <summary>The files a link may lead to: the same in every language, so their URLs stay as the API gives them.</summary>
    private static readonly string[] FileSuffixes = [".csv", ".geojson", ".json", ".svg", ".png", ".txt"];

    public static void AddTo(TemplateOptions options)
    {
        options.Filters.AddFilter("keep_lang", KeepLangAsync);
        options.Filters.AddFilter("percent", (input, _, _) => new StringValue(DashboardView.Percent(input.IsNil() ? null : (double)input.ToNumberValue())));
        options.Filters.AddFilter("count", (input, _, _) => new StringValue(input.IsNil() ? "–" : input.ToNumberValue().ToString("N0", CultureInfo.InvariantCulture)));
        options.Filters.AddFilter("link_title", LinkTitleAsync);
        options.Filters.AddFilter("format_name", (input, _, _) => new StringValue(FormatName(input.ToStringValue())));
        options.Filters.AddFilter("licence_name", LicenceNameAsync);
    }

    /// <summary>
    /// A link's title in the page's language: the API writes its link titles in English, so a Chinese page names the ones it knows
    /// (link_… words), a collection's links by the collection's title, and leaves any other as it is.
    /// </summary>
    public static string LinkTitle(string? title, string href, string lang)
    {
        if (lang == Languages.English && !string.IsNullOrEmpty(title))
        {
            return title;
        }

        if (title is not null && PageText.Find("link_" + title, lang) is { } known)
        {
            return known;
        }

        // …/collections/{id}, …/collections/{id}/items: the collection's own title.
        var path = href.Split('?')[0].TrimEnd('/');
        var parts = path.Split('/');
        int at = Array.LastIndexOf(parts, "collections");
        if (at >= 0 && at + 1 < parts.Length && Core.Features.Collections.Find(Uri.UnescapeDataString(parts[at + 1])) is { } collection
            && (at + 2 == parts.Length || (at + 3 == parts.Length && parts[at + 2] == "items")))
        {
            var name = PageModel.Localized(collection.Title, lang);
            return at + 2 == parts.Length ? name : PageText.Bracketed(name, "GeoJSON", lang);
        }

        return string.IsNullOrEmpty(title) ? href : title;
    }

    /// <summary>A media type as a reader knows it: "GeoJSON", "CSV", "OpenAPI"; the type itself when unknown.</summary>
    public static string FormatName(string mediaType) => mediaType.Split(';')[0].Trim() switch
    {
        "application/json" => "JSON",
        "application/geo+json" => "GeoJSON",
        "application/schema+json" => "JSON Schema",
        "application/ld+json" => "JSON-LD",
        "application/problem+json" => "JSON",
        "application/vnd.oai.openapi+json" => "OpenAPI",
        "text/csv" => "CSV",
        "text/html" => "HTML",
        "image/svg+xml" => "SVG",
        "image/png" => "PNG",
        var other => other,
    };

    /// <summary>{{ licence | licence_name }}: a licence the pages know by its id named in the page's language, any other by its own title.</summary>
    private static async ValueTask<FluidValue> LicenceNameAsync(FluidValue input, FilterArguments arguments, TemplateContext context)
    {
        var lang = (await context.GetValue("page").GetValueAsync("lang", context)).ToStringValue();
        var id = (await input.GetValueAsync("id", context)).ToStringValue();
        return new StringValue(PageText.Find("licence_" + id, lang) ?? (await input.GetValueAsync("title", context)).ToStringValue());
    }

    private static async ValueTask<FluidValue> LinkTitleAsync(FluidValue input, FilterArguments arguments, TemplateContext context)
    {
        var lang = (await context.GetValue("page").GetValueAsync("lang", context)).ToStringValue();
        var title = await input.GetValueAsync("title", context);
        var href = (await input.GetValueAsync("href", context)).ToStringValue();
        return new StringValue(LinkTitle(title.IsNil() ? null : title.ToStringValue(), href, lang));
    }

    /// <summary>
    /// A link to another page of this API with the reader's lang= added, when the page was asked for with one: the chosen language then
    /// survives navigation whatever the browser's Accept-Language. Links elsewhere, to files, to JSON, or already naming a language stay as they are.
    /// </summary>
    public static string KeepLanguage(string href, string? lang, string home)
    {
        if (string.IsNullOrEmpty(lang))
        {
            return href;
        }

        var query = href.IndexOf('?', StringComparison.Ordinal);
        var path = query < 0 ? href : href[..query];
        var parameters = query < 0 ? [] : href[(query + 1)..].Split('&');
        bool page = path.Length == 0 // "?theme=…": the same page, other filters
            || path == home || path == home + "/catalog" || path.StartsWith(home + "/districts", StringComparison.Ordinal)
            || path == home + "/problems" || path.StartsWith(home + "/problems/", StringComparison.Ordinal);
        if (!page || FileSuffixes.Any(s => path.EndsWith(s, StringComparison.OrdinalIgnoreCase))
            || parameters.Any(p => p.StartsWith("lang=", StringComparison.Ordinal) || (p.StartsWith("f=", StringComparison.Ordinal) && p != "f=html")))
        {
            return href;
        }

        return href + (query < 0 ? "?" : parameters.All(p => p.Length == 0) ? "" : "&") + "lang=" + lang;
    }

    /// <summary>{{ href | keep_lang }}: <see cref="KeepLanguage"/> with the page's kept language and home.</summary>
    private static async ValueTask<FluidValue> KeepLangAsync(FluidValue input, FilterArguments arguments, TemplateContext context)
    {
        var page = context.GetValue("page");
        var lang = (await page.GetValueAsync("kept_lang", context)).ToStringValue();
        var home = (await page.GetValueAsync("home", context)).ToStringValue();
        return new StringValue(KeepLanguage(input.ToStringValue(), lang, home));
    }
}
