using LifeCircle.Core.Planning;
using static LifeCircle.Core.Tests.Planning.PlanningGrid;

namespace LifeCircle.Core.Tests.Planning;

public class WhatIfTests
{
    private static PlanningNetwork District()
    {
        var random = new Random(11);
        var blocks = Enumerable.Range(0, 40).Select(i => Block($"b{i:00}", random.NextDouble() * 2000, random.NextDouble() * 2000, 100 + i, 10 + i)).ToList();
        return Network(Streets(10, 200), blocks,
            [Facility("p1", "pharmacy", 300, 300), Facility("p2", "pharmacy", 1600, 1700, existing: false), Facility("k1", "park", 1000, 1000)]);
    }

    [Fact]
    public void NothingChangedGivesZeroChangesInEveryRow()
    {
        var answer = WhatIf.Evaluate(District(), [], new HashSet<string>(), ["pharmacy", "park"]);

        Assert.Equal(2 * 2 * 2 * 3, answer.Categories.Count); // categories × scenarios × areas × thresholds
        Assert.Contains(answer.Categories, r => r.ResidentsCovered > 0);
        Assert.All(answer.Categories, r =>
        {
            Assert.Equal(0, r.ResidentsCoveredChange);
            Assert.Equal(0, r.ElderlyCoveredChange);
            Assert.Equal(0, r.FacilitiesChange);
            Assert.Equal(r.ResidentsCoveredBefore, r.ResidentsCovered);
        });
        Assert.Empty(answer.Blocks);
    }

    [Fact]
    public void AddingAFacilityWhereAnExistingOneStandsChangesNoCoverage()
    {
        var network = District();
        var existing = network.Source.Facilities.Single(f => f.Id == "p1");

        var answer = WhatIf.Evaluate(network, [new AddedFacility(existing.Location, "pharmacy", "twin")], new HashSet<string>());

        Assert.NotEmpty(answer.Categories);
        Assert.All(answer.Categories, r => Assert.Equal(0, r.ResidentsCoveredChange));
        Assert.All(answer.Categories, r => Assert.Equal(0, r.ElderlyCoveredChange));
        Assert.Empty(answer.Blocks);
        Assert.All(answer.Categories.Where(r => r.AreaKind == "district"), r => Assert.Equal(1, r.FacilitiesChange));
    }

    [Fact]
    public void RemovingTheOnlyParkUncoversTheBlocksItCovered()
    {
        var network = District();
        var before = WhatIf.Evaluate(network, [], new HashSet<string>(), ["park"]);

        var answer = WhatIf.Evaluate(network, [], new HashSet<string> { "k1" });

        var row = answer.Categories.Single(r => r.AreaKind == "district" && r.Threshold == 15 && r.Scenario == "existing");
        Assert.Equal("park", row.Category);
        Assert.True(row.ResidentsCoveredBefore > 0);
        Assert.Equal(0, row.ResidentsCovered);
        Assert.Equal(-row.ResidentsCoveredBefore, row.ResidentsCoveredChange);
        Assert.Equal(before.Categories.Single(r => r.AreaKind == "district" && r.Threshold == 15 && r.Scenario == "existing").ResidentsCovered, row.ResidentsCoveredBefore);
        Assert.All(answer.Blocks.Where(b => b.Scenario == "existing"), b => Assert.Null(b.Minutes));
        Assert.NotEmpty(answer.Blocks);
    }

    [Fact]
    public void AddingAFacilityNearUncoveredBlocksCoversThem()
    {
        var network = District();
        var far = network.Source.Blocks.OrderByDescending(b => b.Centre.Lon + b.Centre.Lat).First();

        var answer = WhatIf.Evaluate(network, [new AddedFacility(far.Centre, "park", null)], new HashSet<string>());

        Assert.Contains(answer.Blocks, b => b.Block == far.Id && b.Category == "park" && b.Minutes < b.MinutesBefore);
        Assert.All(answer.Categories, r => Assert.True(r.ResidentsCoveredChange >= 0));
    }
}
