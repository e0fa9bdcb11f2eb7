using System.Text.Json;
using LifeCircle.Core.Model;
using NetTopologySuite;
using NetTopologySuite.Geometries;
using NetTopologySuite.IO.Converters;

namespace LifeCircle.Core.Data;

/// <summary>The one configured geometry factory and GeoJSON geometry reader/writer of the project.</summary>
public static class GeoJson
{
    /// <summary>SRID stamped on every geometry: coordinates are CRS84 lon/lat (EPSG:4326 with lon first).</summary>
    public const int Srid = 4326;

    /// <summary>The OGC URI of CRS84, the only CRS of RFC 7946 GeoJSON (defined once, in the model every dataset's metadata names it from).</summary>
    public const string Crs84Uri = DatasetMetadata.Crs84;

    /// <summary>Decimal places kept in published coordinates (1e-7 degrees is about 1 cm).</summary>
    public const int CoordinateDecimals = 7;

    /// <summary>The shared geometry factory (CRS84, floating precision).</summary>
    public static GeometryFactory Factory { get; } =
        new NtsGeometryServices(PrecisionModel.Floating.Value, Srid).CreateGeometryFactory();

    /// <summary>Serializer options that read and write NTS geometries as GeoJSON.</summary>
    public static JsonSerializerOptions GeometryOptions { get; } = CreateOptions();

    /// <summary>A point at lon/lat rounded to <see cref="CoordinateDecimals"/>.</summary>
    public static Point Point(double lon, double lat) =>
        Factory.CreatePoint(new Coordinate(Round(lon), Round(lat)));

    /// <summary>Rounds a coordinate to the published precision.</summary>
    public static double Round(double degrees) => Math.Round(degrees, CoordinateDecimals, MidpointRounding.AwayFromZero);

    /// <summary>Writes a geometry object (or null).</summary>
    public static void WriteGeometry(Utf8JsonWriter writer, Geometry? geometry)
    {
        if (geometry is null)
        {
            writer.WriteNullValue();
            return;
        }

        JsonSerializer.Serialize(writer, geometry, GeometryOptions);
    }

    /// <summary>Reads a geometry object; null for JSON null.</summary>
    public static Geometry? ReadGeometry(JsonElement element) =>
        element.ValueKind == JsonValueKind.Null ? null : element.Deserialize<Geometry>(GeometryOptions);

    private static JsonSerializerOptions CreateOptions()
    {
        var options = new JsonSerializerOptions();
        options.Converters.Add(new GeoJsonConverterFactory(Factory));
        return options;
    }
}
