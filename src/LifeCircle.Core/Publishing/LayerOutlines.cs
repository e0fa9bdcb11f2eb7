using System.Buffers;
using System.Text.Json;
using LifeCircle.Core.Data.Layers;
using LifeCircle.Core.Features;
using LifeCircle.Core.Model;
using LifeCircle.Core.Queries;
using NetTopologySuite.Geometries;

namespace LifeCircle.Core.Publishing;

/// <summary>The outline of every stored layer of a version, written when it is published, so describing its collections reads no layer.</summary>
/// <remarks>Versions published before outlines were stored have none; their descriptions come from the layers, as before.</remarks>
public static class LayerOutlines
{
    /// <summary>The version document that holds them.</summary>
    public const string Document = "outlines";

    /// <summary>Each package layer's and derived layer's outline, by layer id, as the version's snapshots would give them.</summary>
    public static IReadOnlyDictionary<string, LayerOutline> Of(Dataset dataset, DerivedData? derived)
    {
        var outlines = new Dictionary<string, LayerOutline>(StringComparer.Ordinal)
        {
            [LayerCodecs.Facilities.Layer.Id] = Of(dataset.Facilities, LayerCodecs.Facilities),
            [LayerCodecs.Areas.Layer.Id] = Of(dataset.Areas, LayerCodecs.Areas),
            [LayerCodecs.Circles.Layer.Id] = Of(dataset.Circles, LayerCodecs.Circles),
            [LayerCodecs.Blocks.Layer.Id] = Of(dataset.Blocks, LayerCodecs.Blocks),
            [LayerCodecs.Streets.Layer.Id] = Of(dataset.Streets, LayerCodecs.Streets),
        };
        foreach (var (layer, features) in derived?.Layers ?? new Dictionary<string, IReadOnlyList<FeatureRecord>>())
        {
            outlines[layer] = LayerOutline.Of(features, Collections.All.FirstOrDefault(c => c.Layer == layer)?.TemporalProperty);
        }

        return outlines;
    }

    private static LayerOutline Of<T>(IReadOnlyList<T> items, LayerCodec<T> codec) =>
        LayerOutline.Of(items.Count, items.Select(codec.GeometryOf), codec.Layer.TemporalProperty is not { } temporal ? []
            : items.Select(i => codec.ValueOf(i, temporal)).Select(v => v switch { int y => (double?)y, double y => y, _ => null }).OfType<double>());

    /// <summary>{"facility": {"count": 791, "bbox": [minX, minY, maxX, maxY] or null, "years": [first, last] or null}, …}; doubles round-trip exactly.</summary>
    public static string ToJson(IReadOnlyDictionary<string, LayerOutline> outlines)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var w = new Utf8JsonWriter(buffer))
        {
            w.WriteStartObject();
            foreach (var (layer, o) in outlines)
            {
                w.WriteStartObject(layer);
                w.WriteNumber("count", o.Count);
                w.WritePropertyName("bbox");
                if (o.Extent.IsNull)
                {
                    w.WriteNullValue();
                }
                else
                {
                    w.WriteStartArray();
                    w.WriteNumberValue(o.Extent.MinX);
                    w.WriteNumberValue(o.Extent.MinY);
                    w.WriteNumberValue(o.Extent.MaxX);
                    w.WriteNumberValue(o.Extent.MaxY);
                    w.WriteEndArray();
                }

                w.WritePropertyName("years");
                if (o.YearRange is { } y)
                {
                    w.WriteStartArray();
                    w.WriteNumberValue(y.First);
                    w.WriteNumberValue(y.Last);
                    w.WriteEndArray();
                }
                else
                {
                    w.WriteNullValue();
                }

                w.WriteEndObject();
            }

            w.WriteEndObject();
        }

        return System.Text.Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    /// <summary>Reads what <see cref="ToJson"/> wrote.</summary>
    public static IReadOnlyDictionary<string, LayerOutline> Parse(string json)
    {
        using var doc = JsonDocument.Parse(json);
        var outlines = new Dictionary<string, LayerOutline>(StringComparer.Ordinal);
        foreach (var layer in doc.RootElement.EnumerateObject())
        {
            var bbox = layer.Value.GetProperty("bbox");
            var years = layer.Value.GetProperty("years");
            outlines[layer.Name] = new LayerOutline(
                layer.Value.GetProperty("count").GetInt32(),
                bbox.ValueKind == JsonValueKind.Null ? new Envelope() : new Envelope(bbox[0].GetDouble(), bbox[2].GetDouble(), bbox[1].GetDouble(), bbox[3].GetDouble()),
                years.ValueKind == JsonValueKind.Null ? null : (years[0].GetInt32(), years[1].GetInt32()));
        }

        return outlines;
    }
}
