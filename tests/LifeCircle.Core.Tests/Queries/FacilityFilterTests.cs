using LifeCircle.Core.Model;
using LifeCircle.Core.Queries;
using LifeCircle.Tests.Shared;

namespace LifeCircle.Core.Tests.Queries;

public class FacilityFilterTests
{
    private static readonly IReadOnlyList<Facility> Facilities = TestDatasets.Build(facilities: 60).Facilities;

    [Fact]
    public void TheEmptyFilterMatchesEverything() =>
        Assert.All(Facilities, f => Assert.True(FacilityFilter.None.Matches(f)));

    [Fact]
    public void EachCriterionNarrowsToTheFacilitiesThatHaveIt()
    {
        Assert.All(Facilities.Where(new FacilityFilter(Category: "park").Matches), f => Assert.Equal("park", f.Category));
        Assert.All(Facilities.Where(new FacilityFilter(Theme: "green-health").Matches), f => Assert.Contains(f.Category, new[] { "park", "pharmacy" }));
        Assert.All(Facilities.Where(new FacilityFilter(Community: "C2").Matches), f => Assert.Equal("C2", f.Community));
        Assert.All(Facilities.Where(new FacilityFilter(Status: FacilityStatus.Planned).Matches), f => Assert.Equal(FacilityStatus.Planned, f.Status));
        Assert.Equal(20, Facilities.Count(new FacilityFilter(Category: "park").Matches));
    }

    [Fact]
    public void CriteriaCombineWithAnd()
    {
        var filter = new FacilityFilter(new GeoBoundingBox(100, 30, 100.045, 30.02), "pharmacy", Community: "C1");
        var matched = Facilities.Where(filter.Matches).ToList();
        Assert.NotEmpty(matched);
        Assert.All(matched, f => Assert.True(f.Category == "pharmacy" && f.Community == "C1" && f.Location.X <= 100.045 && f.Location.Y <= 30.02));
    }
}
