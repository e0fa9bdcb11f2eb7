using System.Globalization;

namespace LifeCircle.Core.Charts;

/// <summary>What a bar chart of shares shows: one row of bars per item, one bar per series.</summary>
/// <param name="Source">The source line printed under the chart.</param>
/// <param name="Missing">What a row without a value says (e.g. "no residents").</param>
/// <param name="Notice">A caveat printed under the subtitle (that the data is illustrative), or null.</param>
/// <param name="Colours">One colour per series, or null for sequential blues.</param>
public sealed record BarChartData(
    string Title, string Subtitle, IReadOnlyList<string> Series, IReadOnlyList<BarRow> Rows, string Source, string Missing, string Language, string? Notice = null,
    IReadOnlyList<string>? Colours = null);

/// <summary>One item of a bar chart: its label and a share (0..1, or null) per series.</summary>
public sealed record BarRow(string Label, IReadOnlyList<double?> Values);

/// <summary>Lays out a horizontal bar chart of shares from 0 to 100%, labels on the left, legend on top, source line below.</summary>
public static class BarChart
{
    public const double Width = 960;
    private const double Bar = 13;
    private const double Gap = 10;
    private const double Top = 112;

    /// <summary>Sequential blues, light to dark, so 5 ≤ 10 ≤ 15 minutes read as more of the same.</summary>
    private static readonly string[][] Palettes = [["#2171b5"], ["#6baed6", "#08519c"], ["#c6dbef", "#6baed6", "#08519c"]];

    public static Drawing Draw(BarChartData data)
    {
        var shapes = new List<Shape>();
        var colours = data.Colours ?? Palettes[Math.Clamp(data.Series.Count, 1, Palettes.Length) - 1];
        double left = Math.Min(440, 24 + data.Rows.Select(r => Typesetting.Width(r.Label, 13)).DefaultIfEmpty(60).Max());
        double right = Width - 64;
        double rowHeight = (data.Series.Count * Bar) + Gap;
        shapes.Add(new Label(24, 34, data.Title, 20, "#1a1a1a", Bold: true));
        shapes.Add(new Label(24, 58, data.Subtitle, 13, "#4d4d4d"));
        double shift = NoticeLine.Add(shapes, data.Notice);
        double top = Top + shift;
        double bottom = top + (data.Rows.Count * rowHeight);

        double x = 24;
        for (int s = 0; s < data.Series.Count; s++)
        {
            shapes.Add(new Box(x, 76 + shift, 14, 14, colours[s % colours.Count]));
            shapes.Add(new Label(x + 20, 88 + shift, data.Series[s], 13, "#1a1a1a"));
            x += 20 + Typesetting.Width(data.Series[s], 13) + 24;
        }

        for (int tick = 0; tick <= 100; tick += 25)
        {
            double tx = left + ((right - left) * tick / 100.0);
            shapes.Add(new Rule(tx, top - 6, tx, bottom, tick == 0 ? "#4d4d4d" : "#d9d9d9"));
            shapes.Add(new Label(tx, bottom + 18, tick.ToString(CultureInfo.InvariantCulture) + "%", 12, "#4d4d4d", TextAnchor.Middle));
        }

        for (int i = 0; i < data.Rows.Count; i++)
        {
            var row = data.Rows[i];
            double y = top + (i * rowHeight);
            shapes.Add(new Label(left - 10, y + (data.Series.Count * Bar / 2) + 5, row.Label, 13, "#1a1a1a", TextAnchor.End));
            for (int s = 0; s < data.Series.Count; s++)
            {
                double by = y + (s * Bar);
                if (row.Values[s] is not { } share)
                {
                    shapes.Add(new Label(left + 6, by + Bar - 3, data.Missing, 11, "#737373"));
                    continue;
                }

                double w = (right - left) * Math.Clamp(share, 0, 1);
                var percent = Percent(share);
                shapes.Add(new Box(left, by + 1, w, Bar - 2, colours[s % colours.Count], $"{row.Label} · {data.Series[s]}: {percent}"));
                shapes.Add(new Label(left + w + 4, by + Bar - 3, percent, 11, "#1a1a1a"));
            }
        }

        shapes.Add(new Label(24, bottom + 48, data.Source, 12, "#4d4d4d"));
        return new Drawing(Width, bottom + 64, data.Title, data.Language, shapes);
    }

    /// <summary>A share as a percentage with one decimal, as the dashboard's tables print it, e.g. 0.4752 → "47.5%".</summary>
    public static string Percent(double share) => (share * 100).ToString("0.0", CultureInfo.InvariantCulture) + "%";
}
