namespace LifeCircle.Core.Charts;

/// <summary>A chart or map as shapes in pixels (y down), drawn in order; the SVG and PNG writers draw the same drawing.</summary>
/// <param name="Title">The accessible title (SVG title element).</param>
/// <param name="Language">"zh" or "en": the language of the text.</param>
public sealed record Drawing(double Width, double Height, string Title, string Language, IReadOnlyList<Shape> Shapes);

/// <summary>Something drawn.</summary>
public abstract record Shape;

/// <summary>A filled rectangle, with an optional tooltip.</summary>
public sealed record Box(double X, double Y, double Width, double Height, string Fill, string? Tooltip = null) : Shape;

/// <summary>One line of text; Y is its baseline.</summary>
public sealed record Label(double X, double Y, string Text, double Size, string Colour, TextAnchor Anchor = TextAnchor.Start, bool Bold = false) : Shape;

/// <summary>A straight line.</summary>
public sealed record Rule(double X1, double Y1, double X2, double Y2, string Colour, double Width = 1) : Shape;

/// <summary>A filled polygon with holes (rings, even-odd), with an optional tooltip.</summary>
public sealed record Region(IReadOnlyList<IReadOnlyList<PointXY>> Rings, string Fill, string Stroke, double StrokeWidth, string? Tooltip = null) : Shape;

/// <summary>A point in pixels or metres.</summary>
public readonly record struct PointXY(double X, double Y);

/// <summary>Where a label's X lies along its text.</summary>
public enum TextAnchor
{
    Start,
    Middle,
    End,
}

/// <summary>Fonts and approximate text widths for laying out labels before any renderer measures them.</summary>
public static class Typesetting
{
    /// <summary>Font families in order of preference: a CJK face first, so Chinese never falls back to boxes.</summary>
    public static IReadOnlyList<string> FontFamilies { get; } = ["Noto Sans CJK SC", "Source Han Sans SC", "PingFang SC", "Microsoft YaHei", "sans-serif"];

    /// <summary>Approximate width in pixels: CJK characters are square, Latin ones about half as wide.</summary>
    public static double Width(string text, double size) =>
        text.Sum(c => c >= 0x2E80 ? 1.0 : char.IsUpper(c) || char.IsDigit(c) ? 0.66 : c == ' ' ? 0.3 : 0.56) * size;
}
