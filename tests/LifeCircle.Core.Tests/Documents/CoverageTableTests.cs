using LifeCircle.Core.Coverage;
using LifeCircle.Core.Documents;
using LifeCircle.Core.Model;

namespace LifeCircle.Core.Tests.Documents;

public class CoverageTableTests
{
    private static CoverageDocument Document(CoverageLabels? labels, double elderly)
    {
        var method = new CoverageMethod("network", 3.6, 30, 1.3, [5, 10, 15], 10, 12);
        return new CoverageDocument("999001", "v1", method, new CoverageFilters(null, "health-care", null, null, null),
            [new AreaHeadline("C1", "community", "existing", 1000, 600, 0.6, elderly, elderly / 2, 0.5, 700, 0.7, [], ["pharmacy"], new PopulationFigures(1000, 1250, 0.8))],
            [new ThemeCoverage("C1", "community", "health-care", "existing", 1000, 650, 0.65, ["pharmacy"])],
            [new CategoryCoverage("C1", "community", "pharmacy", 5, "existing", 1000, 650, 0.65, elderly, elderly / 2, 0.5, 2, 4.2, null)],
            []) { Labels = labels };
    }

    [Fact]
    public void EachAreaGivesItsHeadlineTwiceThenItsThemesThenItsCategoriesWithNamesBesideCodes()
    {
        var labels = new CoverageLabels(new("测试区", "Test District"), new Dictionary<string, LocalizedText> { ["C1"] = new("社区C1", "Community C1") },
            new Dictionary<string, LocalizedText> { ["health-care"] = new("健康医疗圈", "Health") }, new Dictionary<string, LocalizedText> { ["pharmacy"] = new("药店", "Pharmacy") });

        var rows = CoverageTable.Rows(Document(labels, 200.4));

        Assert.Equal([CoverageTable.Circle, CoverageTable.CircleWithin15, CoverageTable.ThemeFigure, CoverageTable.CategoryFigure], rows.Select(r => r.Figure));
        Assert.All(rows, r => Assert.Equal(new LocalizedText("社区C1", "Community C1"), r.AreaName));
        Assert.Equal((700, 0.7, (int?)15), (rows[1].ResidentsReached, rows[1].Share!.Value, rows[1].Threshold));
        Assert.Equal(new LocalizedText("药店", "Pharmacy"), rows[3].CategoryName);
        Assert.Equal("health-care", rows[3].Theme);
        Assert.Null(rows[3].P90Minutes);
    }

    [Theory]
    [InlineData(200.4, 200, 100)]
    [InlineData(200.5, 201, 100)]
    [InlineData(201.0, 201, 101)]
    public void ElderlyCountsAreWholePeopleRoundedHalfAwayFromZero(double elderly, long expected, long expectedReached)
    {
        var row = CoverageTable.Rows(Document(null, elderly)).Single(r => r.Figure == CoverageTable.CategoryFigure);

        Assert.Equal(expected, row.Elderly);
        Assert.Equal(expectedReached, row.ElderlyReached);
    }

    [Fact]
    public void WithoutLabelsTheCodesStandInForTheNames()
    {
        var row = CoverageTable.Rows(Document(null, 10)).Single(r => r.Figure == CoverageTable.CategoryFigure);

        Assert.Equal(new LocalizedText("C1", "C1"), row.AreaName);
        Assert.Equal(new LocalizedText("pharmacy", "pharmacy"), row.CategoryName);
    }
}
