using LifeCircle.Core.Geodesy;
using LifeCircle.Core.Model;
using NetTopologySuite.Geometries;

namespace LifeCircle.Core.Planning;

/// <summary>A residential block as demand: where its residents start walking, and how many they are.</summary>
/// <param name="Elderly">Elderly residents (population × the block's elderly share).</param>
public sealed record DemandBlock(string Id, string Community, GeoPosition Centre, int Population, double Elderly);

/// <summary>A facility as planning reads it: its category, whether it serves now, and where it stands (lon/lat).</summary>
public sealed record PlanningFacility(string Id, string? Name, string Category, bool Existing, string? Community, GeoPosition Location);

/// <summary>An area figures are given for: the district, a life circle or a community (its blocks are chosen by <see cref="PlanningNetwork"/>).</summary>
/// <param name="Geometry">The area's lon/lat outline; null for the district (every block) and for communities without one.</param>
public sealed record PlanningArea(string Id, string Kind, Geometry? Geometry);

/// <summary>What planning needs of a dataset version: demand, facilities, streets, areas, and the district's lon/lat extent.</summary>
public sealed record PlanningSource(
    IReadOnlyList<DemandBlock> Blocks,
    IReadOnlyList<PlanningFacility> Facilities,
    IReadOnlyList<LineString> Streets,
    IReadOnlyList<PlanningArea> Areas,
    Envelope Extent)
{
    /// <summary>The same inputs from a dataset (as an import or the command line holds it).</summary>
    public static PlanningSource FromDataset(Dataset d)
    {
        var blocks = d.Blocks.Select(b => new DemandBlock(b.Id, b.Community, Centre(b.Geometry), b.Population, b.Population * b.ElderlyShare)).ToList();
        var facilities = d.Facilities.Select(f => new PlanningFacility(f.Id, f.Name.Zh, f.Category, f.Status == FacilityStatus.Existing, f.Community,
            new GeoPosition(f.Location.X, f.Location.Y))).ToList();
        var areas = new List<PlanningArea> { new(d.District.Code, "district", null) };
        areas.AddRange(d.Circles.Select(c => new PlanningArea(c.Id, "circle", c.Geometry)));
        areas.AddRange(d.Areas.Where(a => a.Kind is AreaKinds.Community or AreaKinds.Village).Select(a => new PlanningArea(a.Code, a.Kind, a.Geometry)));
        var extent = new Envelope();
        foreach (var g in d.Blocks.Select(b => b.Geometry).Concat(d.Streets.Select(s => (Geometry)s.Geometry)).Concat(d.Facilities.Select(f => (Geometry)f.Location))
            .Concat(d.Circles.Select(c => c.Geometry)).Concat(d.Areas.Where(a => a.Geometry is not null).Select(a => a.Geometry!)))
        {
            extent.ExpandToInclude(g.EnvelopeInternal);
        }

        return new PlanningSource(blocks, facilities, d.Streets.Select(s => s.Geometry).ToList(), areas, extent);
    }

    /// <summary>Where a block's residents start: the centre of its geometry, as the coverage computation takes it.</summary>
    public static GeoPosition Centre(Geometry block)
    {
        var c = block.Centroid;
        return new GeoPosition(c.X, c.Y);
    }
}
