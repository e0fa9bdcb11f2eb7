using NetTopologySuite.Geometries;

namespace LifeCircle.Core.Geodesy;

/// <summary>A coordinate reference system the API can publish and accept, with its conversion from and to CRS84.</summary>
/// <param name="Uri">The identifier clients pass in crs, bbox-crs and filter-crs, and find in Content-Crs.</param>
/// <param name="Decimals">Decimal places kept in output coordinates.</param>
public sealed record CoordinateSystem(
    string Uri,
    string Title,
    string AxisOrder,
    int Decimals,
    Func<double, double, (double A, double B)> FromCrs84,
    Func<double, double, GeoPosition> ToCrs84)
{
    /// <summary>The range of valid values on each axis, in this CRS's axis order (first axis, then second).</summary>
    public (double Min, double Max) FirstAxis { get; init; } = (-180, 180);

    public (double Min, double Max) SecondAxis { get; init; } = (-90, 90);

    /// <summary>True when both values lie in their axis's range.</summary>
    public bool IsValid(double a, double b) =>
        a >= FirstAxis.Min && a <= FirstAxis.Max && b >= SecondAxis.Min && b <= SecondAxis.Max;

    /// <summary>A copy of a CRS84 geometry in this CRS (axis order included).</summary>
    public Geometry FromCrs84Geometry(Geometry geometry) => Transform(geometry, FromCrs84, Decimals);

    /// <summary>A copy of a geometry in this CRS converted to CRS84.</summary>
    public Geometry ToCrs84Geometry(Geometry geometry) => Transform(geometry, (a, b) => { var p = ToCrs84(a, b); return (p.Lon, p.Lat); }, 12);

    private static Geometry Transform(Geometry geometry, Func<double, double, (double, double)> convert, int decimals)
    {
        var copy = geometry.Copy();
        copy.Apply(new ConvertFilter(convert, decimals));
        return copy;
    }

    private sealed class ConvertFilter(Func<double, double, (double, double)> convert, int decimals) : ICoordinateSequenceFilter
    {
        public bool Done => false;

        public bool GeometryChanged => true;

        public void Filter(CoordinateSequence seq, int i)
        {
            var (a, b) = convert(seq.GetX(i), seq.GetY(i));
            seq.SetX(i, Math.Round(a, decimals, MidpointRounding.AwayFromZero));
            seq.SetY(i, Math.Round(b, decimals, MidpointRounding.AwayFromZero));
        }
    }
}

/// <summary>The CRSs of OGC API – Features Part 2 that this API supports; CRS84 is the default and storage CRS.</summary>
/// <remarks>
/// GCJ-02 and BD-09 have no EPSG code; they get project-defined URNs (x- marks them private). Both
/// keep longitude first. EPSG:4326 is latitude first, as its definition says.
/// </remarks>
public static class CoordinateSystems
{
    private const double WebMercatorRadius = 6378137.0;
    private const double WebMercatorMaxLat = 85.05112877980659;
    private const double WebMercatorHalfWorld = Math.PI * WebMercatorRadius;

    public static CoordinateSystem Crs84 { get; } = new(
        "http://www.opengis.net/def/crs/OGC/1.3/CRS84", "WGS 84 longitude/latitude (CRS84)", "lon,lat", 7,
        (lon, lat) => (lon, lat), (x, y) => new GeoPosition(x, y));

    public static CoordinateSystem Epsg4326 { get; } = new(
        "http://www.opengis.net/def/crs/EPSG/0/4326", "WGS 84 latitude/longitude (EPSG:4326)", "lat,lon", 7,
        (lon, lat) => (lat, lon), (a, b) => new GeoPosition(b, a))
    {
        FirstAxis = (-90, 90),
        SecondAxis = (-180, 180),
    };

    public static CoordinateSystem WebMercator { get; } = new(
        "http://www.opengis.net/def/crs/EPSG/0/3857", "WGS 84 / Pseudo-Mercator (EPSG:3857), metres", "x,y", 2,
        (lon, lat) =>
        {
            double clamped = Math.Clamp(lat, -WebMercatorMaxLat, WebMercatorMaxLat);
            return (WebMercatorRadius * lon * Math.PI / 180, WebMercatorRadius * Math.Log(Math.Tan(Math.PI / 4 + clamped * Math.PI / 360)));
        },
        (x, y) => new GeoPosition(x / WebMercatorRadius * 180 / Math.PI, (2 * Math.Atan(Math.Exp(y / WebMercatorRadius)) - Math.PI / 2) * 180 / Math.PI))
    {
        FirstAxis = (-WebMercatorHalfWorld, WebMercatorHalfWorld),
        SecondAxis = (-WebMercatorHalfWorld, WebMercatorHalfWorld),
    };

    public static CoordinateSystem Gcj02 { get; } = new(
        "urn:x-lifecircle:def:crs:GCJ-02", "GCJ-02 longitude/latitude (Amap, Tencent; China only)", "lon,lat", 7,
        (lon, lat) => { var p = ChinaCoordinates.Wgs84ToGcj02(new GeoPosition(lon, lat)); return (p.Lon, p.Lat); },
        (x, y) => ChinaCoordinates.Gcj02ToWgs84(new GeoPosition(x, y)));

    public static CoordinateSystem Bd09 { get; } = new(
        "urn:x-lifecircle:def:crs:BD-09", "BD-09 longitude/latitude (Baidu; China only)", "lon,lat", 7,
        (lon, lat) => { var p = ChinaCoordinates.Wgs84ToBd09(new GeoPosition(lon, lat)); return (p.Lon, p.Lat); },
        (x, y) => ChinaCoordinates.Bd09ToWgs84(new GeoPosition(x, y)));

    /// <summary>Every supported CRS, the default first.</summary>
    public static IReadOnlyList<CoordinateSystem> All { get; } = [Crs84, Epsg4326, WebMercator, Gcj02, Bd09];

    public static CoordinateSystem? Find(string uri) => All.FirstOrDefault(c => c.Uri == uri);
}
