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

    /// <summary>Reads a circle; population and area_km2 may be left out (derived from blocks and the polygon), phase and year are then unknown.</summary>
    public override Circle Read(string id, JsonProperties p, Geometry? geometry)
    {
        var missing = new List<string>();
        return new(
            id,
            ProvenanceProperties.ReadNames(p, missing),
            Require<Geometry>(geometry, p),
            ProvenanceProperties.OptionalValue(p.OptInt("population"), "population", 0, missing),
            ProvenanceProperties.OptionalValue(p.OptDouble("area_km2"), "area_km2", 0, missing),
            p.StringList("communities"),
            p.OptString("phase"),
            p.OptInt("year"),
            ProvenanceProperties.Read(p, missing));
    }
}
