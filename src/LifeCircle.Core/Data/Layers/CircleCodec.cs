using LifeCircle.Core.Layers;
using LifeCircle.Core.Model;
using NetTopologySuite.Geometries;

namespace LifeCircle.Core.Data.Layers;

/// <summary>Life circles as GeoJSON polygon features.</summary>
public sealed class CircleCodec() : LayerCodec<Circle>(LayerRegistry.Circles)
{
    public static CircleCodec Instance { get; } = new();

    public override string IdOf(Circle item) => item.Id;

    public override Geometry? GeometryOf(Circle item) => item.Geometry;

    protected override object? ValueOf(Circle c, string property) => property switch
    {
        "name_zh" => c.Name.Zh,
        "name_en" => c.Name.En,
        "population" => c.Population,
        "area_km2" => c.AreaKm2,
        "communities" => c.CommunityCodes,
        "phase" => c.Phase,
        "year" => c.Year,
        _ => ProvenanceValue(c.Provenance, property),
    };

    public override Circle Read(string id, JsonProperties p, Geometry? geometry) => new(
        id,
        ProvenanceProperties.ReadNames(p),
        Require<Geometry>(geometry, p),
        p.Int("population"),
        p.Double("area_km2"),
        p.StringList("communities"),
        p.String("phase"),
        p.Int("year"),
        ProvenanceProperties.Read(p));
}
