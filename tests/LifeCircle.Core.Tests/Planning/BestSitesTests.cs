using LifeCircle.Core.Coverage;
using LifeCircle.Core.Geodesy;
using LifeCircle.Core.Planning;
using static LifeCircle.Core.Tests.Planning.PlanningGrid;

namespace LifeCircle.Core.Tests.Planning;

public class BestSitesTests
{
    private static PlanningNetwork District(int seed, int blocks)
    {
        var random = new Random(seed);
        var list = Enumerable.Range(0, blocks).Select(i => Block($"b{i:000}", random.NextDouble() * 2000, random.NextDouble() * 2000, random.Next(10, 500), random.Next(0, 100))).ToList();
        return Network(Streets(10, 200), list,
            [Facility("h1", "home-care", random.NextDouble() * 2000, random.NextDouble() * 2000), Facility("h2", "home-care", random.NextDouble() * 2000, random.NextDouble() * 2000, existing: false)]);
    }

    private static BestSitesQuestion Question(int k, IReadOnlyList<GeoPosition>? candidates, DemandWeight weight = DemandWeight.Residents, KeptFacilities keep = KeptFacilities.Existing) =>
        new(new HashSet<string> { "home-care" }, k, 10, weight, keep, candidates, CandidateSites.DefaultSpacingMetres, 5000);

    /// <summary>The optimum by trying every set of k candidates, each candidate's blocks found by the access engine itself.</summary>
    private static double Optimum(PlanningNetwork n, IReadOnlyList<GeoPosition> candidates, int k, DemandWeight weight)
    {
        var blocks = n.Source.Blocks;
        var w = blocks.Select(b => weight == DemandWeight.Elderly ? b.Elderly : b.Population).ToArray();
        var engine = new AccessModel(n.Graph, blocks.Select(b => n.Projection.Project(b.Centre)).ToList(),
            [.. candidates.Select(n.Projection.Project), .. n.Source.Facilities.Select(f => n.Projection.Project(f.Location))], n.Walking, 30);
        var kept = engine.MinutesToNearest([candidates.Count]).Select(m => CoverageComputation.Reaches(m, 10)).ToArray();
        var covers = Enumerable.Range(0, candidates.Count).Select(c => engine.MinutesToNearest([c]).Select(m => CoverageComputation.Reaches(m, 10)).ToArray()).ToList();
        double best = 0;
        foreach (var set in Subsets(candidates.Count, k))
        {
            best = Math.Max(best, Enumerable.Range(0, blocks.Count).Where(b => kept[b] || set.Any(c => covers[c][b])).Sum(b => w[b]));
        }

        return best;
    }

    private static IEnumerable<int[]> Subsets(int n, int k) =>
        k == 0 ? [[]] : Enumerable.Range(0, n).SelectMany(first => Subsets(n, k - 1).Where(rest => rest.All(r => r > first)).Select(rest => (int[])[first, .. rest]));

    [Theory]
    [InlineData(1, 12, 1, DemandWeight.Residents)]
    [InlineData(2, 12, 2, DemandWeight.Residents)]
    [InlineData(3, 12, 3, DemandWeight.Elderly)]
    [InlineData(4, 9, 3, DemandWeight.Residents)]
    [InlineData(5, 12, 3, DemandWeight.Residents)]
    public void OnSmallInstancesTheChosenSitesCoverExactlyTheOptimum(int seed, int candidateCount, int k, DemandWeight weight)
    {
        var network = District(seed, 60);
        var random = new Random(seed * 31);
        var candidates = Enumerable.Range(0, candidateCount).Select(_ => At(random.NextDouble() * 2000, random.NextDouble() * 2000)).ToList();

        var answer = BestSites.Choose(network, Question(k, candidates, weight));

        Assert.Equal("exhaustive", answer.Method);
        Assert.Equal(Optimum(network, candidates, k, weight), answer.Chosen.After, 1e-6);
        Assert.Equal(answer.Chosen.After, answer.OptimumAtMost, 1e-6);
        Assert.Equal(answer.Chosen.After - answer.Chosen.Before, answer.Sites.Sum(s => s.Gain), 1e-6);
    }

    [Fact]
    public void TheDistrictsPlannedSitesAreReportedForComparison()
    {
        var network = District(9, 80);

        var answer = BestSites.Choose(network, Question(1, null));

        Assert.Equal(1, answer.Planned.Sites);
        var existing = BestSites.Choose(network, Question(0, null, keep: KeptFacilities.Existing));
        var withPlanned = BestSites.Choose(network, Question(0, null, keep: KeptFacilities.ExistingAndPlanned));
        Assert.Equal(existing.Chosen.Before, answer.Planned.Before, 1e-6);
        Assert.Equal(withPlanned.Chosen.Before, answer.Planned.After, 1e-6);
        Assert.True(answer.Chosen.Gain >= 0);
        Assert.NotNull(answer.SpacingMetres);
    }

    [Fact]
    public void GeneratedCandidatesLieOnTheStreetsAtTheSpacing()
    {
        var network = District(3, 10);

        var (sites, spacing) = CandidateSites.AlongNetwork(network.Graph, 100, 5000);
        var (fewer, wider) = CandidateSites.AlongNetwork(network.Graph, 100, 50);

        Assert.Equal(100, spacing);
        Assert.Equal((21 * 21) - (10 * 10), sites.Count); // a 2 km grid of 200 m streets: one per 100 m square a street passes through (not the 10 × 10 between them)
        Assert.All(sites, s => Assert.Equal(0, s.ConnectorMetres));
        Assert.True(fewer.Count <= 50);
        Assert.True(wider > 100);
    }
}
