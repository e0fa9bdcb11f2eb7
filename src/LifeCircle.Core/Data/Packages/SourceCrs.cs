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

    /// <summary>The canonical name and the conversion, or null for an unknown name.</summary>
    public static (string Name, CoordinateSystem System)? Find(string name) => Names.TryGetValue(name.Trim(), out var v) ? v : null;
}
