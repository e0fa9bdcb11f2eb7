using System.Xml.Linq;
using LifeCircle.Core.Charts;

namespace LifeCircle.Core.Tests.Charts;

public class SvgWriterTests
{
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    [Fact]
    public void TextWithMarkupCharactersAndChineseComesBackExactlyFromTheXml()
    {
        const string text = "<b>&\"华苑社区\"</b> ' ]]>";
        var drawing = new Drawing(100, 50, "标题 & <title>", "zh", [new Label(10, 20, text, 12, "#000000"), new Box(0, 0, 10, 10, "#ff0000", "a < b")]);

        var svg = XDocument.Parse(System.Text.Encoding.UTF8.GetString(SvgWriter.Write(drawing)));

        Assert.Equal(text, svg.Descendants(Svg + "text").Single().Value);
        Assert.Equal("标题 & <title>", svg.Root!.Element(Svg + "title")!.Value);
        Assert.Equal("a < b", svg.Descendants(Svg + "rect").Single(r => r.Attribute("x") is not null).Element(Svg + "title")!.Value);
        Assert.Equal("zh", svg.Root.Attribute(XNamespace.Xml + "lang")!.Value);
    }

    [Fact]
    public void ARegionWithAHoleIsOnePathOfTwoClosedRingsFilledEvenOdd()
    {
        IReadOnlyList<PointXY> outer = [new(0, 0), new(10, 0), new(10, 10), new(0, 10)];
        IReadOnlyList<PointXY> hole = [new(3, 3), new(6, 3), new(6, 6)];
        var svg = XDocument.Parse(System.Text.Encoding.UTF8.GetString(SvgWriter.Write(new Drawing(20, 20, "t", "en", [new Region([outer, hole], "#00ff00", "#ffffff", 1)]))));

        var path = svg.Descendants(Svg + "path").Single();
        Assert.Equal("M0,0L10,0L10,10L0,10ZM3,3L6,3L6,6Z", path.Attribute("d")!.Value);
        Assert.Equal("evenodd", path.Attribute("fill-rule")!.Value);
    }
}
