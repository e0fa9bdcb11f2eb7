using System.Collections.Concurrent;
using LifeCircle.Core.Coverage;
using LifeCircle.Core.Geodesy;
using NetTopologySuite.Geometries;

namespace LifeCircle.Core.Planning;

/// <summary>One version's street network with its blocks and facilities located on it once, for the planning questions (reach, what-if, best sites).</summary>
/// <remarks>
/// Built with the coverage engine's own parts (projection around the blocks' centre, <see cref="WalkingGraph"/>,
/// <see cref="NetworkLocator"/>, <see cref="MultiSourceSearch"/>), so its minutes are the published ones.
/// Immutable once built; searches take a workspace from a pool, so requests may share it.
/// </remarks>
public sealed class PlanningNetwork
{
    private readonly ConcurrentBag<SearchWorkspace> _workspaces = [];
    private readonly NetworkOrigins _blocks;

    private PlanningNetwork(PlanningSource source, LocalTransverseMercator projection, WalkingGraph graph, Walking walking)
    {
        Source = source;
        Projection = projection;
        Graph = graph;
        Walking = walking;
        Locator = new NetworkLocator(graph);
        BlockLocations = source.Blocks.Select(b => Locate(b.Centre)).ToArray();
        FacilityLocations = source.Facilities.Select(f => Locate(f.Location)).ToArray();
        NodeEdges = Isochrones.NodeEdges(graph);
        Isochrones = new Isochrones(graph, projection, walking);

        _blocks = new NetworkOrigins(graph, BlockLocations);
        Areas = AreaBlocks(source);
    }

    public PlanningSource Source { get; }

    public LocalTransverseMercator Projection { get; }

    public WalkingGraph Graph { get; }

    public Walking Walking { get; }

    public NetworkLocator Locator { get; }

    /// <summary>Where each block's residents join the network (same order as the source's blocks).</summary>
    public NetworkLocation[] BlockLocations { get; }

    /// <summary>Where each facility joins the network (same order as the source's facilities).</summary>
    public NetworkLocation[] FacilityLocations { get; }

    /// <summary>Each area with the blocks whose centre lies in it (the district: every block; a community: its own blocks).</summary>
    public IReadOnlyList<(PlanningArea Area, int[] Blocks)> Areas { get; }

    /// <summary>The walking areas drawn for reach answers.</summary>
    public Isochrones Isochrones { get; }

    internal (int[] Offsets, int[] Edges) NodeEdges { get; }

    /// <summary>Roughly what the network holds in memory, for the version cache's byte budget.</summary>
    public long EstimatedBytes =>
        (Graph.NodeCount * 56L) + (Graph.EdgeCount * 60L) + (Source.Blocks.Count * 160L) + (Source.Facilities.Count * 200L) + (Source.Streets.Sum(s => (long)s.NumPoints) * 40L);

    /// <summary>The network of a version, or null when it publishes no streets (planning needs walking on streets).</summary>
    /// <param name="alreadyNoded">True when streets already meet only at shared end points (skips noding, as generated networks may).</param>
    public static PlanningNetwork? Build(PlanningSource source, Walking? walking = null, bool alreadyNoded = false)
    {
        if (source.Streets.Count == 0)
        {
            return null;
        }

        var projection = ProjectionOf(source);
        var graph = WalkingGraph.FromStreets(source.Streets, projection, alreadyNoded);
        return graph.EdgeCount == 0 ? null : new PlanningNetwork(source, projection, graph, walking ?? Walking.Default);
    }

    /// <summary>The projection the import's coverage network uses (CoverageNetwork.Build): centred on the mean block centre, else the mean facility.</summary>
    public static LocalTransverseMercator ProjectionOf(PlanningSource source) => new(
        source.Blocks.Count > 0 ? new GeoPosition(source.Blocks.Average(b => b.Centre.Lon), source.Blocks.Average(b => b.Centre.Lat))
        : source.Facilities.Count > 0 ? new GeoPosition(source.Facilities.Average(f => f.Location.Lon), source.Facilities.Average(f => f.Location.Lat))
        : new GeoPosition(0, 0));

    /// <summary>Where a lon/lat point joins the network.</summary>
    public NetworkLocation Locate(GeoPosition p)
    {
        var (x, y) = Projection.Project(p);
        return Locator.Locate(x, y)!.Value;
    }

    /// <summary>The lon/lat position a distance along an edge.</summary>
    public GeoPosition PositionOf(NetworkLocation at)
    {
        int a = Graph.EdgeFrom[at.Edge], b = Graph.EdgeTo[at.Edge];
        return Projection.Unproject(Graph.X[a] + (at.Along * (Graph.X[b] - Graph.X[a])), Graph.Y[a] + (at.Along * (Graph.Y[b] - Graph.Y[a])));
    }

    /// <summary>Metres from every block to the nearest of the sources (+∞ beyond the cutoff or when there are none).</summary>
    public double[] BlockMetres(IReadOnlyList<NetworkLocation> sources, double cutoffMetres)
    {
        var metres = new double[BlockLocations.Length];
        Array.Fill(metres, double.PositiveInfinity);
        if (sources.Count == 0)
        {
            return metres;
        }

        WithWorkspace(w =>
        {
            MultiSourceSearch.Run(Graph, sources, cutoffMetres, w);
            _blocks.NearestMetres(w.Distances, sources, metres);
        });
        for (int b = 0; b < metres.Length; b++)
        {
            metres[b] = metres[b] <= cutoffMetres ? metres[b] : double.PositiveInfinity;
        }

        return metres;
    }

    /// <summary>Runs one search from a single source and hands its workspace to <paramref name="read"/> while it holds the result.</summary>
    public T FromSource<T>(NetworkLocation source, double cutoffMetres, Func<SearchWorkspace, T> read)
    {
        T result = default!;
        WithWorkspace(w =>
        {
            MultiSourceSearch.Run(Graph, [source], cutoffMetres, w);
            result = read(w);
        });
        return result;
    }

    /// <summary>The blocks within <paramref name="cutoffMetres"/> of one source, with their metres, found from the nodes the search reached.</summary>
    public List<(int Block, double Metres)> BlocksNear(NetworkLocation source, double cutoffMetres) => FromSource(source, cutoffMetres, w =>
    {
        var found = new List<(int, double)>();
        var dist = w.Distances;
        var (offsets, edges) = NodeEdges;
        void Visit(int e)
        {
            foreach (int b in _blocks.OnEdge(e))
            {
                double d = MultiSourceSearch.DistanceAt(Graph, dist, BlockLocations[b], e == source.Edge ? [source] : []);
                if (d <= cutoffMetres)
                {
                    found.Add((b, d));
                }
            }
        }

        bool sourceEdgeSeen = false;
        foreach (int n in w.ReachedNodes)
        {
            for (int i = offsets[n]; i < offsets[n + 1]; i++)
            {
                int e = edges[i];
                int from = Graph.EdgeFrom[e];
                // Once per edge: from its first node, or from its second when the first was not reached.
                if (n == from || double.IsPositiveInfinity(dist[from]))
                {
                    sourceEdgeSeen |= e == source.Edge;
                    Visit(e);
                }
            }
        }

        if (!sourceEdgeSeen)
        {
            Visit(source.Edge);
        }

        return found;
    });

    private void WithWorkspace(Action<SearchWorkspace> run)
    {
        var w = _workspaces.TryTake(out var free) ? free : new SearchWorkspace(Graph);
        try
        {
            run(w);
        }
        finally
        {
            _workspaces.Add(w);
        }
    }

    private static List<(PlanningArea, int[])> AreaBlocks(PlanningSource s)
    {
        var factory = new GeometryFactory();
        var centres = s.Blocks.Select(b => factory.CreatePoint(new Coordinate(b.Centre.Lon, b.Centre.Lat))).ToList();
        return s.Areas.Select(a => (a, Enumerable.Range(0, s.Blocks.Count).Where(b => a.Kind switch
        {
            "district" => true,
            "circle" => a.Geometry?.Covers(centres[b]) ?? false,
            _ => s.Blocks[b].Community == a.Id,
        }).ToArray())).ToList();
    }
}
