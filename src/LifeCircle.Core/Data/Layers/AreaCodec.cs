using System.Text.Json;
using LifeCircle.Core.Model;
using NetTopologySuite.Geometries;

namespace LifeCircle.Core.Data.Layers;

/// <summary>Administrative areas as GeoJSON features (polygon, or null geometry where none is modelled).</summary>
public sealed class AreaCodec : IFeatureCodec<Area>
{
    public static AreaCodec Instance { get; } = new();

    public string IdOf(Area item) => item.Code;

    public Geometry? GeometryOf(Area item) => item.Geometry;

    public void WriteProperties(Utf8JsonWriter w, Area a)
    {
        ProvenanceProperties.WriteNames(w, a.Name);
        w.WriteString("kind", a.Kind);
        w.WriteString("parent_code", a.ParentCode);
        w.WriteNumber("population", a.Population);
        w.WriteNumber("elderly_share", a.ElderlyShare);
        ProvenanceProperties.Write(w, a.Provenance);
    }

    public Area Read(string id, JsonProperties p, Geometry? geometry) => new(
        id,
        ProvenanceProperties.ReadNames(p),
        p.String("kind"),
        p.String("parent_code"),
        p.Int("population"),
        p.Double("elderly_share"),
        geometry,
        ProvenanceProperties.Read(p));
}
