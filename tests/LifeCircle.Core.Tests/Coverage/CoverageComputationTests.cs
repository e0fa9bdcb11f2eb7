using LifeCircle.Core.Coverage;
using LifeCircle.Core.Data;
using LifeCircle.Core.Geodesy;
using LifeCircle.Core.Model;
using LifeCircle.Tests.Shared;

namespace LifeCircle.Core.Tests.Coverage;

public class CoverageComputationTests
{
    private static readonly LocalTransverseMercator Tm = new(new GeoPosition(106.88, 39.44));

    private static NetTopologySuite.Geometries.Point At(double x, double y)
    {
        var p = Tm.Unproject(x, y);
        return GeoJson.Point(p.Lon, p.Lat);
    }

    private static NetTopologySuite.Geometries.LineString Street(double x1, double y1, double x2, double y2) =>
        GeoJson.Factory.CreateLineString([At(x1, y1).Coordinate, At(x2, y2).Coordinate]);

    /// <summary>A 1,200 m street with blocks A (x=0, 100 people) and B (x=600, 300 people), and block C (50 people) on a separate street.</summary>
    private static Dataset District()
    {
        var d = TestDatasets.Build(facilities: 0);
        FacilityCategory Cat(string code, int minutes) => new(code, new(code, code), minutes, ServiceTier.Basic, "test");
        Facility F(string id, string category, FacilityStatus status, double x) =>
            new(id, new(id, id), category, [], "C1", null, status, null, null, Provenance.Illustrative, At(x, 0));
        ResidentialBlock B(string id, int people, double share, double x, double y) => new(id, "C1", people, share, At(x, y), Provenance.Illustrative);

        return d with
        {
            Categories = [Cat("pharmacy", 5), Cat("park", 15), d.Categories[0] with { Tier = ServiceTier.Quality }],
            Themes = [new Theme("health-green", new("t", "t"), null, ["pharmacy", "park"])],
            Facilities = [F("pharmacy-1", "pharmacy", FacilityStatus.Existing, 600), F("park-1", "park", FacilityStatus.Planned, 0)],
            Blocks = [B("A", 100, 0.5, 0, 0), B("B", 300, 0.1, 600, 0), B("C", 50, 0.2, 5000, 5000)],
            Streets = [new Street("s1", null, "residential", Street(0, 0, 1200, 0), Provenance.Illustrative),
                       new Street("s2", null, "residential", Street(5000, 5000, 5100, 5000), Provenance.Illustrative)],
        };
    }

    private static CategoryCoverage Row(CoverageResult r, string category, int threshold, string scenario, string area = "999001") =>
        r.Categories.Single(c => c.Area == area && c.Category == category && c.Threshold == threshold && c.Scenario == scenario);

    [Fact]
    public void ABlockExactlyAtTheThresholdCountsAsCovered()
    {
        var model = new AccessModel(WalkingGraph.FromSegments([(0, 0, 1200, 0)]), [(0, 0)], [(600, 0)], Walking.Default, 30);
        double minutes = model.MinutesToNearest([0])[0];
        Assert.Equal(10.0, minutes, 1e-9);
        Assert.True(CoverageComputation.Reaches(minutes, 10));
        Assert.False(CoverageComputation.Reaches(minutes, 5));
    }

    [Fact]
    public void CoverageCountsResidentsAndElderlyWithinEachThreshold()
    {
        var r = CoverageComputation.Compute(District());

        Assert.Equal(AccessModel.NetworkMethod, r.Method.Method);
        var five = Row(r, "pharmacy", 5, Scenarios.Existing);
        Assert.Equal((450, 300, 0.6667), (five.Residents, five.ResidentsCovered, five.Share!.Value));
        Assert.Equal((90.0, 30.0), (five.Elderly, five.ElderlyCovered));
        var fifteen = Row(r, "pharmacy", 15, Scenarios.Existing);
        Assert.Equal(400, fifteen.ResidentsCovered);
        Assert.Equal(1, fifteen.Facilities);
    }

    [Fact]
    public void ADisconnectedBlockIsUnreachableInEveryScenario()
    {
        var r = CoverageComputation.Compute(District());
        int c = District().Blocks.ToList().FindIndex(b => b.Id == "C");
        Assert.True(double.IsPositiveInfinity(r.Blocks[c].Minutes[("pharmacy", Scenarios.Existing)]));
        Assert.True(double.IsPositiveInfinity(r.Blocks[c].Minutes[("park", Scenarios.WithPlanned)]));
        Assert.Null(Row(r, "pharmacy", 15, Scenarios.Existing).P90Minutes);
        Assert.Equal(0.0, Row(r, "pharmacy", 15, Scenarios.Existing).MedianMinutes!.Value, 0.05);
    }

    [Fact]
    public void PlannedFacilitiesCountOnlyInTheWithPlannedScenario()
    {
        var r = CoverageComputation.Compute(District());
        Assert.Equal(0, Row(r, "park", 15, Scenarios.Existing).ResidentsCovered);
        Assert.Equal(0, Row(r, "park", 15, Scenarios.Existing).Facilities);
        Assert.Equal(400, Row(r, "park", 15, Scenarios.WithPlanned).ResidentsCovered);
    }

    [Fact]
    public void ThemesAndHeadlinesNeedEveryBasicCategoryWithinItsLevel()
    {
        var r = CoverageComputation.Compute(District());
        var existing = r.Themes.Single(t => t.Area == "999001" && t.Scenario == Scenarios.Existing);
        var planned = r.Themes.Single(t => t.Area == "999001" && t.Scenario == Scenarios.WithPlanned);
        Assert.Equal(0, existing.ResidentsComplete);
        Assert.Equal(300, planned.ResidentsComplete);
        Assert.Equal(["pharmacy", "park"], planned.BasicCategories);

        var headline = r.Headlines.Single(h => h.Area == "999001" && h.Scenario == Scenarios.WithPlanned);
        Assert.Equal(300, headline.ResidentsComplete);
        Assert.Equal("pharmacy", headline.Limiting[0].Category);
        Assert.Equal(150, headline.Limiting[0].ResidentsNotReached);
    }

    [Fact]
    public void ABasicCategoryWithoutAnyFacilityIsLeftOutOfTheHeadlineWhichNamesTheCategoriesItCovers()
    {
        var d = District();
        var unsurveyed = new FacilityCategory("nursery", new("托育", "Nursery"), 5, ServiceTier.Basic, "test");
        var r = CoverageComputation.Compute(d with { Categories = [.. d.Categories, unsurveyed] });

        var headline = r.Headlines.Single(h => h.Area == "999001" && h.Scenario == Scenarios.WithPlanned);
        Assert.Equal(["pharmacy", "park"], headline.Categories);
        Assert.Equal(300, headline.ResidentsComplete);
        Assert.DoesNotContain(headline.Limiting, l => l.Category == "nursery");
    }

    [Fact]
    public void TheHeadlineCoversTheBasicCategoriesTheDistrictDeclares()
    {
        var d = District();
        var declared = d with { Metadata = d.Metadata with { Categories = new CategoryDeclarations(Headline: ["park"]) } };
        var r = CoverageComputation.Compute(declared);

        var headline = r.Headlines.Single(h => h.Area == "999001" && h.Scenario == Scenarios.WithPlanned);
        Assert.Equal(["park"], headline.Categories);
        Assert.Equal(400, headline.ResidentsComplete);
    }

    [Fact]
    public void ABlockPublishedAtTenMinutesIsCountedWithinTenMinutes()
    {
        // 600.42 m at 60 m a minute is 10.007 minutes, published as 10.0.
        var d = District();
        var near = d with
        {
            Categories = [new FacilityCategory("school", new("学校", "School"), 10, ServiceTier.Basic, "test")],
            Themes = [],
            Facilities = [new Facility("s1", new("s1", "s1"), "school", [], "C1", null, FacilityStatus.Existing, null, null, Provenance.Illustrative, At(600.42, 0))],
            Blocks = [d.Blocks[0]],
        };
        var r = CoverageComputation.Compute(near);
        var access = Assert.Single(CoverageLayers.AccessFeatures(near, r));

        Assert.Equal(10.0, (double)access["minutes_existing"]!);
        Assert.Equal(true, access["reaches_level_existing"]);
        Assert.Equal(100, Row(r, "school", 10, Scenarios.Existing).ResidentsCovered);
        Assert.Equal(10.0, Row(r, "school", 10, Scenarios.Existing).MedianMinutes);
    }

    [Fact]
    public void EveryHeadlineStatesTheBlockResidentsItCountsBesideTheDeclaredPopulation()
    {
        var d = District();
        var r = CoverageComputation.Compute(d with { District = d.District with { Population = 900 } });

        var population = r.Headlines.First(h => h.AreaKind == "district").Population;
        Assert.Equal((450, 900, 0.5), (population.BlockResidents, population.Declared, population.BlocksShareOfDeclared));
    }

    [Fact]
    public void EveryAreasFiguresAddUpToThePopulationTheyClaim()
    {
        var d = District();
        var r = CoverageComputation.Compute(d);
        Assert.All(r.Categories.Where(c => c.AreaKind == "district"), c => Assert.Equal(d.Blocks.Sum(b => b.Population), c.Residents));
        Assert.All(r.Categories, c => Assert.InRange(c.ResidentsCovered, 0, c.Residents));
        var byCommunity = r.Categories.Where(c => c.AreaKind == "community" && c.Category == "pharmacy" && c.Threshold == 5 && c.Scenario == Scenarios.Existing).ToList();
        Assert.Equal(d.Blocks.Sum(b => b.Population), byCommunity.Sum(c => c.Residents));
        Assert.Equal(r.Categories.Count, r.Headlines.Select(h => h.Area).Distinct().Count() * d.Categories.Count * 3 * 2);
    }
}
