using LifeCircle.Core.Coverage;
using NetTopologySuite.Geometries;
using Xunit;

namespace LifeCircle.Core.Tests.Coverage;

public class ReachGridTests
{
    [Fact]
    public void TwoCellsMeetingOnlyAtACornerBecomeTwoValidSquaresTouchingAtThatPoint()
    {
        // Radius 1 m on a 10 m grid: each point reaches only the cell whose centre it stands on.
        (double, double, double, double)[] points = [(5, 5, 5, 5), (15, 15, 15, 15)];
        var area = ReachGrid.Around(points, 1, 10).Area(points);

        var squares = Assert.IsType<MultiPolygon>(area);
        Assert.True(area.IsValid);
        Assert.Equal(2, squares.NumGeometries);
        Assert.All(squares.Geometries, g => Assert.Equal(100, g.Area, 9));
        Assert.True(squares.Geometries[0].Intersection(squares.Geometries[1]) is Point { X: 10, Y: 10 });
    }

    [Fact]
    public void ARingOfReachedCellsIsFilledAndOutlinedByItsCornersOnly()
    {
        // The four sides of a 100 m square, 10 m frontage: its inside is enclosed, so it is filled.
        (double, double, double, double)[] sides = [(0, 0, 100, 0), (100, 0, 100, 100), (100, 100, 0, 100), (0, 100, 0, 0)];
        var area = ReachGrid.Around(sides, 10, 10).Area(sides);

        var square = Assert.IsType<Polygon>(area);
        Assert.True(square.IsValid && square.Shell.IsCCW);
        Assert.Empty(square.Holes);
        Assert.Equal(5, square.Shell.NumPoints); // four corners and the closing point: straight runs are joined
        Assert.Equal(120 * 120, square.Area, 6);
    }
}
