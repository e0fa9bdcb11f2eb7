using System.Globalization;

namespace LifeCircle.Core.Charts;

/// <summary>What a choropleth map shows: regions in projected metres (y up), each in one class of the legend.</summary>
/// <param name="ScaleLabel">Formats a scale-bar length in metres, e.g. 500 → "500 m".</param>
/// <param name="Notice">A caveat printed under the subtitle (that the data is illustrative), or null.</param>
public sealed record MapData(
    string Title, string Subtitle, IReadOnlyList<MapRegion> Regions, IReadOnlyList<MapClass> Classes, string Source, Func<double, string> ScaleLabel, string Language,
    string? Notice = null);

/// <summary>A region of the map: rings in metres, the index of its class, and its tooltip.</summary>
public sealed record MapRegion(IReadOnlyList<IReadOnlyList<PointXY>> Rings, int Class, string Tooltip);

/// <summary>A class of the legend.</summary>
public sealed record MapClass(string Label, string Colour);

/// <summary>Lays out a choropleth: the regions fitted into the frame (north up, true to scale), a legend with counts, a scale bar, the source line.</summary>
public static class Choropleth
{
    public const double Width = 960;
    private const double MapLeft = 24;
    private const double MapTop = 80;
    private const double MapWidth = 640;
    private const double MapMaxHeight = 600;

    public static Drawing Draw(MapData data)
    {
        var shapes = new List<Shape>
        {
            new Label(24, 34, data.Title, 20, "#1a1a1a", Bold: true),
            new Label(24, 58, data.Subtitle, 13, "#4d4d4d"),
        };
        double mapTop = MapTop + NoticeLine.Add(shapes, data.Notice);

        var points = data.Regions.SelectMany(r => r.Rings).SelectMany(r => r).ToList();
        double minX = points.Count == 0 ? 0 : points.Min(p => p.X), maxX = points.Count == 0 ? 1 : points.Max(p => p.X);
        double minY = points.Count == 0 ? 0 : points.Min(p => p.Y), maxY = points.Count == 0 ? 1 : points.Max(p => p.Y);
        double scale = Math.Min(MapWidth / Math.Max(maxX - minX, 1), MapMaxHeight / Math.Max(maxY - minY, 1));
        double mapHeight = Math.Max((maxY - minY) * scale, 200);
        PointXY Px(PointXY p) => new(MapLeft + ((p.X - minX) * scale), mapTop + ((maxY - p.Y) * scale));

        foreach (var region in data.Regions)
        {
            var c = data.Classes[region.Class];
            shapes.Add(new Region([.. region.Rings.Select(r => (IReadOnlyList<PointXY>)[.. r.Select(Px)])], c.Colour, "#ffffff", 0.6, region.Tooltip));
        }

        double ly = mapTop + 16;
        for (int i = 0; i < data.Classes.Count; i++)
        {
            int count = data.Regions.Count(r => r.Class == i);
            shapes.Add(new Box(MapLeft + MapWidth + 32, ly - 12, 18, 14, data.Classes[i].Colour));
            shapes.Add(new Label(MapLeft + MapWidth + 58, ly, $"{data.Classes[i].Label} ({count.ToString(CultureInfo.InvariantCulture)})", 13, "#1a1a1a"));
            ly += 24;
        }

        // A round length of at most a fifth of the map's width.
        double metres = new[] { 50.0, 100, 200, 250, 500, 1000, 2000, 5000, 10000 }.LastOrDefault(m => m * scale <= MapWidth / 5, 50);
        double sy = mapTop + mapHeight + 24;
        shapes.Add(new Rule(MapLeft, sy, MapLeft + (metres * scale), sy, "#1a1a1a", 2));
        shapes.Add(new Rule(MapLeft, sy - 5, MapLeft, sy + 1, "#1a1a1a", 2));
        shapes.Add(new Rule(MapLeft + (metres * scale), sy - 5, MapLeft + (metres * scale), sy + 1, "#1a1a1a", 2));
        shapes.Add(new Label(MapLeft + (metres * scale) + 8, sy + 4, data.ScaleLabel(metres), 12, "#1a1a1a"));
        shapes.Add(new Label(24, sy + 36, data.Source, 12, "#4d4d4d"));
        return new Drawing(Width, Math.Max(sy + 52, ly + 24), data.Title, data.Language, shapes);
    }
}
