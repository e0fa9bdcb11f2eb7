using System.Text.Json;
using LifeCircle.Core.Model;
using NetTopologySuite.Geometries;

namespace LifeCircle.Core.Data.Layers;

/// <summary>Walkable street segments as GeoJSON LineString features.</summary>
public sealed class StreetCodec : IFeatureCodec<Street>
{
    public static StreetCodec Instance { get; } = new();

    public string IdOf(Street item) => item.Id;

    public Geometry? GeometryOf(Street item) => item.Geometry;

    public void WriteProperties(Utf8JsonWriter w, Street s)
    {
        ProvenanceProperties.WriteOptional(w, "name_zh", s.Name?.Zh);
        ProvenanceProperties.WriteOptional(w, "name_en", s.Name?.En);
        w.WriteString("kind", s.Kind);
        ProvenanceProperties.Write(w, s.Provenance);
    }

    public Street Read(string id, JsonProperties p, Geometry? geometry)
    {
        var zh = p.OptString("name_zh");
        var en = p.OptString("name_en");
        return new Street(
            id,
            zh is null && en is null ? null : new LocalizedText(zh ?? en!, en ?? zh!),
            p.String("kind"),
            ProvenanceProperties.Require(geometry as LineString, p, "LineString"),
            ProvenanceProperties.Read(p));
    }
}
