using LifeCircle.Core.Layers;
using LifeCircle.Core.Model;
using NetTopologySuite.Geometries;

namespace LifeCircle.Core.Data.Layers;

/// <summary>Walkable street segments as GeoJSON LineString features.</summary>
public sealed class StreetCodec() : LayerCodec<Street>(LayerRegistry.Streets)
{
    public static StreetCodec Instance { get; } = new();

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
        var zh = p.OptString("name_zh");
        var en = p.OptString("name_en");
        return new Street(
            id,
            zh is null && en is null ? null : new LocalizedText(zh ?? en!, en ?? zh!),
            p.String("kind"),
            Require<LineString>(geometry, p),
            ProvenanceProperties.Read(p));
    }
}
