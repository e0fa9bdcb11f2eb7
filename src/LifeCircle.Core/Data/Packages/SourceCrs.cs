using System.Globalization;
using LifeCircle.Core.Data.Packages.Readers;
using LifeCircle.Core.Geodesy;

namespace LifeCircle.Core.Data.Packages;

/// <summary>The coordinate systems a package's layers may come in, by the names districts use.</summary>
/// <remarks>
/// CGCS2000 (EPSG:4490) differs from WGS84 by centimetres at this scale, so it is treated as WGS84;
/// the records still say they came in CGCS2000. In CSV files, longitude and latitude are named
/// columns, so axis order never depends on the CRS.
/// </remarks>
public static class SourceCrs
{
    public const string Wgs84 = "WGS84";
    public const string Cgcs2000 = "CGCS2000";
    public const string Gcj02 = "GCJ-02";
    public const string Bd09 = "BD-09";

    private static readonly Dictionary<string, (string Name, CoordinateSystem System)> Names = new(StringComparer.OrdinalIgnoreCase)
    {
        ["CRS84"] = (Wgs84, CoordinateSystems.Crs84),
        ["WGS84"] = (Wgs84, CoordinateSystems.Crs84),
        ["EPSG:4326"] = (Wgs84, CoordinateSystems.Crs84),
        [CoordinateSystems.Crs84.Uri] = (Wgs84, CoordinateSystems.Crs84),
        ["CGCS2000"] = (Cgcs2000, CoordinateSystems.Crs84),
        ["EPSG:4490"] = (Cgcs2000, CoordinateSystems.Crs84),
        ["GCJ-02"] = (Gcj02, CoordinateSystems.Gcj02),
        ["GCJ02"] = (Gcj02, CoordinateSystems.Gcj02),
        [CoordinateSystems.Gcj02.Uri] = (Gcj02, CoordinateSystems.Gcj02),
        ["BD-09"] = (Bd09, CoordinateSystems.Bd09),
        ["BD09"] = (Bd09, CoordinateSystems.Bd09),
        [CoordinateSystems.Bd09.Uri] = (Bd09, CoordinateSystems.Bd09),
    };

    /// <summary>The names accepted in dataset.json ("crs" of a layer).</summary>
    public static IReadOnlyList<string> Accepted { get; } = ["WGS84", "CRS84", "EPSG:4326", "CGCS2000", "EPSG:4490", "GCJ-02", "BD-09"];

    /// <summary>The projected CRSs accepted by EPSG code, as documented: CGCS2000 Gauss-Kruger zones, WGS84 UTM zones and Web Mercator.</summary>
    public static IReadOnlyList<string> Projected { get; } =
        ["EPSG:4491–4554 (CGCS2000 / Gauss-Kruger, 6° and 3° zones)", "EPSG:32601–32660 (WGS 84 / UTM, northern zones)", "EPSG:3857 (Web Mercator)"];

    /// <summary>The canonical name and the conversion, or null for an unknown name.</summary>
    public static (string Name, CoordinateSystem System)? Find(string name) =>
        Names.TryGetValue(name.Trim(), out var v) ? v : Epsg(name.Trim());

    /// <summary>A projected CRS of <see cref="Projected"/> by its EPSG code, built from its defining parameters.</summary>
    private static (string Name, CoordinateSystem System)? Epsg(string name)
    {
        if (!name.StartsWith("EPSG:", StringComparison.OrdinalIgnoreCase) || !int.TryParse(name[5..], NumberStyles.None, CultureInfo.InvariantCulture, out int code))
        {
            return null;
        }

        string epsg = $"EPSG:{code}";
        (string Title, bool Cgcs, double Meridian, double Easting, double Scale)? tm = code switch
        {
            >= 4491 and <= 4501 => ($"CGCS2000 / Gauss-Kruger zone {code - 4478}", true, (code - 4478) * 6 - 3, (code - 4478) * 1e6 + 5e5, 1),
            >= 4502 and <= 4512 => ($"CGCS2000 / Gauss-Kruger CM {(code - 4502) * 6 + 75}E", true, (code - 4502) * 6 + 75, 5e5, 1),
            >= 4513 and <= 4533 => ($"CGCS2000 / 3-degree Gauss-Kruger zone {code - 4488}", true, (code - 4488) * 3, (code - 4488) * 1e6 + 5e5, 1),
            >= 4534 and <= 4554 => ($"CGCS2000 / 3-degree Gauss-Kruger CM {(code - 4534) * 3 + 75}E", true, (code - 4534) * 3 + 75, 5e5, 1),
            >= 32601 and <= 32660 => ($"WGS 84 / UTM zone {code - 32600}N", false, (code - 32600) * 6 - 183, 5e5, 0.9996),
            _ => null,
        };
        if (code == 3857)
        {
            return (epsg, CoordinateSystems.WebMercator);
        }

        return tm is { } t
            ? (epsg, ProjectedCrs.FromWkt(ProjectedCrs.TransverseMercatorWkt(t.Title, t.Cgcs, t.Meridian, t.Easting, t.Scale, code), "dataset.json").System)
            : null;
    }
}
