using LifeCircle.Core.Queries;

namespace LifeCircle.Core.Tests.Queries;

public class GeoBoundingBoxTests
{
    [Fact]
    public void FourNumbersParseAsWestSouthEastNorth()
    {
        var box = GeoBoundingBox.TryParse("106.85,39.42,106.9,39.46", out var error);
        Assert.Null(error);
        Assert.Equal(new GeoBoundingBox(106.85, 39.42, 106.9, 39.46), box);
    }

    [Fact]
    public void SixNumbersParseWithTheHeightsDropped()
    {
        var box = GeoBoundingBox.TryParse("1,2,-5,3,4,100", out var error);
        Assert.Null(error);
        Assert.Equal(new GeoBoundingBox(1, 2, 3, 4), box);
    }

    [Theory]
    [InlineData("1,2,3", "4 or 6")]
    [InlineData("1,2,3,4,5", "4 or 6")]
    [InlineData("a,2,3,4", "not a number")]
    [InlineData("1,2,NaN,4", "not a number")]
    [InlineData("1,,3,4", "not a number")]
    [InlineData("-181,2,3,4", "-180..180")]
    [InlineData("1,-91,3,4", "-90..90")]
    [InlineData("1,5,3,4", "southern")]
    [InlineData("3,2,1,4", "antimeridian")]
    public void MalformedBoxesAreRefusedWithAReason(string text, string reason)
    {
        Assert.Null(GeoBoundingBox.TryParse(text, out var error));
        Assert.Contains(reason, error);
    }

    [Fact]
    public void PointsOnTheEdgeAreInside()
    {
        var box = new GeoBoundingBox(1, 2, 3, 4);
        Assert.True(box.Contains(1, 2));
        Assert.True(box.Contains(3, 4));
        Assert.False(box.Contains(3.0000001, 4));
    }
}
