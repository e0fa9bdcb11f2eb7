using LifeCircle.Core.Planning;

namespace LifeCircle.Core.Tests.Planning;

public class MaximalCoveringTests
{
    private static (List<int[]> Covers, double[] Weight) Instance(Random random, int candidates, int points)
    {
        var weight = Enumerable.Range(0, points).Select(_ => (double)random.Next(1, 100)).ToArray();
        var covers = Enumerable.Range(0, candidates)
            .Select(_ => Enumerable.Range(0, points).Where(_ => random.NextDouble() < 0.15).ToArray()).ToList();
        return (covers, weight);
    }

    private static double BruteForce(List<int[]> covers, double[] weight, int k)
    {
        double best = 0;
        int n = covers.Count;
        for (long mask = 0; mask < 1L << n; mask++)
        {
            if (long.PopCount(mask) != k)
            {
                continue;
            }

            var covered = new HashSet<int>();
            for (int c = 0; c < n; c++)
            {
                if ((mask & (1L << c)) != 0)
                {
                    covered.UnionWith(covers[c]);
                }
            }

            best = Math.Max(best, covered.Sum(p => weight[p]));
        }

        return best;
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    [InlineData(5)]
    public void OnRandomInstancesGreedyIsWithinItsGuaranteeAndItsBoundHoldsTheOptimum(int seed)
    {
        var random = new Random(seed);
        var (covers, weight) = Instance(random, 16, 60);
        int k = 4;

        var greedy = MaximalCovering.Greedy(covers, weight, new bool[weight.Length], k);
        double optimum = BruteForce(covers, weight, k);

        Assert.True(greedy.Covered >= (1 - 1 / Math.E) * optimum - 1e-9, $"greedy {greedy.Covered} < (1 - 1/e) × {optimum}");
        Assert.True(greedy.Covered <= optimum + 1e-9);
        Assert.True(greedy.UpperBound >= optimum - 1e-9, $"bound {greedy.UpperBound} < optimum {optimum}");
    }

    [Fact]
    public void GreedyAddsNoSiteThatCoversNothingNew()
    {
        var covers = new List<int[]> { new[] { 0, 1 }, new[] { 1 }, new[] { 0 } };

        var result = MaximalCovering.Greedy(covers, [5, 3], new bool[2], 3);

        Assert.Single(result.Sites);
        Assert.Equal(8, result.Covered);
    }

    [Fact]
    public void PointsAlreadyCoveredAddNothingToASite()
    {
        var covers = new List<int[]> { new[] { 0, 1 }, new[] { 2 } };

        var result = MaximalCovering.Solve(covers, [10, 10, 15], [true, true, false], 1);

        Assert.Equal("exhaustive", result.Method);
        Assert.Equal(1, result.Sites.Single().Candidate);
        Assert.Equal(15, result.Covered);
    }

    [Fact]
    public void LargeInstancesUseGreedyAndStateABoundAtLeastWhatTheyCover()
    {
        var (covers, weight) = Instance(new Random(5), 400, 300);

        var result = MaximalCovering.Solve(covers, weight, new bool[weight.Length], 10);

        Assert.Equal("greedy-lazy", result.Method);
        Assert.Equal(10, result.Sites.Count);
        Assert.True(result.UpperBound >= result.Covered);
        Assert.Equal(result.Covered, result.Sites.Sum(s => s.Gain), 1e-9);
    }
}
