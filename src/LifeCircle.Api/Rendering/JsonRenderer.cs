using System.Text.Json;
using LifeCircle.Core.Data;
using LifeCircle.Core.Documents;

namespace LifeCircle.Api.Rendering;

/// <summary>Writes every document as JSON: features as RFC 7946 GeoJSON, the rest in their own JSON media type.</summary>
public sealed class JsonRenderer : IDocumentRenderer
{
    public IReadOnlyList<string> Formats { get; } = ["json", "geojson"];

    public IReadOnlyList<string> AllMediaTypes { get; } = [MediaTypes.Json, MediaTypes.GeoJson, MediaTypes.ProblemJson, MediaTypes.SchemaJson, MediaTypes.JsonLd];

    public string? MediaTypeOf(Document document) => document.JsonMediaType();

    // Every JSON media type this API writes is JSON: a client that accepts application/json reads them all.
    public bool AcceptsAlso(string mediaRange) => mediaRange.Equals(MediaTypes.Json, StringComparison.OrdinalIgnoreCase);

    public ReadOnlyMemory<byte> Render(Document document) => document switch
    {
        ItemsDocument items => FeatureJsonWriter.Collection(items),
        FeatureDocument feature => FeatureJsonWriter.Single(feature),
        _ => JsonSerializer.SerializeToUtf8Bytes(document.JsonContent(), document.JsonContent().GetType(), JsonText.Compact),
    };
}
