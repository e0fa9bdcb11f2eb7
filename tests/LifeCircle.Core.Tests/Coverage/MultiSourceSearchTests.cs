using LifeCircle.Core.Coverage;

namespace LifeCircle.Core.Tests.Coverage;

public class MultiSourceSearchTests
{
    private static double[] Engine(WalkingGraph g, IReadOnlyList<NetworkLocation> sources, IReadOnlyList<NetworkLocation> origins, double cutoff = double.MaxValue)
    {
        var nodes = MultiSourceSearch.Distances(g, sources, cutoff);
        var byEdge = sources.ToLookup(s => s.Edge);
        return origins.Select(o => MultiSourceSearch.DistanceAt(g, nodes, o, byEdge[o.Edge])).ToArray();
    }

    /// <summary>A square with a diagonal and a tail, and one separate edge: nodes 0-4 connected, 5-6 apart.</summary>
    private static WalkingGraph HandBuilt() => WalkingGraph.FromSegments(
    [
        (0, 0, 100, 0), (100, 0, 100, 100), (100, 100, 0, 100), (0, 100, 0, 0), (0, 0, 100, 100), (100, 100, 300, 100),
        (1000, 1000, 1100, 1000),
    ]);

    [Fact]
    public void OnAHandBuiltGraphTheMinutesEqualTheBruteForceExactly()
    {
        var g = HandBuilt();
        NetworkLocation[] sources = [new(0, 0.25, 10), new(5, 1, 0)];
        NetworkLocation[] origins = [new(2, 0.5, 5), new(4, 0.9, 0), new(1, 0.1, 20), new(0, 0.75, 3)];

        var expected = BruteForce.NearestSourceDistances(g, sources, origins);
        Assert.Equal(expected, Engine(g, sources, origins), new ToleranceComparer(1e-9));
        Assert.All(expected, e => Assert.True(double.IsFinite(e)));
    }

    [Fact]
    public void APointOnTheSameEdgeAsASourceWalksStraightAlongIt()
    {
        var g = WalkingGraph.FromSegments([(0, 0, 1000, 0)]);
        var d = Engine(g, [new NetworkLocation(0, 0.5, 0)], [new NetworkLocation(0, 0.6, 0)]);
        Assert.Equal(100, d[0], 1e-9);
    }

    [Fact]
    public void DisconnectedPartsAreUnreachableNotZero()
    {
        var g = HandBuilt();
        var d = Engine(g, [new NetworkLocation(0, 0.5, 0)], [new NetworkLocation(6, 0.5, 0)]);
        Assert.True(double.IsPositiveInfinity(d[0]));
    }

    [Fact]
    public void DistancesBeyondTheCutoffAreUnreachable()
    {
        var g = WalkingGraph.FromSegments([(0, 0, 500, 0), (500, 0, 1000, 0)]);
        var nodes = MultiSourceSearch.Distances(g, [new NetworkLocation(0, 0, 0)], 600);
        Assert.Equal([0, 500, double.PositiveInfinity], nodes);
    }

    [Fact]
    public void OnRandomGraphsTheEngineAgreesWithTheBruteForce()
    {
        var random = new Random(150303);
        for (int trial = 0; trial < 150; trial++)
        {
            int nodes = random.Next(2, 25);
            var segments = new List<(double, double, double, double)>();
            var positions = Enumerable.Range(0, nodes).Select(_ => (X: random.Next(0, 2000) * 1.0, Y: random.Next(0, 2000) * 1.0)).Distinct().ToList();
            int edges = random.Next(1, positions.Count * 2);
            for (int e = 0; e < edges; e++)
            {
                var a = positions[random.Next(positions.Count)];
                var b = positions[random.Next(positions.Count)];
                segments.Add((a.X, a.Y, b.X, b.Y));
            }

            var g = WalkingGraph.FromSegments(segments);
            if (g.EdgeCount == 0)
            {
                continue;
            }

            NetworkLocation Random() => new(random.Next(g.EdgeCount), random.NextDouble(), random.Next(0, 50));
            var sources = Enumerable.Range(0, random.Next(0, 4)).Select(_ => Random()).ToList();
            var origins = Enumerable.Range(0, random.Next(1, 6)).Select(_ => Random()).ToList();

            var expected = BruteForce.NearestSourceDistances(g, sources, origins);
            Assert.Equal(expected, Engine(g, sources, origins), new ToleranceComparer(1e-6));
        }
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void ASecondSearchBoundedByTheFirstGivesTheSameNearerDistancesAndReachesFewerNodes(bool extremeEdges)
    {
        var random = new Random(extremeEdges ? 611 : 612);
        int boundedReached = 0, unboundedReached = 0;
        for (int trial = 0; trial < 200; trial++)
        {
            var g = RandomNetworks.Graph(random, extremeEdges);
            var (first, second) = (new SearchWorkspace(g), new SearchWorkspace(g));
            Assert.Equal(!extremeEdges, first.UsesBuckets);
            var firstSources = RandomNetworks.Locations(random, g, 1, 5);
            var secondSources = RandomNetworks.Locations(random, g, 1, 4);
            double cutoff = random.Next(2) == 0 ? double.MaxValue : random.Next(200, 3000);
            MultiSourceSearch.Run(g, firstSources, cutoff, first);

            MultiSourceSearch.Run(g, secondSources, cutoff, second, nearerThan: first.Distances);

            var unbounded = MultiSourceSearch.Distances(g, secondSources, cutoff);
            for (int v = 0; v < g.NodeCount; v++)
            {
                Assert.Equal(Math.Min(first.Distances[v], unbounded[v]), Math.Min(first.Distances[v], second.Distances[v]));
            }

            boundedReached += second.ReachedNodes.Length;
            unboundedReached += unbounded.Count(double.IsFinite);
        }

        Assert.True(boundedReached < unboundedReached * 0.8, $"bounded {boundedReached} nodes, unbounded {unboundedReached}");
    }

    private sealed class ToleranceComparer(double tolerance) : IEqualityComparer<double>
    {
        public bool Equals(double x, double y) => (double.IsPositiveInfinity(x) && double.IsPositiveInfinity(y)) || Math.Abs(x - y) <= tolerance;

        public int GetHashCode(double obj) => 0;
    }
}
