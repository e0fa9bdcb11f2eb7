using LifeCircle.Core.Charts;
using LifeCircle.Core.Operations;

namespace LifeCircle.Core.Tests.Charts;

public class ChoroplethTests
{
    private static IReadOnlyList<IReadOnlyList<PointXY>> Square(double x, double y, double size) =>
        [[new(x, y), new(x + size, y), new(x + size, y + size), new(x, y + size)]];

    [Fact]
    public void MetresKeepTheirProportionsAndNorthIsUp()
    {
        // Two 100 m squares, one 400 m east and 200 m north of the other.
        var data = new MapData("t", "s", [new MapRegion(Square(0, 0, 100), 0, "south-west"), new MapRegion(Square(400, 200, 100), 1, "north-east")],
            [new MapClass("near", "#00ff00"), new MapClass("far", "#ff0000")], "source", m => $"{m} m", "en");

        var regions = Choropleth.Draw(data).Shapes.OfType<Region>().ToList();
        var sw = regions.Single(r => r.Tooltip == "south-west").Rings[0];
        var ne = regions.Single(r => r.Tooltip == "north-east").Rings[0];
        double scale = (sw[1].X - sw[0].X) / 100;

        Assert.Equal(100 * scale, sw[0].Y - sw[3].Y, 6);
        Assert.Equal(400 * scale, ne[0].X - sw[0].X, 6);
        Assert.Equal(200 * scale, sw[0].Y - ne[0].Y, 6);
        Assert.Equal("#ff0000", regions.Single(r => r.Tooltip == "north-east").Fill);
    }

    [Fact]
    public void TheLegendCountsTheRegionsOfEachClassAndTheScaleBarIsARoundLength()
    {
        var data = new MapData("t", "s", [new MapRegion(Square(0, 0, 100), 1, "a"), new MapRegion(Square(200, 0, 100), 1, "b"), new MapRegion(Square(400, 0, 100), 0, "c")],
            [new MapClass("near", "#00ff00"), new MapClass("far", "#ff0000")], "source", m => $"{m} m", "en");

        var labels = Choropleth.Draw(data).Shapes.OfType<Label>().Select(l => l.Text).ToList();

        Assert.Contains("near (1)", labels);
        Assert.Contains("far (2)", labels);
        Assert.Contains("100 m", labels);
        Assert.Equal("source", labels[^1]);
    }

    [Fact]
    public void ANoticeIsALineOfItsOwnUnderTheSubtitleAndTheMapLegendAndScaleMoveDown()
    {
        var data = new MapData("t", "s", [new MapRegion(Square(0, 0, 100), 0, "a")], [new MapClass("near", "#00ff00")], "source", m => $"{m} m", "en");
        var plain = Choropleth.Draw(data);
        var noticed = Choropleth.Draw(data with { Notice = "Note: illustrative" });

        var notice = noticed.Shapes.OfType<Label>().Single(l => l.Text == "Note: illustrative");
        Assert.True(notice.Y - noticed.Shapes.OfType<Label>().Single(l => l.Text == "s").Y >= 18, "the notice sits a line below the subtitle");
        Assert.Equal(plain.Height + NoticeLine.Height, noticed.Height);
        Assert.Equal(plain.Shapes.OfType<Region>().Single().Rings[0][0].Y + NoticeLine.Height, noticed.Shapes.OfType<Region>().Single().Rings[0][0].Y, 6);
        Assert.Equal(plain.Shapes.OfType<Box>().Single().Y + NoticeLine.Height, noticed.Shapes.OfType<Box>().Single().Y);
        Assert.True(noticed.Shapes.OfType<Region>().Single().Rings[0].Min(p => p.Y) - notice.Y >= 8, "the map starts below the notice's baseline");
    }

    [Theory]
    [InlineData(0.0, 0)]
    [InlineData(5.0, 0)]
    [InlineData(5.1, 1)]
    [InlineData(10.0, 1)]
    [InlineData(15.0, 2)]
    [InlineData(15.1, 3)]
    [InlineData(30.0, 3)]
    [InlineData(null, 3)]
    public void AWalkExactlyAtAThresholdCountsAsWithinItAndBeyond15OrUnreachableIsOneClass(double? minutes, int expected) => Assert.Equal(expected, MapOperations.Class(minutes));
}
