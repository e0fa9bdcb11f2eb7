using System.Collections.Concurrent;
using NetTopologySuite.Geometries;
using NetTopologySuite.Index.Strtree;

namespace LifeCircle.Core.Coverage;

/// <summary>Walking minutes from every origin (residential block) to the nearest of a set of destinations (facilities).</summary>
/// <remarks>
/// With a street network: network distance (connectors included) by <see cref="MultiSourceSearch"/>.
/// Without one: straight-line distance times <see cref="DetourFactor"/>, labelled as such.
/// Minutes beyond the cutoff, and origins on parts of the network no destination reaches, are +∞ ("unreachable").
/// </remarks>
public sealed class AccessModel
{
    /// <summary>Ratio of walked to straight-line distance assumed without a network (typical urban values are 1.2–1.4).</summary>
    public const double DetourFactor = 1.3;

    public const string NetworkMethod = "network";
    public const string StraightLineMethod = "straight-line-x1.3";

    private readonly (double X, double Y)[] _origins;
    private readonly (double X, double Y)[] _destinations;
    private readonly NetworkLocation?[] _originLocations;
    private readonly NetworkLocation?[] _destinationLocations;

    // Searches run concurrently (one per category and scenario); each takes a workspace and gives it back.
    private readonly ConcurrentBag<SearchWorkspace> _workspaces = [];

    public AccessModel(WalkingGraph? graph, IReadOnlyList<(double X, double Y)> origins, IReadOnlyList<(double X, double Y)> destinations, Walking walking, double cutoffMinutes)
    {
        Graph = graph is { EdgeCount: > 0 } ? graph : null;
        Walking = walking;
        CutoffMinutes = cutoffMinutes;
        _origins = [.. origins];
        _destinations = [.. destinations];
        var locator = Graph is null ? null : new NetworkLocator(Graph);
        _originLocations = _origins.Select(p => locator?.Locate(p.X, p.Y)).ToArray();
        _destinationLocations = _destinations.Select(p => locator?.Locate(p.X, p.Y)).ToArray();
    }

    public WalkingGraph? Graph { get; }

    public Walking Walking { get; }

    public double CutoffMinutes { get; }

    /// <summary>"network" or "straight-line-x1.3".</summary>
    public string Method => Graph is null ? StraightLineMethod : NetworkMethod;

    public int OriginCount => _origins.Length;

    /// <summary>For each origin, minutes to the nearest of the given destinations (+∞ beyond the cutoff or when none).</summary>
    public double[] MinutesToNearest(IReadOnlyCollection<int> destinations)
    {
        var minutes = new double[_origins.Length];
        Array.Fill(minutes, double.PositiveInfinity);
        if (destinations.Count == 0)
        {
            return minutes;
        }

        double cutoffMetres = Walking.Metres(CutoffMinutes);
        if (Graph is null)
        {
            var index = new STRtree<int>();
            foreach (int d in destinations)
            {
                index.Insert(new Envelope(_destinations[d].X, _destinations[d].X, _destinations[d].Y, _destinations[d].Y), d);
            }

            index.Build();
            for (int o = 0; o < _origins.Length; o++)
            {
                var (x, y) = _origins[o];
                int nearest = index.NearestNeighbour(new Envelope(x, x, y, y), -1, new PointDistance(_destinations, x, y));
                double metres = Math.Sqrt(Sq(_destinations[nearest].X - x) + Sq(_destinations[nearest].Y - y)) * DetourFactor;
                minutes[o] = metres <= cutoffMetres ? Walking.Minutes(metres) : double.PositiveInfinity;
            }

            return minutes;
        }

        var sources = destinations.Select(d => _destinationLocations[d]!.Value).ToList();
        var byEdge = sources.ToLookup(s => s.Edge);
        var workspace = _workspaces.TryTake(out var free) ? free : new SearchWorkspace(Graph);
        MultiSourceSearch.Run(Graph, sources, cutoffMetres, workspace);
        for (int o = 0; o < _origins.Length; o++)
        {
            var at = _originLocations[o]!.Value;
            double metres = MultiSourceSearch.DistanceAt(Graph, workspace.Distances, at, byEdge.Contains(at.Edge) ? byEdge[at.Edge] : []);
            minutes[o] = metres <= cutoffMetres ? Walking.Minutes(metres) : double.PositiveInfinity;
        }

        _workspaces.Add(workspace);
        return minutes;
    }

    private static double Sq(double v) => v * v;

    private sealed class PointDistance((double X, double Y)[] points, double x, double y) : IItemDistance<Envelope, int>
    {
        public double Distance(IBoundable<Envelope, int> item1, IBoundable<Envelope, int> item2)
        {
            int i = item1.Item >= 0 ? item1.Item : item2.Item;
            return Math.Sqrt(Sq(points[i].X - x) + Sq(points[i].Y - y));
        }
    }
}
