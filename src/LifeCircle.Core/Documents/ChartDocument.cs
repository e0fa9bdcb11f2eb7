using LifeCircle.Core.Charts;

namespace LifeCircle.Core.Documents;

/// <summary>A chart or map of a dataset version as a drawing, to be written as the file its URL names (SVG or PNG).</summary>
/// <param name="Format">"svg" or "png": only the renderer of that format writes it.</param>
public sealed record ChartDocument(string District, string DatasetVersion, Drawing Drawing, string Format) : Document
{
    /// <summary>The file formats a chart or map is drawn in.</summary>
    public static IReadOnlyList<string> Formats { get; } = ["svg", "png"];

    /// <summary>None: the URL names the file's format.</summary>
    public override string? JsonMediaType() => null;
}
