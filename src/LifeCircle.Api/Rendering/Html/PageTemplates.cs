using System.Collections.Concurrent;
using System.Text.Encodings.Web;
using Fluid;
using Fluid.Values;

namespace LifeCircle.Api.Rendering.Html;

/// <summary>The Liquid templates of the pages (embedded resources templates/*.liquid), parsed once and rendered inside the layout.</summary>
public static class PageTemplates
{
    /// <summary>The template of any document without one of its own.</summary>
    public const string Generic = "generic";

    private const string Layout = "layout";

    private static readonly FluidParser Parser = new();

    private static readonly TemplateOptions Options = NewOptions();

    /// <summary>Escapes what HTML needs (&lt;, &amp;, quotes) and keeps Chinese as it is: entities for every character would triple a page.</summary>
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(System.Text.Unicode.UnicodeRanges.All);

    private static readonly ConcurrentDictionary<string, IFluidTemplate?> Parsed = new(StringComparer.Ordinal);

    /// <summary>Whether a template of this name is embedded.</summary>
    public static bool Exists(string name) => Load(name) is not null;

    /// <summary>Renders the named template (the generic one when it has none) inside the layout; the layout sees what the page assigned, e.g. title.</summary>
    public static string Render(string name, IReadOnlyDictionary<string, object?> values)
    {
        var context = new TemplateContext(Options);
        foreach (var (key, value) in values)
        {
            context.SetValue(key, FluidValue.Create(value, Options));
        }

        return (Load(name) ?? Load(Generic)!).Render(context, Encoder);
    }

    /// <summary>The page's template captured as content, then the layout: one template, so the layout reads the page's assignments.</summary>
    private static IFluidTemplate? Load(string name) => Parsed.GetOrAdd(name, n =>
    {
        if (Source(n) is not { } page)
        {
            return null;
        }

        var source = "{% capture content %}" + page + "{% endcapture %}" + Source(Layout);
        return Parser.TryParse(source, out var template, out var error) ? template
            : throw new InvalidOperationException($"Template {n}.liquid does not parse: {error}");
    });

    private static TemplateOptions NewOptions()
    {
        var options = new TemplateOptions();
        PageFilters.AddTo(options);
        return options;
    }

    private static string? Source(string name)
    {
        using var stream = typeof(PageTemplates).Assembly.GetManifestResourceStream($"templates/{name}.liquid");
        return stream is null ? null : new StreamReader(stream).ReadToEnd();
    }
}
