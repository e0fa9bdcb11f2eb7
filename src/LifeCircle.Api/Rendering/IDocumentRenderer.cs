using LifeCircle.Core.Documents;

namespace LifeCircle.Api.Rendering;

/// <summary>Writes documents in one family of media types; content negotiation picks one per response.</summary>
public interface IDocumentRenderer
{
    /// <summary>The values of f that select this renderer.</summary>
    IReadOnlyList<string> Formats { get; }

    /// <summary>Every media type this renderer may write, whatever the document: what an Accept header is checked against before any work.</summary>
    IReadOnlyList<string> AllMediaTypes { get; }

    /// <summary>The media type this renderer writes the document as, or null when it cannot write it.</summary>
    string? MediaTypeOf(Document document);

    /// <summary>Whether an Accept range names this renderer for the document (beyond its exact media type).</summary>
    bool AcceptsAlso(string mediaRange);

    /// <summary>The body.</summary>
    ReadOnlyMemory<byte> Render(Document document);
}
