using LifeCircle.Core.Charts;
using LifeCircle.Core.Documents;

namespace LifeCircle.Api.Rendering;

/// <summary>Writes charts and maps whose URL names SVG as standalone SVG documents.</summary>
public sealed class SvgRenderer : IDocumentRenderer
{
    public const string MediaType = "image/svg+xml";

    public IReadOnlyList<string> Formats { get; } = ["svg"];

    public IReadOnlyList<string> AllMediaTypes { get; } = [MediaType];

    public string? MediaTypeOf(Document document) => document is ChartDocument { Format: "svg" } ? MediaType : null;

    public bool AcceptsAlso(string mediaRange) => false;

    public ReadOnlyMemory<byte> Render(Document document) => document is ChartDocument chart
        ? SvgWriter.Write(chart.Drawing)
        : throw new ArgumentException($"{nameof(SvgRenderer)} does not write {document.GetType().Name}.", nameof(document));
}
