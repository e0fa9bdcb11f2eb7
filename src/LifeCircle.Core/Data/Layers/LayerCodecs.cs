using LifeCircle.Core.Layers;
using LifeCircle.Core.Model;
using NetTopologySuite.Geometries;

namespace LifeCircle.Core.Data.Layers;

/// <summary>The codec of each package layer: what its registry entry says is written by convention, what a package may leave out is read here.</summary>
public static class LayerCodecs
{
    /// <summary>The kind of a street whose package gives none (OpenStreetMap's word for a road of no known class).</summary>
    public const string DefaultStreetKind = "unclassified";

    /// <summary>Facilities: name_en (then name_zh), status (then existing) and themes (filled in at import from the category) may be left out.</summary>
    public static LayerCodec<Facility> Facilities { get; } = new(LayerRegistry.Facilities, f => f.Id, f => f.Location, r => new(
        r.Id, r.Names(), r.Text("category"), r.TextList("themes"), r.OptText("community"), r.OptText("address"),
        r.OptEnum("status", Vocabulary.ParseStatus, FacilityStatus.Existing), r.OptInt("year"), r.OptInt("capacity"),
        r.Provenance(), r.Geometry<Point>()));

    /// <summary>Areas: kind, parent_code, population, elderly_share and name_en may be left out (the import derives them; see Importing.PackageCompletion).</summary>
    public static LayerCodec<Area> Areas { get; } = new(LayerRegistry.Areas, a => a.Code, a => a.Geometry, r => new(
        r.Id, r.Names(), r.Optional("kind", AreaKinds.Community), r.Optional("parent_code", string.Empty),
        r.OptionalInt("population", 0), r.OptionalNumber("elderly_share", 0), r.GeometryOrNull(), r.Provenance()));

    /// <summary>Life circles: population and area_km2 may be left out (derived from blocks and the polygon).</summary>
    public static LayerCodec<Circle> Circles { get; } = new(
        LayerRegistry.Circles, c => c.Id, c => c.Geometry, r => new(
            r.Id, r.Names(), r.Geometry<Geometry>(), r.OptionalInt("population", 0), r.OptionalNumber("area_km2", 0),
            r.TextList("communities"), r.OptText("phase"), r.OptInt("year"), r.Provenance()),
        new Dictionary<string, string> { ["communities"] = nameof(Circle.CommunityCodes) });

    /// <summary>Residential blocks: elderly_share may be left out (it then takes its community's).</summary>
    public static LayerCodec<ResidentialBlock> Blocks { get; } = new(LayerRegistry.Blocks, b => b.Id, b => b.Geometry, r => new(
        r.Id, r.Text("community"), r.Int("population"), r.OptionalNumber("elderly_share", 0), r.Geometry<Geometry>(), r.Provenance()));

    /// <summary>Walkable streets: either name or both may be left out; a left-out kind takes <see cref="DefaultStreetKind"/>.</summary>
    public static LayerCodec<Street> Streets { get; } = new(LayerRegistry.Streets, s => s.Id, s => s.Geometry, r => new(
        r.Id, r.OptNames(), r.Optional("kind", DefaultStreetKind), r.Geometry<LineString>(), r.Provenance()));
}
