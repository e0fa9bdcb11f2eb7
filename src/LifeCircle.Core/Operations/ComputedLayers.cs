using LifeCircle.Core.Coverage;
using LifeCircle.Core.Features;
using LifeCircle.Core.Planning;
using LifeCircle.Core.Queries;
using LifeCircle.Core.Versions;
using NetTopologySuite.Geometries;

namespace LifeCircle.Core.Operations;

/// <summary>The layers versions do not store, computed from their published layers when first read: the isochrones.</summary>
public sealed class ComputedLayers : IComputedLayers
{
    /// <inheritdoc/>
    public async Task<IReadOnlyList<FeatureRecord>> ComputeAsync(PublishedVersion version, CollectionDefinition collection, CancellationToken cancellationToken) =>
        collection.Id == Collections.Isochrones.Id
            ? await IsochronesAsync(version, cancellationToken)
            : throw new NotSupportedException($"Collection '{collection.Id}' is not computed on read.");

    /// <summary>What the import used to compute and store: every facility's areas at the coverage method's thresholds, on the version's planning network.</summary>
    /// <remarks>Without streets, straight-line areas around the same projection, as the import drew them; none when the version was published without coverage.</remarks>
    public static async Task<IReadOnlyList<FeatureRecord>> IsochronesAsync(PublishedVersion version, CancellationToken ct)
    {
        if (await version.CoverageAsync(ct) is not { Method: var method })
        {
            return [];
        }

        var walking = new Walking(method.WalkingSpeedKmh);
        var network = await PlanningNetworks.FindAsync(version, ct);
        var isochrones = network is null ? new Isochrones(null, PlanningNetwork.ProjectionOf(await PlanningNetworks.SourceAsync(version, ct)), walking)
            : network.Walking == walking ? network.Isochrones
            : new Isochrones(network.Graph, network.Projection, walking);
        var facilities = (await version.SnapshotAsync(Collections.Facilities, ct)).Query(new FeatureQuery { Limit = int.MaxValue }, ct).Features
            .Where(f => f.Geometry is Point)
            .Select(f => new IsochroneFacility(f.Id, f["name_zh"] as string, (string)f["category"]!, (string)f["status"]!, (Point)f.Geometry!))
            .ToList();
        return CoverageLayers.IsochroneFeatures(facilities, isochrones, method);
    }

    /// <summary>What a computed collection's description says (count, extent, years) without computing it, so listing collections stays cheap.</summary>
    public static Task<LayerOutline> OutlineAsync(PublishedVersion version, CollectionDefinition collection, CancellationToken ct) =>
        collection.Id == Collections.Isochrones.Id
            ? IsochronesOutlineAsync(version, ct)
            : throw new NotSupportedException($"Collection '{collection.Id}' is not computed on read.");

    /// <summary>How many features the isochrones layer holds and a box containing every one, from the facilities alone, so listing collections does not compute the layer.</summary>
    /// <remarks>No area reaches farther from its facility than the longest threshold's walk plus the drawing's buffer and a grid cell either way, and a walk along streets is never shorter than the straight line.</remarks>
    public static async Task<LayerOutline> IsochronesOutlineAsync(PublishedVersion version, CancellationToken ct)
    {
        if (await version.CoverageAsync(ct) is not { Method: var method } || method.Thresholds.Count == 0)
        {
            return new LayerOutline(0, new Envelope(), null);
        }

        var facilities = await version.OutlineAsync(Collections.Facilities, ct);
        var box = facilities.Extent;
        if (box.IsNull)
        {
            return new LayerOutline(0, box, null);
        }

        double metres = (method.Thresholds.Max() * method.WalkingSpeedKmh * 1000 / 60) + Isochrones.BufferMetres + (2 * Isochrones.CellMetres);
        double farthestLatitude = Math.Min(89, Math.Max(Math.Abs(box.MinY), Math.Abs(box.MaxY)) + 1);
        double dy = metres / MetresPerDegree, dx = metres / (MetresPerDegree * Math.Cos(farthestLatitude * Math.PI / 180));
        return new LayerOutline(facilities.Count * method.Thresholds.Count, new Envelope(box.MinX - dx, box.MaxX + dx, box.MinY - dy, box.MaxY + dy), null);
    }

    // The shortest a degree of latitude gets (at the equator, on WGS 84), so the box errs on the large side.
    private const double MetresPerDegree = 110_574;
}
