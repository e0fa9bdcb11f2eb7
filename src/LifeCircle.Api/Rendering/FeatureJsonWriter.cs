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
    /// <remarks>The bytes are usually the writer's own buffer, not a copy: a page of 1,000 features is some 400 KB.</remarks>
    public static ReadOnlyMemory<byte> Collection(ItemsDocument items, PreEncodedFeatures? encoded = null)
    {
        var (_, page, output, datasetVersion, links, timeStamp) = items;
        var buffer = new ArrayBufferWriter<byte>(Capacity(page.Features, encoded));
        using (var w = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = JsonText.Encoder }))
        {
            w.WriteStartObject();
            w.WriteString("type", "FeatureCollection");
            w.WriteNumber("numberMatched", page.NumberMatched);
            w.WriteNumber("numberReturned", page.Features.Count);
            w.WriteString("timeStamp", timeStamp.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture));
            w.WriteString("datasetVersion", datasetVersion);
            w.WritePropertyName("links");
            Links(w, links);
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

        // A kept answer holds its whole buffer, so one with much room left over is copied to its size.
        return buffer.FreeCapacity <= buffer.WrittenCount / 8 ? buffer.WrittenMemory : buffer.WrittenSpan.ToArray();
    }

    /// <summary>Room for the page's members and links plus its features: their encoded sizes when known, else 512 bytes each.</summary>
    private static int Capacity(IReadOnlyList<FeatureRecord> features, PreEncodedFeatures? encoded)
    {
        long bytes = 2048;
        foreach (var f in features)
        {
            bytes += encoded is not null && encoded.TryGet(f.Id, out var b) ? b.Length + 1 : 512;
        }

        return (int)Math.Min(bytes, Array.MaxLength);
    }

    /// <summary>The links as the serializer writes a <see cref="Link"/> (camelCase, nulls left out), without its per-call cost.</summary>
    private static void Links(Utf8JsonWriter w, IEnumerable<Link> links)
    {
        w.WriteStartArray();
        foreach (var link in links)
        {
            w.WriteStartObject();
            w.WriteString("href", link.Href);
            w.WriteString("rel", link.Rel);
            if (link.Type is not null)
            {
                w.WriteString("type", link.Type);
            }

            if (link.Title is not null)
            {
                w.WriteString("title", link.Title);
            }

            w.WriteEndObject();
        }

        w.WriteEndArray();
    }

    public static byte[] Single(FeatureDocument document)
    {
        var (_, feature, output, links) = document;
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
