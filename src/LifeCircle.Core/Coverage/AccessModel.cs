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
    private readonly NetworkOrigins? _networkOrigins;
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
        _networkOrigins = locator is null ? null : new NetworkOrigins(Graph!, [.. _origins.Select(p => locator.Locate(p.X, p.Y)!.Value)]);
        _destinationLocations = _destinations.Select(p => locator?.Locate(p.X, p.Y)).ToArray();
    }

    public WalkingGraph? Graph { get; }

    public Walking Walking { get; }

    public double CutoffMinutes { get; }

    /// <summary>"network" or "straight-line-x1.3".</summary>
    public string Method => Graph is null ? StraightLineMethod : NetworkMethod;

    public int OriginCount => _origins.Length;

    /// <summary>For each origin, minutes to the nearest of the given destinations (+∞ beyond the cutoff or when none).</summary>
    public double[] MinutesToNearest(IReadOnlyCollection<int> destinations) => MinutesToNearest(destinations, []).First;

    /// <summary>For each origin, minutes to the nearest of <paramref name="first"/>, and to the nearest of both sets (+∞ beyond the cutoff or when none).</summary>
    /// <remarks>
    /// On a network the second search enters only nodes where the second set is nearer than the first
    /// (<see cref="MultiSourceSearch.Run"/>), so it costs what the second set changes rather than a whole search; the
    /// minimum of the two is exactly that of an unbounded search.
    /// </remarks>
    public (double[] First, double[] Both) MinutesToNearest(IReadOnlyCollection<int> first, IReadOnlyCollection<int> second)
    {
        if (Graph is null)
        {
            var straight = StraightLineMinutes(first);
            return (straight, second.Count == 0 ? straight : Min(straight, StraightLineMinutes(second)));
        }

        var firstSearch = TakeWorkspace();
        var firstMinutes = NetworkMinutes(first, firstSearch, nearerThan: null);
        double[] both = firstMinutes;
        if (second.Count > 0)
        {
            var secondSearch = TakeWorkspace();
            // An empty first set ran no search, so its workspace holds an older result: no bound then.
            both = Min(firstMinutes, NetworkMinutes(second, secondSearch, first.Count > 0 ? firstSearch.Distances : null));
            _workspaces.Add(secondSearch);
        }

        _workspaces.Add(firstSearch);
        return (firstMinutes, both);
    }

    private SearchWorkspace TakeWorkspace() => _workspaces.TryTake(out var free) ? free : new SearchWorkspace(Graph!);

    private double[] NetworkMinutes(IReadOnlyCollection<int> destinations, SearchWorkspace workspace, double[]? nearerThan)
    {
        var minutes = Unreached();
        if (destinations.Count == 0)
        {
            return minutes;
        }

        double cutoffMetres = Walking.Metres(CutoffMinutes);
        var sources = destinations.Select(d => _destinationLocations[d]!.Value).ToList();
        MultiSourceSearch.Run(Graph!, sources, cutoffMetres, workspace, nearerThan);
        _networkOrigins!.NearestMetres(workspace.Distances, sources, minutes);
        for (int o = 0; o < minutes.Length; o++)
        {
            minutes[o] = minutes[o] <= cutoffMetres ? Walking.Minutes(minutes[o]) : double.PositiveInfinity;
        }

        return minutes;
    }

    private double[] StraightLineMinutes(IReadOnlyCollection<int> destinations)
    {
        var minutes = Unreached();
        if (destinations.Count == 0)
        {
            return minutes;
        }

        double cutoffMetres = Walking.Metres(CutoffMinutes);
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

    private double[] Unreached()
    {
        var minutes = new double[_origins.Length];
        Array.Fill(minutes, double.PositiveInfinity);
        return minutes;
    }

    private static double[] Min(double[] a, double[] b)
    {
        var min = new double[a.Length];
        for (int i = 0; i < min.Length; i++)
        {
            min[i] = Math.Min(a[i], b[i]);
        }

        return min;
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
