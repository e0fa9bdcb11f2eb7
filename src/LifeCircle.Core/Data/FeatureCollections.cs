using System.Text.Json;

namespace LifeCircle.Core.Data;

/// <summary>Writes and reads RFC 7946 FeatureCollections of records through an <see cref="IFeatureCodec{T}"/>.</summary>
public static class FeatureCollections
{
    /// <summary>Writes one Feature object.</summary>
    public static void WriteFeature<T>(Utf8JsonWriter writer, T item, IFeatureCodec<T> codec)
    {
        writer.WriteStartObject();
        writer.WriteString("type", "Feature");
        writer.WriteString("id", codec.IdOf(item));
        writer.WritePropertyName("geometry");
        GeoJson.WriteGeometry(writer, codec.GeometryOf(item));
        writer.WriteStartObject("properties");
        codec.WriteProperties(writer, item);
        writer.WriteEndObject();
        writer.WriteEndObject();
    }

    /// <summary>One Feature as compact JSON text.</summary>
    public static string ToJson<T>(T item, IFeatureCodec<T> codec)
    {
        var buffer = new System.Buffers.ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = JsonText.Encoder }))
        {
            WriteFeature(writer, item, codec);
        }

        return System.Text.Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    /// <summary>Writes a whole FeatureCollection, indented for diffable files.</summary>
    public static void Write<T>(Stream stream, IEnumerable<T> items, IFeatureCodec<T> codec)
    {
        using var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = JsonText.Encoder });
        writer.WriteStartObject();
        writer.WriteString("type", "FeatureCollection");
        writer.WriteStartArray("features");
        foreach (var item in items)
        {
            WriteFeature(writer, item, codec);
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    /// <summary>Reads every feature of a FeatureCollection; <paramref name="fileName"/> is used in error locations.</summary>
    /// <param name="problems">When given, a bad feature is reported here and skipped instead of stopping the read.</param>
    public static IReadOnlyList<T> Read<T>(Stream stream, IFeatureCodec<T> codec, string fileName, ICollection<DatasetProblem>? problems = null)
    {
        JsonDocument doc;
        try
        {
            doc = JsonDocument.Parse(stream);
        }
        catch (JsonException ex)
        {
            throw new DatasetFormatException(fileName, "(document)", $"is not valid JSON: {ex.Message}");
        }

        using var _ = doc;
        var root = doc.RootElement;
        if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("features", out var features) || features.ValueKind != JsonValueKind.Array)
        {
            throw new DatasetFormatException(fileName, "features", "must be an array (the file must be a GeoJSON FeatureCollection)");
        }

        var result = new List<T>();
        int index = 0;
        foreach (var feature in features.EnumerateArray())
        {
            index++;
            string location = $"{fileName} feature {index}";
            if (problems is not null && (!feature.TryGetProperty("id", out var probe) || probe.ValueKind is not (JsonValueKind.String or JsonValueKind.Number)))
            {
                problems.Add(new DatasetProblem(location, "id", "is required and must be a string or a number"));
                continue;
            }

            string id = feature.TryGetProperty("id", out var idElement)
                ? idElement.ValueKind switch
                {
                    JsonValueKind.String => idElement.GetString()!,
                    JsonValueKind.Number => idElement.GetRawText(),
                    _ => throw new DatasetFormatException(location, "id", "must be a string or a number"),
                }
                : throw new DatasetFormatException(location, "id", "is required");
            try
            {
                var geometry = feature.TryGetProperty("geometry", out var g) ? ReadGeometry(g, location) : null;
                feature.TryGetProperty("properties", out var props);
                result.Add(codec.Read(id, new JsonProperties(props, location), geometry));
            }
            catch (DatasetFormatException ex) when (problems is not null)
            {
                problems.Add(new DatasetProblem(ex.Location, ex.Field, ex.Problem) { RecordId = id });
            }
        }

        return result;
    }

    private static NetTopologySuite.Geometries.Geometry? ReadGeometry(JsonElement element, string location)
    {
        try
        {
            return GeoJson.ReadGeometry(element);
        }
        catch (JsonException ex)
        {
            throw new DatasetFormatException(location, "geometry", $"is not a valid GeoJSON geometry ({ex.Message})");
        }
    }
}
