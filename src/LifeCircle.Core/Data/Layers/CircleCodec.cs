using System.Text.Json;
using LifeCircle.Core.Model;
using NetTopologySuite.Geometries;

namespace LifeCircle.Core.Data.Layers;

/// <summary>Life circles as GeoJSON polygon features.</summary>
public sealed class CircleCodec : IFeatureCodec<Circle>
{
    public static CircleCodec Instance { get; } = new();

    public string IdOf(Circle item) => item.Id;

    public Geometry? GeometryOf(Circle item) => item.Geometry;

    public void WriteProperties(Utf8JsonWriter w, Circle c)
    {
        ProvenanceProperties.WriteNames(w, c.Name);
        w.WriteNumber("population", c.Population);
        w.WriteNumber("area_km2", c.AreaKm2);
        w.WriteStartArray("communities");
        foreach (var code in c.CommunityCodes)
        {
            w.WriteStringValue(code);
        }

        w.WriteEndArray();
        w.WriteString("phase", c.Phase);
        w.WriteNumber("year", c.Year);
        ProvenanceProperties.Write(w, c.Provenance);
    }

    public Circle Read(string id, JsonProperties p, Geometry? geometry) => new(
        id,
        ProvenanceProperties.ReadNames(p),
        ProvenanceProperties.Require(geometry, p, "Polygon"),
        p.Int("population"),
        p.Double("area_km2"),
        p.StringList("communities"),
        p.String("phase"),
        p.Int("year"),
        ProvenanceProperties.Read(p));
}
