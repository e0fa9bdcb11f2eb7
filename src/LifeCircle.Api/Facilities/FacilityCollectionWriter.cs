using System.Buffers;
using System.Text.Json;
using LifeCircle.Api.Http;
using LifeCircle.Core.Data;
using LifeCircle.Core.Data.Layers;
using LifeCircle.Core.Model;

namespace LifeCircle.Api.Facilities;

/// <summary>Writes facilities as an RFC 7946 FeatureCollection with OGC API paging members.</summary>
public static class FacilityCollectionWriter
{
    public static byte[] Write(IReadOnlyList<Facility> features, long numberMatched, string datasetVersion, IEnumerable<Link> links, DateTimeOffset timeStamp)
    {
        var buffer = new ArrayBufferWriter<byte>(Math.Max(1024, features.Count * 512));
        using (var w = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = JsonText.Encoder }))
        {
            w.WriteStartObject();
            w.WriteString("type", "FeatureCollection");
            w.WriteNumber("numberMatched", numberMatched);
            w.WriteNumber("numberReturned", features.Count);
            w.WriteString("timeStamp", timeStamp.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ssZ", System.Globalization.CultureInfo.InvariantCulture));
            w.WriteString("datasetVersion", datasetVersion);
            w.WritePropertyName("links");
            JsonSerializer.Serialize(w, links, JsonText.Compact);
            w.WriteStartArray("features");
            foreach (var f in features)
            {
                FeatureCollections.WriteFeature(w, f, FacilityCodec.Instance);
            }

            w.WriteEndArray();
            w.WriteEndObject();
        }

        return buffer.WrittenSpan.ToArray();
    }
}
