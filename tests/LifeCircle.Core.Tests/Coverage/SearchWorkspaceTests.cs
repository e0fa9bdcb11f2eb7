using LifeCircle.Core.Coverage;

namespace LifeCircle.Core.Tests.Coverage;

public class SearchWorkspaceTests
{
    [Fact]
    public void ASearchInAReusedWorkspaceEqualsOneInAFreshWorkspace()
    {
        var random = new Random(4711);
        var segments = Enumerable.Range(0, 400).Select(_ =>
            (random.Next(0, 3000) * 1.0, random.Next(0, 3000) * 1.0, random.Next(0, 3000) * 1.0, random.Next(0, 3000) * 1.0)).ToList();
        var g = WalkingGraph.FromSegments(segments);
        var workspace = new SearchWorkspace(g);
        for (int run = 0; run < 50; run++)
        {
            var sources = Enumerable.Range(0, random.Next(0, 6)).Select(_ => new NetworkLocation(random.Next(g.EdgeCount), random.NextDouble(), random.Next(0, 50))).ToList();
            double cutoff = random.Next(100, 5000);

            MultiSourceSearch.Run(g, sources, cutoff, workspace);

            Assert.Equal(MultiSourceSearch.Distances(g, sources, cutoff), workspace.Distances);
        }
    }
}

public class SearchQueueTests
{
    /// <summary>Random graphs plus one 1 cm edge and one 20 km edge, a ratio beyond <see cref="SearchWorkspace.MaxBuckets"/>.</summary>
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void BothQueuesAgreeWithTheBruteForce(bool extremeEdges)
    {
        var random = new Random(extremeEdges ? 77 : 78);
        for (int trial = 0; trial < 100; trial++)
        {
            var g = RandomNetworks.Graph(random, extremeEdges);
            var workspace = new SearchWorkspace(g);
            Assert.Equal(!extremeEdges, workspace.UsesBuckets);
            var sources = RandomNetworks.Locations(random, g, 0, 4);
            var origins = RandomNetworks.Locations(random, g, 1, 6);
            double cutoff = random.Next(0, 2) == 0 ? double.MaxValue : random.Next(200, 3000);

            MultiSourceSearch.Run(g, sources, cutoff, workspace);
            var byEdge = sources.ToLookup(s => s.Edge);
            var engine = origins.Select(o => MultiSourceSearch.DistanceAt(g, workspace.Distances, o, byEdge[o.Edge])).ToArray();
            var expected = BruteForce.NearestSourceDistances(g, sources, origins);
            for (int o = 0; o < origins.Count; o++)
            {
                // Beyond the cutoff the engine says +∞; within it, the brute force's distance.
                if (expected[o] <= cutoff - origins[o].ConnectorMetres - 1e-6)
                {
                    Assert.Equal(expected[o], engine[o], 1e-6);
                }
                else if (double.IsPositiveInfinity(expected[o]))
                {
                    Assert.True(double.IsPositiveInfinity(engine[o]));
                }
            }
        }
    }
}
