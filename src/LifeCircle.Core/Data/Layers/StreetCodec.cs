using LifeCircle.Core.Layers;
using LifeCircle.Core.Model;
using NetTopologySuite.Geometries;

namespace LifeCircle.Core.Data.Layers;

/// <summary>Walkable street segments as GeoJSON LineString features.</summary>
public sealed class StreetCodec() : LayerCodec<Street>(LayerRegistry.Streets)
{
    public static StreetCodec Instance { get; } = new();

    /// <summary>The kind of a street whose package gives none (OpenStreetMap's word for a road of no known class).</summary>
    public const string DefaultKind = "unclassified";

    public override string IdOf(Street item) => item.Id;

    public override Geometry? GeometryOf(Street item) => item.Geometry;

    protected override object? ValueOf(Street s, string property) => property switch
    {
        "name_zh" => s.Name?.Zh,
        "name_en" => s.Name?.En,
        "kind" => s.Kind,
        _ => ProvenanceValue(s.Provenance, property),
    };

    public override Street Read(string id, JsonProperties p, Geometry? geometry)
    {
        var missing = new List<string>();
        var zh = p.OptString("name_zh");
        var en = p.OptString("name_en");
        return new Street(
            id,
            zh is null && en is null ? null : new LocalizedText(zh ?? en!, en ?? zh!),
            ProvenanceProperties.Optional(p.OptString("kind"), "kind", DefaultKind, missing),
            Require<LineString>(geometry, p),
            ProvenanceProperties.Read(p, missing));
    }
}
