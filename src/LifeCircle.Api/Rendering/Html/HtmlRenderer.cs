using System.Text;
using LifeCircle.Core.Documents;

namespace LifeCircle.Api.Rendering.Html;

/// <summary>Writes every document as an HTML page: a Liquid template per document type inside one layout, a generic one for any other type.</summary>
/// <remarks>The page shows the same values as the JSON rendering (its model is that JSON), plus the words and links of <see cref="PageContext"/>.</remarks>
public sealed class HtmlRenderer : IDocumentRenderer
{
    public const string MediaType = "text/html; charset=utf-8";

    public IReadOnlyList<string> Formats { get; } = ["html"];

    public string? MediaTypeOf(Document document) => MediaType;

    public bool AcceptsAlso(string mediaRange) => false;

    public ReadOnlyMemory<byte> Render(Document document) => Render(document, PageContext.Plain);

    /// <summary>The page of a document for one request.</summary>
    public ReadOnlyMemory<byte> Render(Document document, PageContext page) =>
        Encoding.UTF8.GetBytes(PageTemplates.Render(TemplateOf(document), PageModel.Of(document, page)));

    /// <summary>The template of a document type: its name without "Document", lower case (ItemsDocument → items), when one is embedded.</summary>
    public static string TemplateOf(Document document)
    {
        var name = document.GetType().Name;
        name = (name.EndsWith("Document", StringComparison.Ordinal) ? name[..^"Document".Length] : name).ToLowerInvariant();
        return PageTemplates.Exists(name) ? name : PageTemplates.Generic;
    }
}
