using NetTopologySuite.Geometries;
using NetTopologySuite.Index.Strtree;

namespace LifeCircle.Core.Coverage;

/// <summary>Where a point joins the network: on an edge, a fraction along it, after walking a connector.</summary>
/// <param name="Edge">The nearest edge.</param>
/// <param name="Along">Fraction 0..1 from the edge's first node to its second.</param>
/// <param name="ConnectorMetres">Straight walk from the point to the edge (counted in every walking time).</param>
public readonly record struct NetworkLocation(int Edge, double Along, double ConnectorMetres);

/// <summary>Finds the nearest edge of a <see cref="WalkingGraph"/> for points in metres.</summary>
public sealed class NetworkLocator
{
    private readonly WalkingGraph _graph;
    private readonly STRtree<int> _index = new();

    public NetworkLocator(WalkingGraph graph)
    {
        _graph = graph;
        for (int e = 0; e < graph.EdgeCount; e++)
        {
            int a = graph.EdgeFrom[e], b = graph.EdgeTo[e];
            _index.Insert(new Envelope(graph.X[a], graph.X[b], graph.Y[a], graph.Y[b]), e);
        }

        _index.Build();
    }

    /// <summary>The nearest edge to (x, y), or null when the graph has no edges.</summary>
    public NetworkLocation? Locate(double x, double y)
    {
        if (_graph.EdgeCount == 0)
        {
            return null;
        }

        var probe = new Envelope(x, x, y, y);
        int nearest = _index.NearestNeighbour(probe, -1, new EdgeDistance(_graph, x, y));
        var (t, d) = Project(nearest, x, y);
        return new NetworkLocation(nearest, t, d);
    }

    private (double Along, double Distance) Project(int e, double x, double y) => ProjectOnEdge(_graph, e, x, y);

    internal static (double Along, double Distance) ProjectOnEdge(WalkingGraph g, int e, double x, double y)
    {
        int a = g.EdgeFrom[e], b = g.EdgeTo[e];
        double dx = g.X[b] - g.X[a], dy = g.Y[b] - g.Y[a];
        double len2 = dx * dx + dy * dy;
        double t = len2 == 0 ? 0 : Math.Clamp(((x - g.X[a]) * dx + (y - g.Y[a]) * dy) / len2, 0, 1);
        double px = g.X[a] + t * dx - x, py = g.Y[a] + t * dy - y;
        return (t, Math.Sqrt(px * px + py * py));
    }

    /// <summary>Distance from the probe point to an edge, for the STRtree's nearest-neighbour search.</summary>
    private sealed class EdgeDistance(WalkingGraph graph, double x, double y) : IItemDistance<Envelope, int>
    {
        public double Distance(IBoundable<Envelope, int> item1, IBoundable<Envelope, int> item2)
        {
            int edge = item1.Item >= 0 ? item1.Item : item2.Item;
            return ProjectOnEdge(graph, edge, x, y).Distance;
        }
    }
}
