using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using LifeCircle.Core.Data.Layers;
using LifeCircle.Core.Layers;
using NetTopologySuite.Geometries;

namespace LifeCircle.Core.Data.Packages.Readers;

/// <summary>One feature of a GIS file (Shapefile, GeoPackage) as read: its number in the file, its attribute values and its geometry in the file's CRS.</summary>
public sealed record AttributeFeature(int Number, IReadOnlyDictionary<string, object?> Attributes, Geometry? Geometry);

/// <summary>Turns GIS features into a layer's records through its codec, so a Shapefile or GeoPackage is checked exactly as GeoJSON is.</summary>
/// <remarks>
/// A field matches a property by name, ignoring case, or by the property's first 10 characters: a .dbf keeps no longer
/// field names, so ArcGIS, QGIS and GDAL write elderly_share as elderly_sh. Lists (e.g. themes) are text separated by ';'.
/// </remarks>
public static class AttributeRecords
{
    private const int DbfNameLength = 10;

    /// <summary>The records read, in order; each bad feature becomes a problem and is skipped, and <paramref name="locations"/> gets the name of each record read.</summary>
    public static List<T> Read<T>(IEnumerable<AttributeFeature> features, LayerCodec<T> codec, string file,
        IReadOnlyDictionary<string, string>? defaults, ICollection<DatasetProblem> problems, ICollection<string> locations)
    {
        var records = new List<T>();
        foreach (var feature in features)
        {
            string location = $"{file} feature {feature.Number}";
            try
            {
                var properties = Properties(feature.Attributes, codec.Layer, defaults, location);
                var id = Text(Value(feature.Attributes, "id") ?? defaults?.GetValueOrDefault("id"))
                    ?? throw new DatasetFormatException(location, "id", "is required: give the file an id field");
                var element = JsonSerializer.SerializeToElement(properties);
                records.Add(codec.Read(id, new JsonProperties(element, location), Simplest(feature.Geometry, codec.Layer.Geometry)));
                locations.Add(location);
            }
            catch (DatasetFormatException ex)
            {
                problems.Add(new DatasetProblem(ex.Location, ex.Field, ex.Problem));
            }
        }

        return records;
    }

    private static JsonObject Properties(IReadOnlyDictionary<string, object?> attributes, LayerDefinition layer, IReadOnlyDictionary<string, string>? defaults, string location)
    {
        var json = new JsonObject();
        foreach (var property in layer.Properties)
        {
            var value = Value(attributes, property.Name);
            if (value is null || value is string { Length: 0 } || (value is string s && s.Trim().Length == 0))
            {
                value = defaults?.GetValueOrDefault(property.Name);
            }

            if (value is not null)
            {
                json[property.Name] = Node(value, property, location);
            }
        }

        return json;
    }

    private static object? Value(IReadOnlyDictionary<string, object?> attributes, string name)
    {
        foreach (var (key, value) in attributes)
        {
            if (key.Equals(name, StringComparison.OrdinalIgnoreCase)
                || (name.Length > DbfNameLength && key.Length == DbfNameLength && name.StartsWith(key, StringComparison.OrdinalIgnoreCase)))
            {
                return value is DBNull ? null : value;
            }
        }

        return null;
    }

    /// <summary>A value as JSON of the property's type (text to a number where the property is one; ";"-separated text to a list).</summary>
    internal static JsonNode? Node(object value, LayerProperty property, string location)
    {
        var text = Text(value);
        switch (property.Type)
        {
            case PropertyType.TextList:
                return new JsonArray([.. (text ?? string.Empty).Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).Select(v => (JsonNode)JsonValue.Create(v))]);
            case PropertyType.WholeNumber when value is IConvertible and not string && Convert.ToDouble(value, CultureInfo.InvariantCulture) is var d && d == Math.Floor(d) && Math.Abs(d) <= int.MaxValue:
                return JsonValue.Create((int)d);
            case PropertyType.WholeNumber:
                return int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out int whole) ? JsonValue.Create(whole)
                    : throw new DatasetFormatException(location, property.Name, $"'{text}' is not a whole number");
            case PropertyType.Number:
                return double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out double number) && double.IsFinite(number) ? JsonValue.Create(number)
                    : throw new DatasetFormatException(location, property.Name, $"'{text}' is not a number");
            case PropertyType.Flag:
                return bool.TryParse(text, out bool flag) ? JsonValue.Create(flag)
                    : throw new DatasetFormatException(location, property.Name, $"'{text}' is not true or false");
            default:
                return text is null ? null : JsonValue.Create(text);
        }
    }

    /// <summary>A value as text; whole numbers without a decimal point (a community code kept in a numeric field stays a code).</summary>
    private static string? Text(object? value) => value switch
    {
        null or DBNull => null,
        string s => s.Trim().Length == 0 ? null : s.Trim(),
        double d when d == Math.Floor(d) && Math.Abs(d) < 1e15 => ((long)d).ToString(CultureInfo.InvariantCulture),
        decimal m when m == decimal.Floor(m) => ((long)m).ToString(CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString(),
    };

    /// <summary>A one-part multi-geometry as its part when the layer wants the single type: Shapefiles have no single polygons or lines.
    /// A record without a shape (a Shapefile's null shape, read as an empty geometry) has no geometry, as GeoJSON's "geometry": null.</summary>
    private static Geometry? Simplest(Geometry? geometry, LayerGeometry wanted) =>
        geometry is { IsEmpty: true } ? null
        : geometry is GeometryCollection { NumGeometries: 1 } multi && !wanted.Admits(geometry) && wanted.Admits(multi.GetGeometryN(0))
            ? multi.GetGeometryN(0)
            : geometry;
}
