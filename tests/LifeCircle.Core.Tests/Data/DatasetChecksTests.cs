using LifeCircle.Core.Data;
using LifeCircle.Tests.Shared;

namespace LifeCircle.Core.Tests.Data;

public class DatasetChecksTests
{
    [Fact]
    public void AConsistentDatasetHasNoProblems() =>
        Assert.Empty(DatasetChecks.Validate(TestDatasets.Build()));

    [Fact]
    public void UnknownReferencesAreReportedWithTheirFeatureAndField()
    {
        var d = TestDatasets.Build(facilities: 4);
        var bad = d with
        {
            Facilities = [d.Facilities[0], d.Facilities[1] with { Category = "casino", Community = "C9" }, d.Facilities[2] with { Themes = ["nightlife"] }],
        };

        var problems = DatasetChecks.Validate(bad);

        Assert.Contains(problems, p => p is { Location: "facilities.geojson feature 2", Field: "category" } && p.Message.Contains("casino"));
        Assert.Contains(problems, p => p is { Location: "facilities.geojson feature 2", Field: "community" } && p.Message.Contains("C9"));
        Assert.Contains(problems, p => p is { Location: "facilities.geojson feature 3", Field: "themes" } && p.Message.Contains("nightlife"));
        Assert.Equal(3, problems.Count);
    }

    [Fact]
    public void DuplicateIdsNameBothFeatures()
    {
        var d = TestDatasets.Build(facilities: 3);
        var bad = d with { Facilities = [d.Facilities[0], d.Facilities[1], d.Facilities[0] with { Name = new("重复", "Duplicate") }] };
        var problem = Assert.Single(DatasetChecks.Validate(bad));
        Assert.Equal(("facilities.geojson feature 3", "id"), (problem.Location, problem.Field));
        Assert.Contains("feature 1", problem.Message);
    }
}
