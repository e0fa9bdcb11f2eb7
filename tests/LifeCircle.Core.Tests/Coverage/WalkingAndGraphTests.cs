using LifeCircle.Core.Coverage;
using LifeCircle.Core.Data;
using LifeCircle.Core.Geodesy;

namespace LifeCircle.Core.Tests.Coverage;

public class WalkingAndGraphTests
{
    [Fact]
    public void AtThreePointSixKilometresAnHourFiveTenAndFifteenMinutesAreThreeSixAndNineHundredMetres()
    {
        var walking = Walking.Default;
        Assert.Equal(60, walking.MetresPerMinute, 1e-12);
        Assert.Equal([300.0, 600.0, 900.0], new[] { 5, 10, 15 }.Select(m => walking.Metres(m)));
        Assert.Equal(15, walking.Minutes(900), 1e-12);
        Assert.Equal(10, new Walking(4.5).Minutes(750), 1e-12);
    }

    [Fact]
    public void StreetsThatCrossWithoutASharedVertexAreNodedAtTheCrossing()
    {
        var tm = new LocalTransverseMercator(new GeoPosition(106.88, 39.44));
        var eastWest = GeoJson.Factory.CreateLineString([new(106.87, 39.44), new(106.89, 39.44)]);
        var northSouth = GeoJson.Factory.CreateLineString([new(106.88, 39.43), new(106.88, 39.45)]);

        var g = WalkingGraph.FromStreets([eastWest, northSouth], tm);

        Assert.Equal(5, g.NodeCount);
        Assert.Equal(4, g.EdgeCount);
    }

    [Fact]
    public void EdgeLengthsAreProjectedMetresNotDegrees()
    {
        var tm = new LocalTransverseMercator(new GeoPosition(106.88, 39.44));
        var g = WalkingGraph.FromStreets([GeoJson.Factory.CreateLineString([new(106.88, 39.44), new(106.89, 39.44)])], tm);
        // 0.01° of longitude at 39.44°N is about 861 m on the WGS84 ellipsoid.
        Assert.InRange(g.EdgeLength.Single(), 859, 863);
    }

    [Fact]
    public void WithoutStreetsMinutesAreStraightLineTimesTheDetourFactor()
    {
        var model = new AccessModel(null, [(0, 0), (0, 10_000)], [(300, 400)], Walking.Default, cutoffMinutes: 30);
        var minutes = model.MinutesToNearest([0]);
        Assert.Equal(AccessModel.StraightLineMethod, model.Method);
        Assert.Equal(500 * AccessModel.DetourFactor / 60, minutes[0], 1e-9);
        Assert.True(double.IsPositiveInfinity(minutes[1]), "beyond the cutoff is unreachable");
    }
}
