using System.Text.Json;
using LifeCircle.Core.Model;
using NetTopologySuite.Geometries;

namespace LifeCircle.Core.Data.Layers;

/// <summary>Residential blocks as GeoJSON polygon or point features.</summary>
public sealed class BlockCodec : IFeatureCodec<ResidentialBlock>
{
    public static BlockCodec Instance { get; } = new();

    public string IdOf(ResidentialBlock item) => item.Id;

    public Geometry? GeometryOf(ResidentialBlock item) => item.Geometry;

    public void WriteProperties(Utf8JsonWriter w, ResidentialBlock b)
    {
        w.WriteString("community", b.Community);
        w.WriteNumber("population", b.Population);
        w.WriteNumber("elderly_share", b.ElderlyShare);
        ProvenanceProperties.Write(w, b.Provenance);
    }

    public ResidentialBlock Read(string id, JsonProperties p, Geometry? geometry) => new(
        id,
        p.String("community"),
        p.Int("population"),
        p.Double("elderly_share"),
        ProvenanceProperties.Require(geometry, p, "Polygon or Point"),
        ProvenanceProperties.Read(p));
}
