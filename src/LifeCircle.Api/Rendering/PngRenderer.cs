using LifeCircle.Core.Charts;
using LifeCircle.Core.Documents;
using SkiaSharp;

namespace LifeCircle.Api.Rendering;

/// <summary>Draws charts and maps whose URL names PNG with Skia, at twice their size for sharp text, in the Chinese font shipped with the app.</summary>
public sealed class PngRenderer : IDocumentRenderer
{
    public const string MediaType = "image/png";
    private const float Scale = 2;

    private static readonly Lazy<SKTypeface> Regular = new(() => Typeface(SKFontStyle.Normal));
    private static readonly Lazy<SKTypeface> Bold = new(() => Typeface(SKFontStyle.Bold));

    public IReadOnlyList<string> Formats { get; } = ["png"];

    public IReadOnlyList<string> AllMediaTypes { get; } = [MediaType];

    public string? MediaTypeOf(Document document) => document is ChartDocument { Format: "png" } ? MediaType : null;

    public bool AcceptsAlso(string mediaRange) => false;

    public ReadOnlyMemory<byte> Render(Document document) => document is ChartDocument chart
        ? Draw(chart.Drawing)
        : throw new ArgumentException($"{nameof(PngRenderer)} does not write {document.GetType().Name}.", nameof(document));

    /// <summary>The folder beside the assemblies that holds the shipped font (Noto Sans Hans, regular and bold).</summary>
    public static string FontFolder => Path.Combine(AppContext.BaseDirectory, "fonts");

    /// <summary>The shipped Noto Sans Hans, so a PNG looks the same on every host (Azure's Functions hosts have no CJK font, and the build requires the file).</summary>
    /// <remarks>Skia's dependency-free native library has no system fonts to fall back on: without the file, text would draw as nothing.</remarks>
    public static SKTypeface Typeface(SKFontStyle style)
    {
        var file = Path.Combine(FontFolder, style.Weight >= (int)SKFontStyleWeight.SemiBold ? "NotoSansHans-Bold.otf" : "NotoSansHans-Regular.otf");
        return (File.Exists(file) ? SKTypeface.FromFile(file) : null) ?? SKTypeface.Default;
    }

    public static byte[] Draw(Drawing d)
    {
        var info = new SKImageInfo((int)Math.Ceiling(d.Width * Scale), (int)Math.Ceiling(d.Height * Scale));
        using var surface = SKSurface.Create(info);
        var canvas = surface.Canvas;
        canvas.Clear(SKColors.White);
        canvas.Scale(Scale);
        foreach (var shape in d.Shapes)
        {
            Draw(canvas, shape);
        }

        using var image = surface.Snapshot();
        using var png = image.Encode(SKEncodedImageFormat.Png, 100);
        return png.ToArray();
    }

    private static void Draw(SKCanvas canvas, Shape shape)
    {
        switch (shape)
        {
            case Box b:
                using (var paint = Fill(b.Fill))
                {
                    canvas.DrawRect((float)b.X, (float)b.Y, (float)b.Width, (float)b.Height, paint);
                }

                break;
            case Rule r:
                using (var paint = Stroke(r.Colour, r.Width))
                {
                    canvas.DrawLine((float)r.X1, (float)r.Y1, (float)r.X2, (float)r.Y2, paint);
                }

                break;
            case Region g:
                using (var builder = new SKPathBuilder())
                using (var fill = Fill(g.Fill))
                using (var stroke = Stroke(g.Stroke, g.StrokeWidth))
                {
                    foreach (var ring in g.Rings.Where(x => x.Count > 0))
                    {
                        builder.MoveTo((float)ring[0].X, (float)ring[0].Y);
                        foreach (var p in ring.Skip(1))
                        {
                            builder.LineTo((float)p.X, (float)p.Y);
                        }

                        builder.Close();
                    }

                    using var path = builder.Detach();
                    path.FillType = SKPathFillType.EvenOdd;
                    canvas.DrawPath(path, fill);
                    canvas.DrawPath(path, stroke);
                }

                break;
            case Label l:
                using (var font = new SKFont(l.Bold ? Bold.Value : Regular.Value, (float)l.Size))
                using (var paint = Fill(l.Colour))
                {
                    var align = l.Anchor switch { TextAnchor.Middle => SKTextAlign.Center, TextAnchor.End => SKTextAlign.Right, _ => SKTextAlign.Left };
                    canvas.DrawText(l.Text, (float)l.X, (float)l.Y, align, font, paint);
                }

                break;
        }
    }

    private static SKPaint Fill(string colour) => new() { Color = SKColor.Parse(colour), IsAntialias = true, Style = SKPaintStyle.Fill };

    private static SKPaint Stroke(string colour, double width) =>
        new() { Color = SKColor.Parse(colour), IsAntialias = true, Style = SKPaintStyle.Stroke, StrokeWidth = (float)width };
}
