using LifeCircle.Core.Geodesy;

namespace LifeCircle.Core.Tests.Geodesy;

public class LocalTransverseMercatorTests
{
    private const double A = 6378137.0;
    private const double E2 = 0.0066943799901413165;
    private static readonly GeoPosition Wuhai = new(106.877, 39.434);

    /// <summary>Meridian arc length between two latitudes by Simpson integration: an independent check of the series.</summary>
    private static double MeridianArc(double lat0, double lat1)
    {
        const int n = 2000;
        double a = lat0 * Math.PI / 180, b = lat1 * Math.PI / 180, h = (b - a) / n, sum = 0;
        for (int i = 0; i <= n; i++)
        {
            double phi = a + i * h, s = Math.Sin(phi);
            double m = A * (1 - E2) / Math.Pow(1 - E2 * s * s, 1.5);
            sum += m * (i == 0 || i == n ? 1 : i % 2 == 1 ? 4 : 2);
        }

        return sum * h / 3;
    }

    [Fact]
    public void TheOriginProjectsToZero()
    {
        var (x, y) = new LocalTransverseMercator(Wuhai).Project(Wuhai);
        Assert.Equal(0, x, 1e-6);
        Assert.Equal(0, y, 1e-6);
    }

    [Fact]
    public void NorthSouthDistancesMatchTheIntegratedMeridianArc()
    {
        var tm = new LocalTransverseMercator(Wuhai);
        var north = new GeoPosition(Wuhai.Lon, Wuhai.Lat + 0.1);
        Assert.Equal(MeridianArc(Wuhai.Lat, Wuhai.Lat + 0.1), tm.Project(north).Y, 0.01);
    }

    [Fact]
    public void EastWestDistancesOnTheOriginParallelMatchTheEllipsoidRadius()
    {
        var tm = new LocalTransverseMercator(Wuhai);
        double phi = Wuhai.Lat * Math.PI / 180;
        double n = A / Math.Sqrt(1 - E2 * Math.Sin(phi) * Math.Sin(phi));
        double expected = n * Math.Cos(phi) * (0.01 * Math.PI / 180);
        var east = new GeoPosition(Wuhai.Lon + 0.01, Wuhai.Lat);
        Assert.Equal(expected, tm.DistanceMetres(Wuhai, east), 0.05);
    }

    [Fact]
    public void ADegreeOfLongitudeIsNotADegreeOfLatitude()
    {
        var tm = new LocalTransverseMercator(Wuhai);
        double east = tm.DistanceMetres(Wuhai, Wuhai with { Lon = Wuhai.Lon + 0.01 });
        double north = tm.DistanceMetres(Wuhai, Wuhai with { Lat = Wuhai.Lat + 0.01 });
        Assert.InRange(east / north, 0.76, 0.78);
    }

    [Theory]
    [InlineData(0, 0)]
    [InlineData(25_000, -18_000)]
    [InlineData(-30_000, 30_000)]
    [InlineData(1234.5, 987.6)]
    public void UnprojectUndoesProjectToUnderAMillimetre(double x, double y)
    {
        var tm = new LocalTransverseMercator(Wuhai);
        var p = tm.Unproject(x, y);
        var (x2, y2) = tm.Project(p);
        Assert.Equal(x, x2, 0.001);
        Assert.Equal(y, y2, 0.001);
    }
}
