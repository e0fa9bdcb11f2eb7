using LifeCircle.Core.Geodesy;

namespace LifeCircle.Core.Tests.Geodesy;

public class ChinaCoordinatesTests
{
    /// <summary>Great-circle distance in metres (mean Earth radius), enough to judge sub-metre errors.</summary>
    internal static double Metres(GeoPosition a, GeoPosition b)
    {
        const double r = 6_371_008.8;
        double p1 = a.Lat * Math.PI / 180, p2 = b.Lat * Math.PI / 180;
        double dp = p2 - p1, dl = (b.Lon - a.Lon) * Math.PI / 180;
        double h = Math.Sin(dp / 2) * Math.Sin(dp / 2) + Math.Cos(p1) * Math.Cos(p2) * Math.Sin(dl / 2) * Math.Sin(dl / 2);
        return 2 * r * Math.Asin(Math.Sqrt(h));
    }

    /// <summary>Every 0.5° of the rectangle GCJ-02 applies to (about 9,000 positions).</summary>
    private static IEnumerable<GeoPosition> ChinaGrid()
    {
        for (double lon = 73.0; lon <= 135.0; lon += 0.5)
        {
            for (double lat = 18.0; lat <= 53.5; lat += 0.5)
            {
                yield return new GeoPosition(lon, lat);
            }
        }
    }

    private static (double Worst, GeoPosition At) WorstRoundTrip(Func<GeoPosition, GeoPosition> there, Func<GeoPosition, GeoPosition> back) =>
        ChinaGrid().Select(p => (Metres(p, back(there(p))), p)).MaxBy(x => x.Item1);

    [Fact]
    public void Wgs84ToGcj02MatchesThePublishedEvilTransformReferenceVector()
    {
        // eviltransform's published test vector: wgs2gcj(31.1774276, 121.5272106) = (31.17530398364597, 121.531541859215).
        var gcj = ChinaCoordinates.Wgs84ToGcj02(new GeoPosition(121.5272106, 31.1774276));
        Assert.Equal(121.531541859215, gcj.Lon, 1e-9);
        Assert.Equal(31.17530398364597, gcj.Lat, 1e-9);
    }

    [Fact]
    public void Gcj02ToBd09MatchesThePublishedCoordTransformReferenceVector()
    {
        // coord_transform's documented example: gcj2bd((118.0, 32.0)) = (118.00653128313961, 32.00581846664105).
        var bd = ChinaCoordinates.Gcj02ToBd09(new GeoPosition(118.0, 32.0));
        Assert.Equal(118.00653128313961, bd.Lon, 1e-9);
        Assert.Equal(32.00581846664105, bd.Lat, 1e-9);
    }

    [Fact]
    public void Gcj02RoundTripStaysWithinHalfAMetreAcrossChina()
    {
        var (worst, at) = WorstRoundTrip(ChinaCoordinates.Wgs84ToGcj02, ChinaCoordinates.Gcj02ToWgs84);
        Assert.True(worst < 0.5, $"worst round trip {worst} m at {at}");
        Assert.True(worst < 0.001, $"the iterative inverse should reach sub-millimetre; worst {worst} m at {at}");
    }

    [Fact]
    public void Bd09RoundTripStaysWithinHalfAMetreAcrossChina()
    {
        var (worst, at) = WorstRoundTrip(ChinaCoordinates.Wgs84ToBd09, ChinaCoordinates.Bd09ToWgs84);
        Assert.True(worst < 0.5, $"worst round trip {worst} m at {at}");
    }

    [Fact]
    public void TheInverseRecoversTheGcjPointItselfNotJustARoundTrip()
    {
        var gcj = new GeoPosition(106.881843, 39.435299);
        var wgs = ChinaCoordinates.Gcj02ToWgs84(gcj);
        var again = ChinaCoordinates.Wgs84ToGcj02(wgs);
        Assert.True(Metres(gcj, again) < 0.001);
        Assert.True(Metres(gcj, wgs) > 100, "GCJ-02 moves points by hundreds of metres; the inverse must undo that");
    }

    [Fact]
    public void PositionsOutsideChinaAreLeftAlone()
    {
        var paris = new GeoPosition(2.35, 48.85);
        Assert.Equal(paris, ChinaCoordinates.Wgs84ToGcj02(paris));
        Assert.Equal(paris, ChinaCoordinates.Gcj02ToWgs84(paris));
        Assert.False(ChinaCoordinates.IsInsideChina(paris));
    }

    [Fact]
    public void TheGcjOffsetInWuhaiIsSeveralHundredMetres()
    {
        var wgs = new GeoPosition(106.88, 39.43);
        double offset = Metres(wgs, ChinaCoordinates.Wgs84ToGcj02(wgs));
        Assert.InRange(offset, 100, 1000);
    }
}
