using LifeCircle.Core.Layers;
using LifeCircle.Core.Model;
using NetTopologySuite.Geometries;

namespace LifeCircle.Core.Data.Layers;

/// <summary>Administrative areas as GeoJSON features (polygon, or null geometry where none is modelled).</summary>
public sealed class AreaCodec() : LayerCodec<Area>(LayerRegistry.Areas)
{
    public static AreaCodec Instance { get; } = new();

    public override string IdOf(Area item) => item.Code;

    public override Geometry? GeometryOf(Area item) => item.Geometry;

    protected override object? ValueOf(Area a, string property) => property switch
    {
        "name_zh" => a.Name.Zh,
        "name_en" => a.Name.En,
        "kind" => a.Kind,
        "parent_code" => a.ParentCode,
        "population" => a.Population,
        "elderly_share" => a.ElderlyShare,
        _ => ProvenanceValue(a.Provenance, property),
    };

    public override Area Read(string id, JsonProperties p, Geometry? geometry) => new(
        id,
        ProvenanceProperties.ReadNames(p),
        p.String("kind"),
        p.String("parent_code"),
        p.Int("population"),
        p.Double("elderly_share"),
        Optional(geometry, p),
        ProvenanceProperties.Read(p));
}
