using LifeCircle.Core.Geodesy;
using LifeCircle.Core.Model;

namespace LifeCircle.Core.Coverage;

/// <summary>A dataset's walking network in metres, built once and shared by the coverage statistics and the isochrones.</summary>
/// <param name="Graph">Null when the dataset has no streets (straight-line method).</param>
public sealed record CoverageNetwork(LocalTransverseMercator Projection, WalkingGraph? Graph)
{
    /// <summary>Projects around the blocks' centre (where residents are) and nodes the streets.</summary>
    public static CoverageNetwork Build(Dataset d)
    {
        var centres = d.Blocks.Select(b => b.Geometry.Centroid).ToList();
        var origin = centres.Count > 0 ? new GeoPosition(centres.Average(c => c.X), centres.Average(c => c.Y))
            : d.Facilities.Count > 0 ? new GeoPosition(d.Facilities.Average(f => f.Location.X), d.Facilities.Average(f => f.Location.Y))
            : new GeoPosition(0, 0);
        var projection = new LocalTransverseMercator(origin);
        return new CoverageNetwork(projection, d.Streets.Count > 0 ? WalkingGraph.FromStreets(d.Streets.Select(s => s.Geometry), projection) : null);
    }
}
