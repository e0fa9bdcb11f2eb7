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

    /// <summary>Reads an area; kind, parent_code, population, elderly_share and name_en may be left out (the import derives them; see Importing.PackageCompletion).</summary>
    public override Area Read(string id, JsonProperties p, Geometry? geometry)
    {
        var missing = new List<string>();
        return new(
            id,
            ProvenanceProperties.ReadNames(p, missing),
            ProvenanceProperties.Optional(p.OptString("kind"), "kind", AreaKinds.Community, missing),
            ProvenanceProperties.Optional(p.OptString("parent_code"), "parent_code", string.Empty, missing),
            ProvenanceProperties.OptionalValue(p.OptInt("population"), "population", 0, missing),
            ProvenanceProperties.OptionalValue(p.OptDouble("elderly_share"), "elderly_share", 0, missing),
            Optional(geometry, p),
            ProvenanceProperties.Read(p, missing));
    }
}
