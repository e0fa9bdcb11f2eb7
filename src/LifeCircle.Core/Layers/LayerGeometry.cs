using NetTopologySuite.Geometries;

namespace LifeCircle.Core.Layers;

/// <summary>The geometry a layer's features have: the types allowed, whether it may be null, and how OGC API – Features Part 5 names it.</summary>
/// <param name="Name">The collection's geometryType: a GeoJSON type, or "Geometry" when features mix types.</param>
/// <param name="Format">The JSON Schema format of the geometry in queryables (OGC API – Features Part 5), e.g. "geometry-point", "geometry-polygon-or-multipolygon", "geometry-any".</param>
/// <param name="Types">The GeoJSON geometry types a feature may have.</param>
/// <param name="Nullable">Whether a feature may have no geometry.</param>
public sealed record LayerGeometry(string Name, string Format, IReadOnlyList<string> Types, bool Nullable = false)
{
    public static LayerGeometry Point { get; } = new("Point", "geometry-point", ["Point"]);

    public static LayerGeometry LineString { get; } = new("LineString", "geometry-linestring", ["LineString"]);

    /// <summary>Areas drawn as one or several parts; QGIS and GDAL read this as a MultiPolygon layer.</summary>
    public static LayerGeometry PolygonOrMultiPolygon { get; } = new("MultiPolygon", "geometry-polygon-or-multipolygon", ["Polygon", "MultiPolygon"]);

    /// <summary>Polygons where the shape is known and points where only a position is: no single type fits, so clients are told "any".</summary>
    public static LayerGeometry PolygonOrPoint { get; } = new("Geometry", "geometry-any", ["Polygon", "MultiPolygon", "Point"]);

    /// <summary>Whether a feature's geometry is one this layer declares.</summary>
    public bool Admits(Geometry? geometry) =>
        geometry is null ? Nullable : Types.Contains(geometry.GeometryType);

    /// <summary>The allowed types as a phrase, e.g. "Polygon or MultiPolygon".</summary>
    public string Describe() =>
        Types.Count == 1 ? Types[0] : string.Join(", ", Types.Take(Types.Count - 1)) + " or " + Types[^1];
}
