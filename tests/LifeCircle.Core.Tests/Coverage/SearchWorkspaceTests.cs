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
        var workspace = new SearchWorkspace(g.NodeCount);
        for (int run = 0; run < 50; run++)
        {
            var sources = Enumerable.Range(0, random.Next(0, 6)).Select(_ => new NetworkLocation(random.Next(g.EdgeCount), random.NextDouble(), random.Next(0, 50))).ToList();
            double cutoff = random.Next(100, 5000);

            MultiSourceSearch.Run(g, sources, cutoff, workspace);

            Assert.Equal(MultiSourceSearch.Distances(g, sources, cutoff), workspace.Distances);
        }
    }
}
