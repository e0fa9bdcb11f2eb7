using LifeCircle.Core.Coverage;
using LifeCircle.Core.Planning;
using static LifeCircle.Core.Tests.Planning.PlanningGrid;

namespace LifeCircle.Core.Tests.Planning;

public class ReachTests
{
    [Fact]
    public void ReachGivesEachFacilityTheMinutesTheAccessEngineGivesABlockStandingAtThePoint()
    {
        var random = new Random(7);
        var facilities = Enumerable.Range(0, 30).Select(i => Facility($"f{i:00}", "pharmacy", random.NextDouble() * 1000, random.NextDouble() * 1000)).ToList();
        var network = Network(Streets(10, 100), [Block("b", 500, 500, 10)], facilities);
        var point = At(333, 471);

        var reached = Reach.From(network, point, 30, _ => true);

        var (x, y) = network.Projection.Project(point);
        var engine = new AccessModel(network.Graph, [(x, y)], facilities.Select(f => network.Projection.Project(f.Location)).ToList(), network.Walking, 30);
        Assert.NotEmpty(reached);
        for (int i = 0; i < facilities.Count; i++)
        {
            double expected = engine.MinutesToNearest([i])[0];
            var found = reached.SingleOrDefault(r => r.Facility.Id == facilities[i].Id);
            if (double.IsFinite(expected))
            {
                Assert.NotNull(found);
                Assert.Equal(expected, found.Minutes, 1e-9);
            }
            else
            {
                Assert.Null(found);
            }
        }
    }

    [Fact]
    public void ReachListsOnlyFacilitiesWithinTheMinutesNearestFirst()
    {
        // Along one street from the point at x=0: 240 m (4 min), 480 m (8 min), 720 m (12 min).
        var network = Network([.. Streets(1, 1200).Take(1), .. Streets(1, 1200).Skip(1).Take(1)], [Block("b", 0, 0, 1)],
            [Facility("far", "park", 0, 720), Facility("near", "park", 0, 240), Facility("mid", "park", 0, 480)]);

        var reached = Reach.From(network, At(0, 0), 10, _ => true);

        Assert.Equal(["near", "mid"], reached.Select(r => r.Facility.Id));
        Assert.Equal(4, reached[0].Minutes, 1e-6);
        Assert.Equal(8, reached[1].Minutes, 1e-6);
    }

    [Fact]
    public void ReachLeavesOutTheFacilitiesTheFilterRefuses()
    {
        var network = Network(Streets(2, 100), [Block("b", 0, 0, 1)], [Facility("a", "park", 100, 0), Facility("b", "pharmacy", 0, 100)]);

        var reached = Reach.From(network, At(0, 0), 10, f => f.Category == "pharmacy");

        Assert.Equal(["b"], reached.Select(r => r.Facility.Id));
    }
}
