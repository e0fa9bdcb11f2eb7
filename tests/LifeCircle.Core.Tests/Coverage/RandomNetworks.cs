using LifeCircle.Core.Coverage;

namespace LifeCircle.Core.Tests.Coverage;

/// <summary>Small random street networks and points on them, for comparing the engine's shortcuts with its plain paths.</summary>
internal static class RandomNetworks
{
    /// <summary>A graph of up to 30 nodes on a 2 km square; with <paramref name="extremeEdges"/> also a 1 cm and a 20 km edge, so searches use the heap, not buckets.</summary>
    public static WalkingGraph Graph(Random random, bool extremeEdges = false)
    {
        while (true)
        {
            var positions = Enumerable.Range(0, random.Next(2, 30)).Select(_ => (X: random.Next(0, 2000) * 1.0, Y: random.Next(0, 2000) * 1.0)).Distinct().ToList();
            var segments = Enumerable.Range(0, random.Next(1, positions.Count * 2)).Select(_ =>
            {
                var (a, b) = (positions[random.Next(positions.Count)], positions[random.Next(positions.Count)]);
                return (a.X, a.Y, b.X, b.Y);
            }).ToList();
            if (extremeEdges)
            {
                var p = positions[0];
                segments.AddRange([(p.X, p.Y, p.X + 0.01, p.Y), (p.X, p.Y, p.X, p.Y + 20_000)]);
            }

            var g = WalkingGraph.FromSegments(segments);
            if (g.EdgeCount > 0)
            {
                return g;
            }
        }
    }

    public static NetworkLocation Location(Random random, WalkingGraph g) => new(random.Next(g.EdgeCount), random.NextDouble(), random.Next(0, 50));

    public static List<NetworkLocation> Locations(Random random, WalkingGraph g, int min, int max) =>
        [.. Enumerable.Range(0, random.Next(min, max)).Select(_ => Location(random, g))];
}
