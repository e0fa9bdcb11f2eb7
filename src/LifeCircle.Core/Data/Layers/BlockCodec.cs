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

    public override ResidentialBlock Read(string id, JsonProperties p, Geometry? geometry) => new(
        id,
        p.String("community"),
        p.Int("population"),
        p.Double("elderly_share"),
        Require<Geometry>(geometry, p),
        ProvenanceProperties.Read(p));
}
