using System.Text.Json;
using LifeCircle.Core.Model;
using NetTopologySuite.Geometries;

namespace LifeCircle.Core.Data.Layers;

/// <summary>Facilities as GeoJSON Point features.</summary>
public sealed class FacilityCodec : IFeatureCodec<Facility>
{
    public static FacilityCodec Instance { get; } = new();

    /// <summary>Property names a facility feature carries, in published order.</summary>
    public static IReadOnlyList<string> PropertyNames { get; } =
    [
        "name_zh", "name_en", "category", "themes", "community", "address", "status", "year", "capacity",
        "provenance", "position_provenance", "figures_provenance", "source", "source_crs",
    ];

    public string IdOf(Facility item) => item.Id;

    public Geometry? GeometryOf(Facility item) => item.Location;

    public void WriteProperties(Utf8JsonWriter w, Facility f)
    {
        ProvenanceProperties.WriteNames(w, f.Name);
        w.WriteString("category", f.Category);
        w.WriteStartArray("themes");
        foreach (var t in f.Themes)
        {
            w.WriteStringValue(t);
        }

        w.WriteEndArray();
        ProvenanceProperties.WriteOptional(w, "community", f.Community);
        ProvenanceProperties.WriteOptional(w, "address", f.Address);
        w.WriteString("status", Vocabulary.Name(f.Status));
        ProvenanceProperties.WriteOptional(w, "year", f.Year);
        ProvenanceProperties.WriteOptional(w, "capacity", f.Capacity);
        ProvenanceProperties.Write(w, f.Provenance);
    }

    public Facility Read(string id, JsonProperties p, Geometry? geometry) => new(
        id,
        ProvenanceProperties.ReadNames(p),
        p.String("category"),
        p.StringList("themes"),
        p.OptString("community"),
        p.OptString("address"),
        p.Enum("status", Vocabulary.ParseStatus),
        p.OptInt("year"),
        p.OptInt("capacity"),
        ProvenanceProperties.Read(p),
        ProvenanceProperties.Require(geometry as Point, p, "Point"));
}
