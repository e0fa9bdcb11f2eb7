namespace LifeCircle.Core.Geodesy;

/// <summary>Converts between WGS84, GCJ-02 (Amap, Tencent) and BD-09 (Baidu) coordinates.</summary>
/// <remarks>
/// GCJ-02 is a published-by-practice obfuscation of WGS84 applied inside China only; BD-09 adds a
/// second offset on top of GCJ-02. The forward transforms are closed-form. The inverses are found
/// by fixed-point iteration on the forward transform, which converges to far below a millimetre,
/// instead of the one-step approximation that is only good to metres.
/// </remarks>
public static class ChinaCoordinates
{
    // Krasovsky 1940 ellipsoid, as used by the GCJ-02 algorithm.
    private const double KrasovskyA = 6378245.0;
    private const double KrasovskyE2 = 0.00669342162296594323;
    private const double BaiduXPi = Math.PI * 3000.0 / 180.0;

    /// <summary>Iteration stops when the forward transform reproduces the target within this many degrees (~1e-9 m).</summary>
    private const double InverseToleranceDegrees = 1e-14;
    private const int MaxInverseIterations = 50;

    /// <summary>True where GCJ-02 applies its offset (a rectangle around China, as the algorithm defines it).</summary>
    public static bool IsInsideChina(GeoPosition p) =>
        p.Lon >= 72.004 && p.Lon <= 137.8347 && p.Lat >= 0.8293 && p.Lat <= 55.8271;

    /// <summary>WGS84 to GCJ-02; positions outside China are returned unchanged.</summary>
    public static GeoPosition Wgs84ToGcj02(GeoPosition wgs)
    {
        if (!IsInsideChina(wgs))
        {
            return wgs;
        }

        double x = wgs.Lon - 105.0, y = wgs.Lat - 35.0;
        double dLat = OffsetLat(x, y), dLon = OffsetLon(x, y);
        double radLat = wgs.Lat / 180.0 * Math.PI;
        double magic = 1 - KrasovskyE2 * Math.Sin(radLat) * Math.Sin(radLat);
        double sqrtMagic = Math.Sqrt(magic);
        dLat = dLat * 180.0 / (KrasovskyA * (1 - KrasovskyE2) / (magic * sqrtMagic) * Math.PI);
        dLon = dLon * 180.0 / (KrasovskyA / sqrtMagic * Math.Cos(radLat) * Math.PI);
        return new GeoPosition(wgs.Lon + dLon, wgs.Lat + dLat);
    }

    /// <summary>GCJ-02 to WGS84 by iterating the forward transform (sub-millimetre).</summary>
    public static GeoPosition Gcj02ToWgs84(GeoPosition gcj) => Invert(gcj, Wgs84ToGcj02);

    /// <summary>GCJ-02 to BD-09.</summary>
    public static GeoPosition Gcj02ToBd09(GeoPosition gcj)
    {
        double x = gcj.Lon, y = gcj.Lat;
        double z = Math.Sqrt(x * x + y * y) + 0.00002 * Math.Sin(y * BaiduXPi);
        double theta = Math.Atan2(y, x) + 0.000003 * Math.Cos(x * BaiduXPi);
        return new GeoPosition(z * Math.Cos(theta) + 0.0065, z * Math.Sin(theta) + 0.006);
    }

    /// <summary>BD-09 to GCJ-02 by iterating the forward transform (sub-millimetre).</summary>
    public static GeoPosition Bd09ToGcj02(GeoPosition bd) => Invert(bd, Gcj02ToBd09);

    /// <summary>WGS84 to BD-09.</summary>
    public static GeoPosition Wgs84ToBd09(GeoPosition wgs) => Gcj02ToBd09(Wgs84ToGcj02(wgs));

    /// <summary>BD-09 to WGS84.</summary>
    public static GeoPosition Bd09ToWgs84(GeoPosition bd) => Gcj02ToWgs84(Bd09ToGcj02(bd));

    private static GeoPosition Invert(GeoPosition target, Func<GeoPosition, GeoPosition> forward)
    {
        var guess = target;
        for (int i = 0; i < MaxInverseIterations; i++)
        {
            var image = forward(guess);
            double dLon = image.Lon - target.Lon, dLat = image.Lat - target.Lat;
            guess = new GeoPosition(guess.Lon - dLon, guess.Lat - dLat);
            if (Math.Abs(dLon) < InverseToleranceDegrees && Math.Abs(dLat) < InverseToleranceDegrees)
            {
                break;
            }
        }

        return guess;
    }

    private static double OffsetLat(double x, double y)
    {
        double r = -100.0 + 2.0 * x + 3.0 * y + 0.2 * y * y + 0.1 * x * y + 0.2 * Math.Sqrt(Math.Abs(x));
        r += (20.0 * Math.Sin(6.0 * x * Math.PI) + 20.0 * Math.Sin(2.0 * x * Math.PI)) * 2.0 / 3.0;
        r += (20.0 * Math.Sin(y * Math.PI) + 40.0 * Math.Sin(y / 3.0 * Math.PI)) * 2.0 / 3.0;
        r += (160.0 * Math.Sin(y / 12.0 * Math.PI) + 320 * Math.Sin(y * Math.PI / 30.0)) * 2.0 / 3.0;
        return r;
    }

    private static double OffsetLon(double x, double y)
    {
        double r = 300.0 + x + 2.0 * y + 0.1 * x * x + 0.1 * x * y + 0.1 * Math.Sqrt(Math.Abs(x));
        r += (20.0 * Math.Sin(6.0 * x * Math.PI) + 20.0 * Math.Sin(2.0 * x * Math.PI)) * 2.0 / 3.0;
        r += (20.0 * Math.Sin(x * Math.PI) + 40.0 * Math.Sin(x / 3.0 * Math.PI)) * 2.0 / 3.0;
        r += (150.0 * Math.Sin(x / 12.0 * Math.PI) + 300.0 * Math.Sin(x / 30.0 * Math.PI)) * 2.0 / 3.0;
        return r;
    }
}
