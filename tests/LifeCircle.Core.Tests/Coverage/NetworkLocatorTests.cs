using LifeCircle.Core.Coverage;

namespace LifeCircle.Core.Tests.Coverage;

public class NetworkLocatorTests
{
    /// <summary>The nearest edge by trying every edge; ties go to the lowest edge id.</summary>
    private static NetworkLocation Nearest(WalkingGraph g, double x, double y)
    {
        var best = new NetworkLocation(-1, 0, double.PositiveInfinity);
        for (int e = 0; e < g.EdgeCount; e++)
        {
            var (t, d) = NetworkLocator.ProjectOnEdge(g, e, x, y);
            if (d < best.ConnectorMetres)
            {
                best = new NetworkLocation(e, t, d);
            }
        }

        return best;
    }

    [Fact]
    public void OnRandomStreetSetsTheLocatorFindsTheSameEdgeAsTryingEveryEdge()
    {
        var random = new Random(20261129);
        for (int trial = 0; trial < 200; trial++)
        {
            int nodes = random.Next(2, 40);
            double span = random.Next(1, 4) * 1000;
            var positions = Enumerable.Range(0, nodes).Select(_ => (X: random.NextDouble() * span, Y: random.NextDouble() * span * random.Next(0, 2))).ToList();
            var segments = Enumerable.Range(0, random.Next(1, nodes * 2)).Select(_ =>
            {
                var (a, b) = (positions[random.Next(nodes)], positions[random.Next(nodes)]);
                return (a.X, a.Y, b.X, b.Y);
            }).ToList();
            var g = WalkingGraph.FromSegments(segments);
            if (g.EdgeCount == 0)
            {
                continue;
            }

            var locator = new NetworkLocator(g);
            for (int p = 0; p < 30; p++)
            {
                // Some points well outside the network's extent.
                double x = (random.NextDouble() * 3 - 1) * span, y = (random.NextDouble() * 3 - 1) * span;
                Assert.Equal(Nearest(g, x, y), locator.Locate(x, y));
            }
        }
    }

    [Fact]
    public void OnAStreetGridPointsEquallyNearSeveralEdgesGoToTheLowestEdgeId()
    {
        var segments = new List<(double, double, double, double)>();
        for (int i = 0; i < 12; i++)
        {
            for (int j = 0; j < 12; j++)
            {
                segments.Add((i * 80, j * 80, (i + 1) * 80, j * 80));
                segments.Add((i * 80, j * 80, i * 80, (j + 1) * 80));
            }
        }

        var g = WalkingGraph.FromSegments(segments);
        var locator = new NetworkLocator(g);
        for (int i = -2; i < 30; i++)
        {
            for (int j = -2; j < 30; j++)
            {
                Assert.Equal(Nearest(g, i * 40, j * 40), locator.Locate(i * 40, j * 40));
            }
        }
    }

    [Fact]
    public void AGraphWithoutEdgesLocatesNothing() =>
        Assert.Null(new NetworkLocator(WalkingGraph.FromSegments([(5, 5, 5, 5)])).Locate(0, 0));
}
