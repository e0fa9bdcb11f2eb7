using LifeCircle.Core.Data;

namespace LifeCircle.Core.Tests.Data;

public class ProblemRootsTests
{
    private static string SameName(string file) => file;

    [Fact]
    public void AReferenceToARecordThatCouldNotBeReadIsGroupedUnderThatRecordsError()
    {
        var root = new DatasetProblem("areas.geojson feature 2", "kind", "is required") { RecordId = "A2" };
        var dependent = new DatasetProblem("blocks.geojson feature 5", "community", "unknown area code 'A2'") { DependsOn = ("areas.geojson", "A2") };

        var resolved = ProblemRoots.Resolve([root, dependent], SameName);

        var only = Assert.Single(resolved);
        Assert.Equal(["blocks.geojson feature 5"], only.Affected);
        Assert.Contains("also affects 1 record(s): blocks.geojson feature 5", only.ToString());
    }

    [Fact]
    public void TheSameUnknownValueIsOneProblemAndDifferentValuesStaySeparate()
    {
        DatasetProblem Unknown(int feature, string code) =>
            new($"blocks.geojson feature {feature}", "community", $"unknown area code '{code}'") { DependsOn = ("areas.geojson", code) };

        var resolved = ProblemRoots.Resolve([Unknown(1, "X"), Unknown(2, "X"), Unknown(3, "Y")], SameName);

        Assert.Equal(["blocks.geojson feature 1", "blocks.geojson feature 3"], resolved.Select(p => p.Location));
        Assert.Equal(["blocks.geojson feature 2"], resolved[0].Affected);
    }

    [Fact]
    public void EverythingReferringToAnUnreadableFileIsGroupedUnderItsError()
    {
        var file = new DatasetProblem("areas.json", "(document)", "is malformed");
        var dependent = new DatasetProblem("blocks.geojson feature 1", "community", "unknown area code 'A1'") { DependsOn = ("areas.geojson", "A1") };

        var resolved = ProblemRoots.Resolve([file, dependent], f => f == "areas.geojson" ? "areas.json" : f);

        Assert.Equal(["blocks.geojson feature 1"], Assert.Single(resolved).Affected);
    }
}
