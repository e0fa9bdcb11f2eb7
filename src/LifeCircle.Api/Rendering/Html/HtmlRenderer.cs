using System.Text;
using LifeCircle.Core.Documents;

namespace LifeCircle.Api.Rendering.Html;

/// <summary>Writes every document as an HTML page: a Liquid template per document type inside one layout, a generic one for any other type.</summary>
/// <remarks>The page shows the same values as the JSON rendering (its model is that JSON), plus the words and links of <see cref="PageContext"/>.</remarks>
public sealed class HtmlRenderer(PageOptions? options = null) : IDocumentRenderer
{
    public const string MediaType = "text/html; charset=utf-8";

    /// <summary>How this deployment draws its pages (basemap tiles).</summary>
    public PageOptions Options { get; } = options ?? new PageOptions();

    public IReadOnlyList<string> Formats { get; } = ["html"];

    public IReadOnlyList<string> AllMediaTypes { get; } = [MediaType];

    /// <summary>Every document that has a JSON rendering has a page; files (a chart, the coverage CSV) have none, so a browser gets the file.</summary>
    public string? MediaTypeOf(Document document) => document.JsonMediaType() is null ? null : MediaType;

    public bool AcceptsAlso(string mediaRange) => false;

    public ReadOnlyMemory<byte> Render(Document document) => Render(document, PageContext.Plain);

    /// <summary>The page of a document for one request.</summary>
    public ReadOnlyMemory<byte> Render(Document document, PageContext page) =>
        Encoding.UTF8.GetBytes(PageTemplates.Render(TemplateOf(document), PageModel.Of(document, page, Options)));

    /// <summary>The template of a document type: its name without "Document", lower case (ItemsDocument → items), when one is embedded.</summary>
    public static string TemplateOf(Document document)
    {
        var name = document.GetType().Name;
        name = (name.EndsWith("Document", StringComparison.Ordinal) ? name[..^"Document".Length] : name).ToLowerInvariant();
        return PageTemplates.Exists(name) ? name : PageTemplates.Generic;
    }
}

/// <summary>Settings of the pages (section LifeCircle:Pages): basemap tiles, off unless a URL template is given.</summary>
/// <param name="TilesUrl">A Leaflet tile URL template, e.g. https://tile.openstreetmap.org/{z}/{x}/{y}.png; null draws no basemap.</param>
/// <param name="TilesAttribution">The attribution the tile provider requires.</param>
public sealed record PageOptions(string? TilesUrl = null, string? TilesAttribution = null)
{
    public const string Section = "LifeCircle:Pages";

    /// <summary>The origin tiles come from (for the page policy's img-src), or null when there are none.</summary>
    public string? TilesOrigin => TilesUrl is not null && Uri.TryCreate(TilesUrl.Replace("{", "", StringComparison.Ordinal).Replace("}", "", StringComparison.Ordinal), UriKind.Absolute, out var uri)
        ? uri.GetLeftPart(UriPartial.Authority) : null;
}
