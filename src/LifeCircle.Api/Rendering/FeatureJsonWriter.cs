using System.Buffers;
using System.Globalization;
using System.Text.Json;
using LifeCircle.Core.Data;
using LifeCircle.Core.Documents;
using LifeCircle.Core.Features;
using LifeCircle.Core.Requests;

namespace LifeCircle.Api.Rendering;

/// <summary>Writes features as GeoJSON (RFC 7946, plus OGC API paging members), in the requested CRS and property selection.</summary>
public static class FeatureJsonWriter
{
    /// <summary>The page; features that <paramref name="encoded"/> holds are copied from it, the rest written here.</summary>
    public static byte[] Collection(ItemsDocument items, PreEncodedFeatures? encoded = null)
    {
        var (_, page, output, datasetVersion, links, timeStamp) = items;
        var buffer = new ArrayBufferWriter<byte>(Math.Max(1024, page.Features.Count * 512));
        using (var w = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = JsonText.Encoder }))
        {
            w.WriteStartObject();
            w.WriteString("type", "FeatureCollection");
            w.WriteNumber("numberMatched", page.NumberMatched);
            w.WriteNumber("numberReturned", page.Features.Count);
            w.WriteString("timeStamp", timeStamp.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture));
            w.WriteString("datasetVersion", datasetVersion);
            w.WritePropertyName("links");
            JsonSerializer.Serialize(w, links, JsonText.Compact);
            w.WriteStartArray("features");
            foreach (var f in page.Features)
            {
                if (encoded is not null && encoded.TryGet(f.Id, out var bytes))
                {
                    // Bytes this writer produced itself, so they need no second validation.
                    w.WriteRawValue(bytes, skipInputValidation: true);
                }
                else
                {
                    Feature(w, f, output, null);
                }
            }

            w.WriteEndArray();
            w.WriteEndObject();
        }

        return buffer.WrittenSpan.ToArray();
    }

    public static byte[] Single(FeatureDocument document)
    {
        var (feature, output, links) = document;
        var buffer = new ArrayBufferWriter<byte>(1024);
        using (var w = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = JsonText.Encoder }))
        {
            Feature(w, feature, output, links);
        }

        return buffer.WrittenSpan.ToArray();
    }

    /// <summary>One feature with all its properties and its geometry in the CRS, exactly as a page writes it.</summary>
    public static byte[] Encode(FeatureRecord feature, OutputOptions output)
    {
        var buffer = new ArrayBufferWriter<byte>(512);
        using (var w = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = JsonText.Encoder }))
        {
            Feature(w, feature, output, null);
        }

        return buffer.WrittenSpan.ToArray();
    }

    private static void Feature(Utf8JsonWriter w, FeatureRecord f, OutputOptions output, IEnumerable<Link>? links)
    {
        w.WriteStartObject();
        w.WriteString("type", "Feature");
        w.WriteString("id", f.Id);
        w.WritePropertyName("geometry");
        if (output.SkipGeometry || f.Geometry is null)
        {
            w.WriteNullValue();
        }
        else
        {
            GeoJson.WriteGeometry(w, output.Crs == Core.Geodesy.CoordinateSystems.Crs84 ? f.Geometry : output.Crs.FromCrs84Geometry(f.Geometry));
        }

        w.WriteStartObject("properties");
        if (output.Properties is null)
        {
            foreach (var (name, value) in f.Properties)
            {
                Value(w, name, value);
            }
        }
        else
        {
            foreach (var name in output.Properties)
            {
                Value(w, name, f[name]);
            }
        }

        w.WriteEndObject();
        if (links is not null)
        {
            w.WritePropertyName("links");
            JsonSerializer.Serialize(w, links, JsonText.Compact);
        }

        w.WriteEndObject();
    }

    private static void Value(Utf8JsonWriter w, string name, object? value) => FeatureRecords.WriteValue(w, name, value);
}
