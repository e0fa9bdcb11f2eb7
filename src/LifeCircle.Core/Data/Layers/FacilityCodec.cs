using LifeCircle.Core.Layers;
using LifeCircle.Core.Model;
using NetTopologySuite.Geometries;

namespace LifeCircle.Core.Data.Layers;

/// <summary>Facilities as GeoJSON Point features.</summary>
public sealed class FacilityCodec() : LayerCodec<Facility>(LayerRegistry.Facilities)
{
    public static FacilityCodec Instance { get; } = new();

    /// <summary>Property names a facility feature carries, in published order.</summary>
    public static IReadOnlyList<string> PropertyNames { get; } = [.. LayerRegistry.Facilities.Properties.Select(p => p.Name)];

    public override string IdOf(Facility item) => item.Id;

    public override Geometry? GeometryOf(Facility item) => item.Location;

    protected override object? ValueOf(Facility f, string property) => property switch
    {
        "name_zh" => f.Name.Zh,
        "name_en" => f.Name.En,
        "category" => f.Category,
        "themes" => f.Themes,
        "community" => f.Community,
        "address" => f.Address,
        "status" => Vocabulary.Name(f.Status),
        "year" => f.Year,
        "capacity" => f.Capacity,
        _ => ProvenanceValue(f.Provenance, property),
    };

    public override Facility Read(string id, JsonProperties p, Geometry? geometry)
    {
        var missing = new List<string>();
        return new(
            id,
            ProvenanceProperties.ReadNames(p, missing),
            p.String("category"),
            p.StringList("themes"),
            p.OptString("community"),
            p.OptString("address"),
            p.OptString("status") is null ? FacilityStatus.Existing : p.Enum("status", Vocabulary.ParseStatus),
            p.OptInt("year"),
            p.OptInt("capacity"),
            ProvenanceProperties.Read(p, missing),
            Require<Point>(geometry, p));
    }
}
