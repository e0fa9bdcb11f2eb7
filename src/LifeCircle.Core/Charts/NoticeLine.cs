namespace LifeCircle.Core.Charts;

/// <summary>The caveat line under a chart's or map's subtitle (that its data is illustrative), and the room it takes.</summary>
public static class NoticeLine
{
    /// <summary>How far the line pushes what follows it down.</summary>
    public const double Height = 22;

    /// <summary>Baseline of the subtitle every chart and map draws; the notice sits one line below it.</summary>
    private const double SubtitleBaseline = 58;

    /// <summary>Dark red and bold, so it reads as a warning rather than as part of the legend.</summary>
    private const string Colour = "#a50f15";

    /// <summary>Adds the line when there is a notice; returns how far it pushes the rest down (0 without one).</summary>
    public static double Add(List<Shape> shapes, string? notice)
    {
        if (notice is null)
        {
            return 0;
        }

        shapes.Add(new Label(24, SubtitleBaseline + Height, notice, 13, Colour, Bold: true));
        return Height;
    }
}
