using System.Globalization;
using LifeCircle.Core.Geodesy;
using LifeCircle.Core.Problems;
using NetTopologySuite.Geometries;

namespace LifeCircle.Core.Operations;

/// <summary>Reads the points planning questions are asked at: in a named CRS (GCJ-02 and BD-09 included), converted to CRS84, and inside the district.</summary>
public static class PlanningPoints
{
    /// <summary>The CRS a point is given in: CRS84 when absent; 400 naming <paramref name="name"/> when unknown.</summary>
    public static CoordinateSystem Crs(string? uri, string name) =>
        uri is null ? CoordinateSystems.Crs84
            : CoordinateSystems.Find(uri.Trim('<', '>')) ?? throw ProblemException.BadParameter(name,
                $"'{uri}' is not a supported CRS; give one of: {string.Join(", ", CoordinateSystems.All.Select(c => c.Uri))}");

    /// <summary>"x,y" text as a point.</summary>
    public static GeoPosition Parse(string text, string name, CoordinateSystem crs, Envelope district)
    {
        var parts = text.Split(',');
        if (parts.Length != 2
            || !double.TryParse(parts[0], NumberStyles.Float, CultureInfo.InvariantCulture, out double a)
            || !double.TryParse(parts[1], NumberStyles.Float, CultureInfo.InvariantCulture, out double b))
        {
            throw ProblemException.BadParameter(name, $"'{text}' is not a point; give two numbers separated by a comma, in the axis order of the CRS ({crs.AxisOrder})");
        }

        return Inside(a, b, name, crs, district);
    }

    /// <summary>Two coordinates in the CRS's axis order as a CRS84 point; 400 when not finite or outside the district's extent.</summary>
    public static GeoPosition Inside(double a, double b, string name, CoordinateSystem crs, Envelope district)
    {
        if (!double.IsFinite(a) || !double.IsFinite(b))
        {
            throw ProblemException.BadParameter(name, "has a coordinate that is not a finite number");
        }

        var p = crs.ToCrs84(a, b);
        if (district.IsNull || !district.Covers(p.Lon, p.Lat))
        {
            throw ProblemException.BadParameter(name, string.Create(CultureInfo.InvariantCulture,
                $"({a}, {b}) in {crs.Uri} is ({p.Lon:F6}, {p.Lat:F6}) in CRS84, outside the district's extent [{district.MinX:F6}, {district.MinY:F6}, {district.MaxX:F6}, {district.MaxY:F6}]"));
        }

        return p;
    }

    /// <summary>A CRS84 point's coordinates in the CRS, rounded to its output precision.</summary>
    public static double[] Coordinates(CoordinateSystem crs, GeoPosition p)
    {
        var (a, b) = crs.FromCrs84(p.Lon, p.Lat);
        return [Math.Round(a, crs.Decimals), Math.Round(b, crs.Decimals)];
    }
}
