using LifeCircle.Core.Charts;

namespace LifeCircle.Core.Tests.Charts;

public class BarChartTests
{
    private static BarChartData Data(params BarRow[] rows) =>
        new("Title", "Subtitle", ["5 min", "10 min"], rows, "LifeCircle Open Data, Test District, version v1, CC BY 4.0", "no residents", "en");

    [Fact]
    public void BarLengthsAreProportionalToTheShares()
    {
        var drawing = BarChart.Draw(Data(new BarRow("A", [0.25, 1.0]), new BarRow("B", [0.5, 0.0])));

        var bars = drawing.Shapes.OfType<Box>().Where(b => b.Tooltip is not null).ToList();
        double full = bars.Single(b => b.Tooltip == "A · 10 min: 100.0%").Width;
        Assert.Equal(full / 4, bars.Single(b => b.Tooltip == "A · 5 min: 25.0%").Width, 6);
        Assert.Equal(full / 2, bars.Single(b => b.Tooltip == "B · 5 min: 50.0%").Width, 6);
        Assert.Equal(0, bars.Single(b => b.Tooltip == "B · 10 min: 0.0%").Width);
    }

    [Fact]
    public void AMissingShareIsSaidInWordsNotDrawnAsZero()
    {
        var drawing = BarChart.Draw(Data(new BarRow("A", [null, 0.4])));

        Assert.DoesNotContain(drawing.Shapes.OfType<Box>(), b => b.Tooltip?.StartsWith("A · 5 min", StringComparison.Ordinal) == true);
        Assert.Contains(drawing.Shapes.OfType<Label>(), l => l.Text == "no residents");
    }

    [Fact]
    public void TheSourceLineIsTheLastTextAndEveryShapeLiesInsideTheDrawing()
    {
        var drawing = BarChart.Draw(Data(new BarRow("Huayuan Community 华苑社区", [0.9, 1.0]), new BarRow("B", [0.1, 0.2])));

        Assert.Equal("LifeCircle Open Data, Test District, version v1, CC BY 4.0", drawing.Shapes.OfType<Label>().Last().Text);
        Assert.All(drawing.Shapes.OfType<Box>(), b => Assert.True(b.X >= 0 && b.X + b.Width <= drawing.Width && b.Y + b.Height <= drawing.Height));
        Assert.All(drawing.Shapes.OfType<Label>(), l => Assert.True(l.Y <= drawing.Height && l.Y > 0));
    }

    [Fact]
    public void ANoticeIsALineOfItsOwnUnderTheSubtitleAndEverythingBelowItMovesDown()
    {
        var rows = new[] { new BarRow("A", [0.25, 1.0]), new BarRow("B", [null, 0.5]) };
        var plain = BarChart.Draw(Data(rows));
        var noticed = BarChart.Draw(Data(rows) with { Notice = "Note: illustrative" });

        var notice = noticed.Shapes.OfType<Label>().Single(l => l.Text == "Note: illustrative");
        var subtitle = noticed.Shapes.OfType<Label>().Single(l => l.Text == "Subtitle");
        Assert.True(notice.Y - subtitle.Y >= 18, "the notice sits a line below the subtitle");
        Assert.Equal(plain.Height + NoticeLine.Height, noticed.Height);
        Assert.Equal(plain.Shapes.OfType<Box>().Select(b => b.Y + NoticeLine.Height), noticed.Shapes.OfType<Box>().Select(b => b.Y));
        Assert.True(noticed.Shapes.OfType<Box>().Min(b => b.Y) - notice.Y >= 8, "the legend starts below the notice's baseline");
        Assert.Equal(plain.Shapes.OfType<Label>().Select(l => l.Text), noticed.Shapes.OfType<Label>().Where(l => l != notice).Select(l => l.Text));
    }

    [Theory]
    [InlineData(0.834, "83.4%")]
    [InlineData(0.4752, "47.5%")]
    [InlineData(0.0, "0.0%")]
    [InlineData(1.0, "100.0%")]
    public void SharesArePrintedWithOneDecimalAsTheDashboardsTablesPrintThem(double share, string expected) => Assert.Equal(expected, BarChart.Percent(share));
}
