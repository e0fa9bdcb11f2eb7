using System.Text.Json.Nodes;
using LifeCircle.Core.Importing;
using LifeCircle.Tests.Shared;

namespace LifeCircle.Core.Tests.Data;

/// <summary>Impossible figures (a share as a percentage, a negative population, a two-digit year) are refused where they are in the package.</summary>
public sealed class DatasetRangeChecksTests : IDisposable
{
    private readonly TempFolder _folder = new("lc-ranges");

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void AnElderlyShareWrittenAsAPercentageIsAnErrorThatSaysToDivideByOneHundred()
    {
        SecondDistrictPackage.Write(_folder);
        EditArea(0, p => p["elderly_share"] = 21);

        var check = CheckedPackage.Read(_folder);

        var error = Assert.Single(check.Errors);
        Assert.Equal(("areas.geojson feature 1", "elderly_share", "21 is not allowed; give a number from 0 to 1"), (error.Location, error.Field, error.Message));
        Assert.Contains("looks like a percentage", error.Hint);
        Assert.Contains("(0.21)", error.Hint);
    }

    [Fact]
    public void SharesOutsideZeroToOneAndANegativePopulationAreEachAnErrorNamingFeatureFieldAndValue()
    {
        SecondDistrictPackage.Write(_folder);
        EditArea(0, p => p["elderly_share"] = 1.5);
        EditArea(1, p =>
        {
            p["elderly_share"] = -0.2;
            p["population"] = -100;
        });

        var check = CheckedPackage.Read(_folder);

        Assert.Equal(
            ["areas.geojson feature 1: elderly_share: 1.5 is not allowed; give a number from 0 to 1",
             "areas.geojson feature 2: population: -100 is not allowed; give a number of at least 0",
             "areas.geojson feature 2: elderly_share: -0.2 is not allowed; give a number from 0 to 1"],
            check.Errors.Select(e => $"{e.Location}: {e.Field}: {e.Message}"));
        Assert.Contains("looks like a percentage", check.Errors[0].Hint);
        Assert.Equal("Share of residents who are elderly, 0..1.", check.Errors[2].Hint);
    }

    [Fact]
    public void AFacilitysTwoDigitYearAndNegativeCapacityAreErrorsNamingTheRow()
    {
        SecondDistrictPackage.Write(_folder, rows =>
        {
            rows[0] += ",year,capacity";
            for (int i = 1; i < rows.Count; i++)
            {
                rows[i] += i == 2 ? ",19,-5" : ",2019,120";
            }
        });

        var check = CheckedPackage.Read(_folder);

        Assert.Equal(
            ["facilities.csv row 3: year: 19 is not allowed; give a number from 1800 to 2100",
             "facilities.csv row 3: capacity: -5 is not allowed; give a number of at least 0"],
            check.Errors.Select(e => $"{e.Location}: {e.Field}: {e.Message}"));
    }

    private void EditArea(int index, Action<JsonObject> edit)
    {
        var path = Path.Combine(_folder, "areas.geojson");
        var json = JsonNode.Parse(File.ReadAllText(path))!;
        edit(json["features"]![index]!["properties"]!.AsObject());
        File.WriteAllText(path, json.ToJsonString());
    }
}
