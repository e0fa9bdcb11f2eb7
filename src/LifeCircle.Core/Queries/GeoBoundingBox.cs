using System.Globalization;

namespace LifeCircle.Core.Queries;

/// <summary>A lon/lat rectangle in CRS84 (west, south, east, north).</summary>
public sealed record GeoBoundingBox(double MinLon, double MinLat, double MaxLon, double MaxLat)
{
    /// <summary>True where the point lies inside or on the edge of the rectangle.</summary>
    public bool Contains(double lon, double lat) => lon >= MinLon && lon <= MaxLon && lat >= MinLat && lat <= MaxLat;

    /// <summary>Parses "minLon,minLat,maxLon,maxLat" (or the 6-number 3D form, whose heights are ignored).</summary>
    /// <returns>The box, or null with <paramref name="error"/> saying what is wrong.</returns>
    public static GeoBoundingBox? TryParse(string text, out string? error)
    {
        var parts = text.Split(',');
        if (parts.Length is not (4 or 6))
        {
            error = $"expected 4 or 6 comma-separated numbers, got {parts.Length} value(s)";
            return null;
        }

        var numbers = new double[parts.Length];
        for (int i = 0; i < parts.Length; i++)
        {
            if (!double.TryParse(parts[i].Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out numbers[i]) || !double.IsFinite(numbers[i]))
            {
                error = $"'{parts[i]}' is not a number";
                return null;
            }
        }

        // The 3D form is minLon,minLat,minZ,maxLon,maxLat,maxZ.
        var (w, s, e, n) = parts.Length == 4
            ? (numbers[0], numbers[1], numbers[2], numbers[3])
            : (numbers[0], numbers[1], numbers[3], numbers[4]);
        if (w < -180 || e > 180 || s < -90 || n > 90)
        {
            error = "longitudes must lie in -180..180 and latitudes in -90..90";
            return null;
        }

        if (s > n)
        {
            error = "the southern latitude is greater than the northern one";
            return null;
        }

        if (w > e)
        {
            error = "boxes crossing the antimeridian (west > east) are not supported";
            return null;
        }

        error = null;
        return new GeoBoundingBox(w, s, e, n);
    }
}
