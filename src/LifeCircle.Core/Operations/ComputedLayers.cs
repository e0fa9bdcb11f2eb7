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
}
