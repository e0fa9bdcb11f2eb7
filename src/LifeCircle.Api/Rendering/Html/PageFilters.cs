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
            || path == home || path == home + "/catalog" || path.StartsWith(home + "/districts", StringComparison.Ordinal);
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
