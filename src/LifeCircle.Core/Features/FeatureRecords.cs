using System.Buffers;
using System.Text.Json;
using LifeCircle.Core.Data;

namespace LifeCircle.Core.Features;

/// <summary>Turns records of any layer, or GeoJSON Feature text, into <see cref="FeatureRecord"/>s.</summary>
public static class FeatureRecords
{
    /// <summary>Maps a record through its codec, so the served properties are exactly the published ones.</summary>
    public static FeatureRecord From<T>(T item, IFeatureCodec<T> codec)
    {
        var buffer = new ArrayBufferWriter<byte>(512);
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            codec.WriteProperties(writer, item);
            writer.WriteEndObject();
        }

        return new FeatureRecord(codec.IdOf(item), codec.GeometryOf(item), ReadProperties(buffer.WrittenSpan));
    }

    /// <summary>Parses one GeoJSON Feature (as stored for areas, circles, blocks and streets).</summary>
    public static FeatureRecord Parse(string featureJson)
    {
        using var doc = JsonDocument.Parse(featureJson);
        return Parse(doc.RootElement);
    }

    /// <summary>Parses one GeoJSON Feature already read as a JSON element.</summary>
    public static FeatureRecord Parse(JsonElement root) => Parse(root, null);

    /// <summary>Parses one GeoJSON Feature of a run of them: property names and string values equal to the previous feature's at the same position are that feature's strings, not copies.</summary>
    /// <remarks>Features of one layer share their property names and many values (category, status, provenance), so a layer read from storage holds far fewer strings.</remarks>
    public static FeatureRecord Parse(JsonElement root, FeatureRecord? previous)
    {
        var id = root.GetProperty("id").ValueKind == JsonValueKind.String ? root.GetProperty("id").GetString()! : root.GetProperty("id").GetRawText();
        var geometry = root.TryGetProperty("geometry", out var g) ? GeoJson.ReadGeometry(g) : null;
        var properties = root.TryGetProperty("properties", out var p) ? ReadProperties(p, previous?.Properties) : [];
        return new FeatureRecord(id, geometry, properties);
    }

    /// <summary>One feature record as compact GeoJSON Feature text (how derived layers are stored).</summary>
    public static string ToJson(FeatureRecord f)
    {
        var buffer = new ArrayBufferWriter<byte>(512);
        using (var w = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = JsonText.Encoder }))
        {
            w.WriteStartObject();
            w.WriteString("type", "Feature");
            w.WriteString("id", f.Id);
            w.WritePropertyName("geometry");
            GeoJson.WriteGeometry(w, f.Geometry);
            w.WriteStartObject("properties");
            foreach (var (name, value) in f.Properties)
            {
                WriteValue(w, name, value);
            }

            w.WriteEndObject();
            w.WriteEndObject();
        }

        return System.Text.Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    /// <summary>Writes one property value as JSON; whole numbers without a fraction.</summary>
    public static void WriteValue(Utf8JsonWriter w, string name, object? value)
    {
        switch (value)
        {
            case null: w.WriteNull(name); break;
            case string s: w.WriteString(name, s); break;
            case double d when d == Math.Floor(d) && Math.Abs(d) < 1e15: w.WriteNumber(name, (long)d); break;
            case double d: w.WriteNumber(name, d); break;
            case bool b: w.WriteBoolean(name, b); break;
            case string[] array:
                w.WriteStartArray(name);
                foreach (var item in array)
                {
                    w.WriteStringValue(item);
                }

                w.WriteEndArray();
                break;
            default: w.WriteString(name, Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture)); break;
        }
    }

    private static List<KeyValuePair<string, object?>> ReadProperties(JsonElement properties, IReadOnlyList<KeyValuePair<string, object?>>? previous = null)
    {
        var list = new List<KeyValuePair<string, object?>>(previous?.Count ?? 0);
        if (properties.ValueKind != JsonValueKind.Object)
        {
            return list;
        }

        foreach (var p in properties.EnumerateObject())
        {
            if (previous is not null && list.Count < previous.Count && p.NameEquals(previous[list.Count].Key))
            {
                var (name, value) = previous[list.Count];
                list.Add(new(name, value is string s && p.Value.ValueKind == JsonValueKind.String && p.Value.ValueEquals(s) ? s : Value(p.Value)));
            }
            else
            {
                list.Add(new(p.Name, Value(p.Value)));
            }
        }

        return list;
    }

    /// <summary>The properties object a codec wrote, read with a reader: no document per record (publishing reads 10,000s of them).</summary>
    private static List<KeyValuePair<string, object?>> ReadProperties(ReadOnlySpan<byte> json)
    {
        var list = new List<KeyValuePair<string, object?>>();
        var r = new Utf8JsonReader(json);
        r.Read();
        while (r.Read() && r.TokenType == JsonTokenType.PropertyName)
        {
            var name = r.GetString()!;
            r.Read();
            list.Add(new(name, r.TokenType switch
            {
                JsonTokenType.String => r.GetString(),
                JsonTokenType.Number => r.GetDouble(),
                JsonTokenType.True => true,
                JsonTokenType.False => false,
                JsonTokenType.Null => null,
                _ => Value(JsonElement.ParseValue(ref r)),
            }));
        }

        return list;
    }

    private static object? Value(JsonElement e) => e.ValueKind switch
    {
        JsonValueKind.String => e.GetString(),
        JsonValueKind.Number => e.GetDouble(),
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        JsonValueKind.Array => e.EnumerateArray().Select(x => x.ValueKind == JsonValueKind.String ? x.GetString()! : x.GetRawText()).ToArray(),
        JsonValueKind.Null => null,
        _ => e.GetRawText(),
    };
}
