using System.Globalization;
using System.Text.RegularExpressions;
using LifeCircle.Core.Geodesy;
using ProjNet.CoordinateSystems;
using ProjNet.CoordinateSystems.Transformations;
using ProjNet.IO.CoordinateSystems;
using ProjCs = ProjNet.CoordinateSystems.CoordinateSystem;

namespace LifeCircle.Core.Data.Packages.Readers;

/// <summary>The CRS of a .prj file or a GeoPackage's spatial reference (OGC or Esri WKT), as a conversion to CRS84, with ProjNet.</summary>
/// <remarks>
/// Only CRSs on the WGS84 or CGCS2000 datum are read: the two differ by centimetres, so a projected CRS is unprojected
/// onto its own datum and taken as CRS84. Xi'an 1980 and Beijing 1954 are refused by name rather than shifted by a
/// guess (their offset is about 100 m). Axes are easting, northing, as GIS files store them.
/// </remarks>
public static partial class ProjectedCrs
{
    private static readonly CoordinateTransformationFactory Transformations = new();

    /// <summary>The name to record (WGS84 or CGCS2000 for a geographic CRS; for a projected one its EPSG code when the WKT has one, else its name) and the conversion.</summary>
    /// <exception cref="DatasetFormatException">The WKT cannot be read, or its datum is neither WGS84 nor CGCS2000.</exception>
    public static (string Name, Geodesy.CoordinateSystem System) FromWkt(string wkt, string file)
    {
        ProjCs parsed;
        try
        {
            // Esri names the Transverse Mercator of Chinese maps Gauss_Kruger; ProjNet knows it by its general name.
            parsed = CoordinateSystemWktReader.Parse(GaussKruger().Replace(wkt.Trim(), "PROJECTION[\"Transverse_Mercator\"]")) as ProjCs
                ?? throw new ArgumentException("not a coordinate system");
        }
        catch (Exception ex) when (ex is ArgumentException or FormatException or NotSupportedException or InvalidOperationException or NotImplementedException)
        {
            throw new DatasetFormatException(file, "crs", $"cannot be read as a coordinate system (WKT): {ex.Message}");
        }

        var (geographic, name) = parsed switch
        {
            ProjectedCoordinateSystem p => (p.GeographicCoordinateSystem, Name(p)),
            GeographicCoordinateSystem g => (g, g.HorizontalDatum.Name?.Contains("2000", StringComparison.Ordinal) == true ? "CGCS2000" : "WGS84"),
            _ => throw new DatasetFormatException(file, "crs", $"'{parsed.Name}' is neither a geographic nor a projected CRS"),
        };
        var datum = geographic.HorizontalDatum.Name ?? string.Empty;
        if (!SupportedDatum(datum))
        {
            throw new DatasetFormatException(file, "crs", $"'{parsed.Name}' is on the datum '{datum}'; only WGS84 and CGCS2000 are read: reproject the file to CGCS2000 or WGS84");
        }

        if (parsed is GeographicCoordinateSystem)
        {
            return (name, CoordinateSystems.Crs84);
        }

        var toGeographic = Transformations.CreateFromCoordinateSystems(parsed, geographic).MathTransform;
        var fromGeographic = toGeographic.Inverse();
        return (name, new Geodesy.CoordinateSystem(name, parsed.Name, "x,y", 3,
            (lon, lat) => fromGeographic.Transform(lon, lat),
            (x, y) => { var (lon, lat) = toGeographic.Transform(x, y); return new GeoPosition(lon, lat); }));
    }

    /// <summary>The WKT of a Transverse Mercator CRS on CGCS2000 (a Gauss-Kruger zone) or WGS84 (a UTM zone).</summary>
    public static string TransverseMercatorWkt(string name, bool cgcs2000, double centralMeridian, double falseEasting, double scale, int? epsg)
    {
        var c = CultureInfo.InvariantCulture;
        var geographic = cgcs2000
            ? "GEOGCS[\"China Geodetic Coordinate System 2000\",DATUM[\"China_2000\",SPHEROID[\"CGCS2000\",6378137,298.257222101]],PRIMEM[\"Greenwich\",0],UNIT[\"degree\",0.0174532925199433]]"
            : "GEOGCS[\"WGS 84\",DATUM[\"WGS_1984\",SPHEROID[\"WGS 84\",6378137,298.257223563]],PRIMEM[\"Greenwich\",0],UNIT[\"degree\",0.0174532925199433]]";
        return string.Create(c, $"PROJCS[\"{name}\",{geographic},PROJECTION[\"Transverse_Mercator\"],PARAMETER[\"latitude_of_origin\",0],PARAMETER[\"central_meridian\",{centralMeridian}],PARAMETER[\"scale_factor\",{scale}],PARAMETER[\"false_easting\",{falseEasting}],PARAMETER[\"false_northing\",0],UNIT[\"metre\",1]{(epsg is int code ? $",AUTHORITY[\"EPSG\",\"{code}\"]" : "")}]");
    }

    private static bool SupportedDatum(string datum) =>
        datum.Contains("WGS", StringComparison.OrdinalIgnoreCase) && datum.Contains("84", StringComparison.Ordinal)
        || datum.Contains("2000", StringComparison.Ordinal) && (datum.Contains("China", StringComparison.OrdinalIgnoreCase) || datum.Contains("CGCS", StringComparison.OrdinalIgnoreCase));

    private static string Name(ProjCs cs) =>
        string.Equals(cs.Authority, "EPSG", StringComparison.OrdinalIgnoreCase) && cs.AuthorityCode > 0 ? $"EPSG:{cs.AuthorityCode}" : cs.Name;

    [GeneratedRegex("PROJECTION\\[\\s*\"Gauss_Kruger\"\\s*\\]", RegexOptions.IgnoreCase)]
    private static partial Regex GaussKruger();
}
