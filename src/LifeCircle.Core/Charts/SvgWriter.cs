using System.Globalization;
using System.Text;
using System.Xml;
using System.Xml.Linq;

namespace LifeCircle.Core.Charts;

/// <summary>Writes a drawing as a standalone SVG 1.1 document (UTF-8), built as XML so any text is escaped.</summary>
public static class SvgWriter
{
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    public static byte[] Write(Drawing d)
    {
        var root = new XElement(Svg + "svg",
            new XAttribute("width", N(d.Width)), new XAttribute("height", N(d.Height)), new XAttribute("viewBox", $"0 0 {N(d.Width)} {N(d.Height)}"),
            new XAttribute("role", "img"), new XAttribute("aria-labelledby", "title"), new XAttribute(XNamespace.Xml + "lang", d.Language),
            new XElement(Svg + "title", new XAttribute("id", "title"), d.Title),
            new XElement(Svg + "style", $"text {{ font-family: {string.Join(", ", Typesetting.FontFamilies.Select(f => f.Contains(' ') ? $"'{f}'" : f))}; }}"),
            new XElement(Svg + "rect", new XAttribute("width", "100%"), new XAttribute("height", "100%"), new XAttribute("fill", "#ffffff")),
            d.Shapes.Select(Element));
        var settings = new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = false, OmitXmlDeclaration = false };
        using var stream = new MemoryStream();
        using (var writer = XmlWriter.Create(stream, settings))
        {
            new XDocument(root).Save(writer);
        }

        return stream.ToArray();
    }

    private static XElement Element(Shape shape) => shape switch
    {
        Box b => WithTooltip(new XElement(Svg + "rect", new XAttribute("x", N(b.X)), new XAttribute("y", N(b.Y)),
            new XAttribute("width", N(b.Width)), new XAttribute("height", N(b.Height)), new XAttribute("fill", b.Fill)), b.Tooltip),
        Label l => new XElement(Svg + "text", new XAttribute("x", N(l.X)), new XAttribute("y", N(l.Y)), new XAttribute("font-size", N(l.Size)),
            new XAttribute("fill", l.Colour), new XAttribute("text-anchor", l.Anchor switch { TextAnchor.Middle => "middle", TextAnchor.End => "end", _ => "start" }),
            l.Bold ? new XAttribute("font-weight", "bold") : null, l.Text),
        Rule r => new XElement(Svg + "line", new XAttribute("x1", N(r.X1)), new XAttribute("y1", N(r.Y1)), new XAttribute("x2", N(r.X2)),
            new XAttribute("y2", N(r.Y2)), new XAttribute("stroke", r.Colour), new XAttribute("stroke-width", N(r.Width))),
        Region g => WithTooltip(new XElement(Svg + "path", new XAttribute("d", PathData(g.Rings)), new XAttribute("fill", g.Fill), new XAttribute("fill-rule", "evenodd"),
            new XAttribute("stroke", g.Stroke), new XAttribute("stroke-width", N(g.StrokeWidth))), g.Tooltip),
        _ => throw new ArgumentException($"No SVG for {shape.GetType().Name}.", nameof(shape)),
    };

    private static XElement WithTooltip(XElement e, string? tooltip)
    {
        if (tooltip is not null)
        {
            e.Add(new XElement(Svg + "title", tooltip));
        }

        return e;
    }

    private static string PathData(IReadOnlyList<IReadOnlyList<PointXY>> rings)
    {
        var d = new StringBuilder();
        foreach (var ring in rings.Where(r => r.Count > 0))
        {
            d.Append('M').Append(N(ring[0].X)).Append(',').Append(N(ring[0].Y));
            foreach (var p in ring.Skip(1))
            {
                d.Append('L').Append(N(p.X)).Append(',').Append(N(p.Y));
            }

            d.Append('Z');
        }

        return d.ToString();
    }

    private static string N(double v) => Math.Round(v, 2).ToString("0.##", CultureInfo.InvariantCulture);
}
