using System.Text.Json;
using LifeCircle.Core.Data;
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

    /// <summary>{"facility": {"count": 791, "bbox": [minX, minY, maxX, maxY], "years": [first, last]}, …} (bbox and years left out when there are none); doubles round-trip exactly.</summary>
    public static string ToJson(IReadOnlyDictionary<string, LayerOutline> outlines) =>
        JsonSerializer.Serialize(
            outlines.ToDictionary(
                o => o.Key,
                o => new Stored(
                    o.Value.Count,
                    o.Value.Extent.IsNull ? null : [o.Value.Extent.MinX, o.Value.Extent.MinY, o.Value.Extent.MaxX, o.Value.Extent.MaxY],
                    o.Value.YearRange is { } y ? [y.First, y.Last] : null)),
            JsonText.Compact);

    /// <summary>Reads what <see cref="ToJson"/> wrote.</summary>
    public static IReadOnlyDictionary<string, LayerOutline> Parse(string json) =>
        JsonSerializer.Deserialize<Dictionary<string, Stored>>(json, JsonText.Compact)!.ToDictionary(
            o => o.Key,
            o => new LayerOutline(
                o.Value.Count,
                o.Value.Bbox is [var minX, var minY, var maxX, var maxY] ? new Envelope(minX, maxX, minY, maxY) : new Envelope(),
                o.Value.Years is [var first, var last] ? (first, last) : null),
            StringComparer.Ordinal);

    /// <summary>One layer's outline as stored.</summary>
    private sealed record Stored(int Count, double[]? Bbox, int[]? Years);
}
