using LifeCircle.Core.Layers;
using LifeCircle.Core.Model;
using NetTopologySuite.Geometries;

namespace LifeCircle.Core.Data.Layers;

/// <summary>Residential blocks as GeoJSON polygon or point features.</summary>
public sealed class BlockCodec() : LayerCodec<ResidentialBlock>(LayerRegistry.Blocks)
{
    public static BlockCodec Instance { get; } = new();

    public override string IdOf(ResidentialBlock item) => item.Id;

    public override Geometry? GeometryOf(ResidentialBlock item) => item.Geometry;

    protected override object? ValueOf(ResidentialBlock b, string property) => property switch
    {
        "community" => b.Community,
        "population" => b.Population,
        "elderly_share" => b.ElderlyShare,
        _ => ProvenanceValue(b.Provenance, property),
    };

    /// <summary>Reads a block; elderly_share may be left out (it then takes its community's).</summary>
    public override ResidentialBlock Read(string id, JsonProperties p, Geometry? geometry)
    {
        var missing = new List<string>();
        return new(
            id,
            p.String("community"),
            p.Int("population"),
            ProvenanceProperties.OptionalValue(p.OptDouble("elderly_share"), "elderly_share", 0, missing),
            Require<Geometry>(geometry, p),
            ProvenanceProperties.Read(p, missing));
    }
}
