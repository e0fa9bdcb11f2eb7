using System.Buffers;
using System.Text.Json;
using LifeCircle.Core.Data;
using NetTopologySuite.Geometries;

namespace LifeCircle.Core.Documents;

/// <summary>A GeoJSON FeatureCollection a planning question answers (what is reachable from a point), with its own foreign members.</summary>
/// <param name="Crs">The CRS of its coordinates, for the Content-Crs header.</param>
public sealed record PlanningFeaturesDocument(IReadOnlyDictionary<string, object?> Content, string Crs) : Document
{
    public override string JsonMediaType() => MediaTypes.GeoJson;

    public override object JsonContent() => Content;

    public override string? ContentCrs() => Crs;

    /// <summary>A geometry as a GeoJSON value that serialises with the rest of a document.</summary>
    public static JsonElement Geometry(Geometry geometry)
    {
        var buffer = new ArrayBufferWriter<byte>(1024);
        using (var writer = new Utf8JsonWriter(buffer))
        {
            GeoJson.WriteGeometry(writer, geometry);
        }

        using var document = JsonDocument.Parse(buffer.WrittenMemory);
        return document.RootElement.Clone();
    }
}

/// <summary>A plain JSON answer of OGC API – Processes: the process list, a process description, or an execution's result.</summary>
public sealed record ProcessDocument(IReadOnlyDictionary<string, object?> Content) : Document
{
    public override object JsonContent() => Content;
}
