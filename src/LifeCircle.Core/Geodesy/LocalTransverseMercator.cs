namespace LifeCircle.Core.Geodesy;

/// <summary>A transverse Mercator projection on WGS84 centred on a district, giving metres for measuring.</summary>
/// <remarks>
/// Lon/lat degrees are not metres. Centred on the district (scale factor 1 on the central meridian,
/// origin at the centre), distances within a few tens of kilometres are true to well under 0.01%.
/// Series from Snyder, Map Projections: A Working Manual (USGS PP 1395), eqs. 8-9 to 8-18.
/// </remarks>
public sealed class LocalTransverseMercator
{
    private const double A = 6378137.0;
    private const double F = 1 / 298.257223563;
    private static readonly double E2 = F * (2 - F);
    private static readonly double Ep2 = E2 / (1 - E2);

    private readonly double _lon0;
    private readonly double _m0;

    /// <summary>Creates a projection whose origin (0, 0) is <paramref name="origin"/>.</summary>
    public LocalTransverseMercator(GeoPosition origin)
    {
        Origin = origin;
        _lon0 = ToRad(origin.Lon);
        _m0 = MeridianArc(ToRad(origin.Lat));
    }

    /// <summary>The position projected to (0, 0).</summary>
    public GeoPosition Origin { get; }

    /// <summary>Projects lon/lat degrees to easting/northing metres from the origin.</summary>
    public (double X, double Y) Project(GeoPosition p)
    {
        double phi = ToRad(p.Lat);
        double sin = Math.Sin(phi), cos = Math.Cos(phi), tan = Math.Tan(phi);
        double n = A / Math.Sqrt(1 - E2 * sin * sin);
        double t = tan * tan;
        double c = Ep2 * cos * cos;
        double a = (ToRad(p.Lon) - _lon0) * cos;
        double a2 = a * a;
        double x = n * (a + (1 - t + c) * a2 * a / 6 + (5 - 18 * t + t * t + 72 * c - 58 * Ep2) * a2 * a2 * a / 120);
        double y = MeridianArc(phi) - _m0 + n * tan * (a2 / 2 + (5 - t + 9 * c + 4 * c * c) * a2 * a2 / 24
            + (61 - 58 * t + t * t + 600 * c - 330 * Ep2) * a2 * a2 * a2 / 720);
        return (x, y);
    }

    /// <summary>Turns easting/northing metres from the origin back into lon/lat degrees.</summary>
    public GeoPosition Unproject(double x, double y)
    {
        double m = _m0 + y;
        double mu = m / (A * (1 - E2 / 4 - 3 * E2 * E2 / 64 - 5 * E2 * E2 * E2 / 256));
        double e1 = (1 - Math.Sqrt(1 - E2)) / (1 + Math.Sqrt(1 - E2));
        double phi1 = mu + (3 * e1 / 2 - 27 * Math.Pow(e1, 3) / 32) * Math.Sin(2 * mu)
            + (21 * e1 * e1 / 16 - 55 * Math.Pow(e1, 4) / 32) * Math.Sin(4 * mu)
            + 151 * Math.Pow(e1, 3) / 96 * Math.Sin(6 * mu)
            + 1097 * Math.Pow(e1, 4) / 512 * Math.Sin(8 * mu);
        double sin1 = Math.Sin(phi1), cos1 = Math.Cos(phi1), tan1 = Math.Tan(phi1);
        double c1 = Ep2 * cos1 * cos1;
        double t1 = tan1 * tan1;
        double n1 = A / Math.Sqrt(1 - E2 * sin1 * sin1);
        double r1 = A * (1 - E2) / Math.Pow(1 - E2 * sin1 * sin1, 1.5);
        double d = x / n1;
        double d2 = d * d;
        double phi = phi1 - n1 * tan1 / r1 * (d2 / 2 - (5 + 3 * t1 + 10 * c1 - 4 * c1 * c1 - 9 * Ep2) * d2 * d2 / 24
            + (61 + 90 * t1 + 298 * c1 + 45 * t1 * t1 - 252 * Ep2 - 3 * c1 * c1) * d2 * d2 * d2 / 720);
        double lon = _lon0 + (d - (1 + 2 * t1 + c1) * d2 * d / 6
            + (5 - 2 * c1 + 28 * t1 - 3 * c1 * c1 + 8 * Ep2 + 24 * t1 * t1) * d2 * d2 * d / 120) / cos1;
        return new GeoPosition(ToDeg(lon), ToDeg(phi));
    }

    /// <summary>Distance in metres between two lon/lat positions, measured in this projection.</summary>
    public double DistanceMetres(GeoPosition a, GeoPosition b)
    {
        var (ax, ay) = Project(a);
        var (bx, by) = Project(b);
        return Math.Sqrt((ax - bx) * (ax - bx) + (ay - by) * (ay - by));
    }

    private static double MeridianArc(double phi) =>
        A * ((1 - E2 / 4 - 3 * E2 * E2 / 64 - 5 * E2 * E2 * E2 / 256) * phi
             - (3 * E2 / 8 + 3 * E2 * E2 / 32 + 45 * E2 * E2 * E2 / 1024) * Math.Sin(2 * phi)
             + (15 * E2 * E2 / 256 + 45 * E2 * E2 * E2 / 1024) * Math.Sin(4 * phi)
             - 35 * E2 * E2 * E2 / 3072 * Math.Sin(6 * phi));

    private static double ToRad(double deg) => deg * Math.PI / 180.0;

    private static double ToDeg(double rad) => rad * 180.0 / Math.PI;
}
