using LifeCircle.Core.Features;
using LifeCircle.Core.Geodesy;
using LifeCircle.Core.Planning;
using LifeCircle.Core.Problems;
using LifeCircle.Core.Queries;
using LifeCircle.Core.Versions;
using NetTopologySuite.Geometries;

namespace LifeCircle.Core.Operations;

/// <summary>A version's <see cref="PlanningNetwork"/>, built once from its published layers and held in the version cache.</summary>
public static class PlanningNetworks
{
    /// <summary>The network; 404 when the version publishes no streets (planning walks on them).</summary>
    public static async Task<PlanningNetwork> OfAsync(PublishedVersion version, CancellationToken ct) =>
        await FindAsync(version, ct) ?? throw ProblemException.NotFound(
            $"District {version.District.Code}'s dataset version {version.Id} publishes no street network; reach and the planning processes walk on streets.");

    /// <summary>The network, or null when the version publishes no streets.</summary>
    public static async Task<PlanningNetwork?> FindAsync(PublishedVersion version, CancellationToken ct) =>
        (await version.DerivedAsync("planning-network", async token => new Holder(PlanningNetwork.Build(await SourceAsync(version, token))),
            h => h.Network?.EstimatedBytes ?? 64, ct)).Network;

    /// <summary>Demand, facilities, streets and areas read from the version's collections.</summary>
    public static async Task<PlanningSource> SourceAsync(PublishedVersion version, CancellationToken ct)
    {
        async Task<(IReadOnlyList<FeatureRecord> Features, Envelope Extent)> All(CollectionDefinition c)
        {
            var snapshot = await version.SnapshotAsync(c, ct);
            return (snapshot.Query(new FeatureQuery { Limit = int.MaxValue }, ct).Features, snapshot.Extent);
        }

        var (facilities, facilityExtent) = await All(Collections.Facilities);
        var (blocks, blockExtent) = await All(Collections.Blocks);
        var (streets, streetExtent) = await All(Collections.Streets);
        var (circles, circleExtent) = await All(Collections.Circles);
        var (areas, areaExtent) = await All(Collections.Areas);

        var extent = new Envelope();
        foreach (var e in new[] { facilityExtent, blockExtent, streetExtent, circleExtent, areaExtent }.Where(e => !e.IsNull))
        {
            extent.ExpandToInclude(e);
        }

        var planningAreas = new List<PlanningArea> { new(version.District.Code, "district", null) };
        planningAreas.AddRange(circles.Select(c => new PlanningArea(c.Id, "circle", c.Geometry)));
        planningAreas.AddRange(areas.Where(a => a["kind"] is "community" or "village").Select(a => new PlanningArea(a.Id, (string)a["kind"]!, a.Geometry)));
        return new PlanningSource(
            blocks.Where(b => b.Geometry is not null).Select(b =>
            {
                int population = (int)(b["population"] as double? ?? 0);
                return new DemandBlock(b.Id, b["community"] as string ?? "", PlanningSource.Centre(b.Geometry!), population, population * (b["elderly_share"] as double? ?? 0));
            }).ToList(),
            facilities.Where(f => f.Geometry is Point).Select(f => new PlanningFacility(f.Id, f["name_zh"] as string, (string)f["category"]!, f["status"] as string == "existing",
                f["community"] as string, new GeoPosition(((Point)f.Geometry!).X, ((Point)f.Geometry!).Y))).ToList(),
            streets.Select(s => s.Geometry).OfType<LineString>().ToList(),
            planningAreas,
            extent);
    }

    /// <summary>The cache holds the answer even when there is no network, so a version without streets is not read again.</summary>
    private sealed record Holder(PlanningNetwork? Network);
}
