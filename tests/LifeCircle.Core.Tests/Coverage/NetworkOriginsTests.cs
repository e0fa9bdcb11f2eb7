using LifeCircle.Core.Coverage;

namespace LifeCircle.Core.Tests.Coverage;

public class NetworkOriginsTests
{
    [Fact]
    public void EveryPointGetsExactlyTheDistanceThatDistanceAtGives()
    {
        var random = new Random(20261206);
        int onSourceEdges = 0;
        for (int trial = 0; trial < 200; trial++)
        {
            var g = RandomNetworks.Graph(random);
            var sources = RandomNetworks.Locations(random, g, 0, 5);
            var points = RandomNetworks.Locations(random, g, 1, 12);
            // Some points on a source's own edge, where walking along the edge can beat going round by its nodes.
            points.AddRange(sources.Select(s => new NetworkLocation(s.Edge, random.NextDouble(), random.Next(0, 50))));
            double cutoff = random.Next(2) == 0 ? double.MaxValue : random.Next(200, 3000);
            var nodes = MultiSourceSearch.Distances(g, sources, cutoff);
            var byEdge = sources.ToLookup(s => s.Edge);

            var metres = new double[points.Count];
            new NetworkOrigins(g, points).NearestMetres(nodes, sources, metres);

            for (int p = 0; p < points.Count; p++)
            {
                double expected = MultiSourceSearch.DistanceAt(g, nodes, points[p], byEdge[points[p].Edge]);
                Assert.Equal(expected, metres[p]); // the same double, not merely close
                onSourceEdges += byEdge.Contains(points[p].Edge) ? 1 : 0;
            }
        }

        Assert.True(onSourceEdges > 100, $"only {onSourceEdges} points lay on a source's edge");
    }
}
