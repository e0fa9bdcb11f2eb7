using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using LifeCircle.Core.Data;
using LifeCircle.Core.Importing;
using LifeCircle.Tests.Shared;

namespace LifeCircle.Core.Tests.Importing;

/// <summary>Problems are reported by root cause: what follows from one mistake is grouped under it, not listed again.</summary>
public sealed class CheckedPackageTests : IDisposable
{
    private readonly TempFolder _folder = new("lc-checked");

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void AnAreaMissingARequiredFieldIsOneErrorThatNamesTheRecordsReferringToIt()
    {
        SecondDistrictPackage.Write(_folder);
        EditFeature("areas.geojson", 0, p => p.Remove("name_zh"));

        var check = CheckedPackage.Read(_folder);

        var error = Assert.Single(check.Errors);
        Assert.Equal(("areas.geojson feature 1", "name_zh"), (error.Location, error.Field));
        Assert.Contains("blocks.geojson feature 1", error.Affected);
        Assert.Contains("blocks.geojson feature 2", error.Affected);
        Assert.Contains("circles.geojson feature 1", error.Affected);
        Assert.Contains(error.Affected, a => a.StartsWith("facilities.csv row", StringComparison.Ordinal));
    }

    [Fact]
    public void ASwappedLatitudeAndLongitudeIsOneErrorWithoutAReachabilityWarning()
    {
        SecondDistrictPackage.Write(_folder, rows => rows.Add("hb-x,倒置药店,swapped,pharmacy,150302001001,existing,39.6700,106.8200"));

        var check = CheckedPackage.Read(_folder);

        var problem = Assert.Single(check.Problems, p => p.Severity != ProblemSeverity.Note);
        Assert.Equal(("facilities.csv row 5", "geometry", ProblemSeverity.Error), (problem.Location, problem.Field, problem.Severity));
        Assert.Contains("latitude, longitude", problem.Message);
        Assert.NotNull(problem.Hint);
    }

    [Fact]
    public void TheSameUnknownValueOnManyRecordsIsOneErrorWithTheNearestAllowedValue()
    {
        SecondDistrictPackage.Write(_folder, rows =>
        {
            rows.Add("hb-y1,药店一,one,pharmacyy,150302001001,existing,106.8200,39.6700");
            rows.Add("hb-y2,药店二,two,pharmacyy,150302001002,existing,106.8210,39.6700");
        });

        var check = CheckedPackage.Read(_folder);

        var error = Assert.Single(check.Errors);
        Assert.Equal(("facilities.csv row 5", "category"), (error.Location, error.Field));
        Assert.Contains("did you mean 'pharmacy'?", error.Message);
        Assert.Equal(["facilities.csv row 6"], error.Affected);
        Assert.Contains("kindergarten", error.Hint);
    }

    [Fact]
    public void AnIdWithACharacterTheStoreCannotKeyIsOneErrorPerRecordNamingTheRowAndTheValue()
    {
        SecondDistrictPackage.Write(_folder, rows =>
        {
            rows.Add("WH/0003,斜杠药店,slash,pharmacy,150302001001,existing,106.8200,39.6700");
            rows.Add("WH\\0007,反斜杠药店,backslash,pharmacy,150302001001,existing,106.8201,39.6700");
            rows.Add("WH?0006,问号药店,question,pharmacy,150302001001,existing,106.8202,39.6700");
        });
        var areas = Path.Combine(_folder, "areas.geojson");
        File.WriteAllText(areas, File.ReadAllText(areas).Replace("\"150302001002\"", "\"150302#001002\"", StringComparison.Ordinal));

        var check = CheckedPackage.Read(_folder);

        var ids = check.Errors.Where(e => e.Field == "id").ToList();
        Assert.Equal(
            ["facilities.csv row 5: 'WH/0003' cannot be an id: it contains '/'", "facilities.csv row 6: 'WH\\0007' cannot be an id: it contains '\\'",
             "facilities.csv row 7: 'WH?0006' cannot be an id: it contains '?'", "areas.geojson feature 2: '150302#001002' cannot be an id: it contains '#'"],
            ids.Select(e => $"{e.Location}: {e.Message}").OrderBy(m => m.StartsWith("areas", StringComparison.Ordinal)).ThenBy(m => m, StringComparer.Ordinal));
        Assert.Contains("e.g. 'WH-0003'", ids.First(e => e.Message.Contains("WH/0003", StringComparison.Ordinal)).Hint);
    }

    [Fact]
    public void APositionOutsideTheDistrictIsQuotedAsTheFileWritesItWithItsCrs()
    {
        SecondDistrictPackage.Write(_folder, rows => rows.Add("hb-far,天安门药店,far,pharmacy,150302001001,existing,116.397,39.909"));

        var error = Assert.Single(CheckedPackage.Read(_folder).Errors);

        Assert.Equal(("facilities.csv row 5", "geometry"), (error.Location, error.Field));
        Assert.StartsWith("(116.397, 39.909) in GCJ-02 lies outside the district", error.Message);
        Assert.Matches(@"it is \(116\.39\d+, 39\.90\d+\) in WGS84", error.Message);
    }

    [Fact]
    public void DistrictCodesThatDifferInDatasetJsonAreAnErrorNamingBoth()
    {
        SecondDistrictPackage.Write(_folder);
        EditDescriptor(d => d["metadata"]!["districtCode"] = "150304");

        var error = Assert.Single(CheckedPackage.Read(_folder).Errors);

        Assert.Equal(("dataset.json", "metadata.districtCode"), (error.Location, error.Field));
        Assert.Contains("'150304'", error.Message);
        Assert.Contains("district.code is '150302'", error.Message);
    }

    [Fact]
    public void AreasWhoseCodesBelongToAnotherDistrictAreAWarningNamingBothCodes()
    {
        SecondDistrictPackage.Write(_folder);
        EditDescriptor(d =>
        {
            d["metadata"]!["districtCode"] = "510107";
            d["district"]!["code"] = "510107";
        });

        var check = CheckedPackage.Read(_folder);

        var warning = Assert.Single(check.Warnings, w => w.Field == "id");
        Assert.Equal("areas.geojson", warning.Location);
        Assert.Contains("begin with '150302'", warning.Message);
        Assert.Contains("district.code '510107'", warning.Message);
    }

    [Fact]
    public void ADistrictPopulationFarFromTheBlocksResidentsIsAWarningWithBothFigures()
    {
        SecondDistrictPackage.Write(_folder);
        EditDescriptor(d => d["district"]!["population"] = 120000);

        var warning = Assert.Single(CheckedPackage.Read(_folder).Warnings, w => w.Field == "district.population");

        Assert.Equal("dataset.json", warning.Location);
        Assert.Contains("is 120,000", warning.Message);
        Assert.Contains("hold 4,000 residents", warning.Message);
    }

    [Fact]
    public void ADistrictPopulationWithinTheToleranceOfTheBlocksIsNotWarnedAbout()
    {
        SecondDistrictPackage.Write(_folder);
        EditDescriptor(d => d["district"]!["population"] = 4300);

        Assert.DoesNotContain(CheckedPackage.Read(_folder).Problems, w => w.Field == "district.population");
    }

    [Fact]
    public void LatitudeAndLongitudeSwappedOnEveryRowIsOneErrorSayingSoNamingTheOtherRows()
    {
        SecondDistrictPackage.Write(_folder, rows =>
        {
            for (int i = 1; i < rows.Count; i++)
            {
                var cells = rows[i].Split(',');
                (cells[^1], cells[^2]) = (cells[^2], cells[^1]);
                rows[i] = string.Join(',', cells);
            }
        });

        var error = Assert.Single(CheckedPackage.Read(_folder).Errors);

        Assert.Equal(("facilities.csv row 2", "geometry"), (error.Location, error.Field));
        Assert.Contains("every record of facilities.csv", error.Message);
        Assert.Contains("lon and lat columns", error.Hint);
        Assert.Equal(["facilities.csv row 3", "facilities.csv row 4"], error.Affected);
    }

    [Fact]
    public void TheSameWrongValueOnSeveralRowsIsOneErrorNamingTheOtherRows()
    {
        SecondDistrictPackage.Write(_folder, rows =>
        {
            for (int i = 1; i < rows.Count; i++)
            {
                rows[i] = rows[i].Replace(",existing,", ",已建成,", StringComparison.Ordinal);
            }
        });

        var error = Assert.Single(CheckedPackage.Read(_folder).Errors);

        Assert.Equal(("facilities.csv row 2", "status"), (error.Location, error.Field));
        Assert.Equal(["facilities.csv row 3", "facilities.csv row 4"], error.Affected);
    }

    [Fact]
    public void AreasWithLatitudeFirstAreNotReportedAgainOnTheBlocksDerivedFromThem()
    {
        SecondDistrictPackage.Write(_folder);
        File.Delete(Path.Combine(_folder, "blocks.geojson"));
        var path = Path.Combine(_folder, "areas.geojson");
        var json = JsonNode.Parse(File.ReadAllText(path))!;
        foreach (var c in json["features"]!.AsArray().SelectMany(f => f!["geometry"]!["coordinates"]!.AsArray()[0]!.AsArray()).Select(c => c!.AsArray()))
        {
            (c[0], c[1]) = (c[1]!.GetValue<double>(), c[0]!.GetValue<double>());
        }

        File.WriteAllText(path, json.ToJsonString());

        var errors = CheckedPackage.Read(_folder).Errors;

        Assert.DoesNotContain(errors, e => e.Location.StartsWith("blocks.geojson", StringComparison.Ordinal) || e.Affected.Any(a => a.StartsWith("blocks.geojson", StringComparison.Ordinal)));
        var error = Assert.Single(errors, e => e.Field == "geometry");
        Assert.Equal("areas.geojson feature 1", error.Location);
        Assert.Equal(["areas.geojson feature 2"], error.Affected);
    }

    [Fact]
    public void AnAreaWithoutAnIdIsTheRootOfTheUnknownCodesReferringToItWithoutADidYouMean()
    {
        SecondDistrictPackage.Write(_folder);
        var path = Path.Combine(_folder, "areas.geojson");
        var json = JsonNode.Parse(File.ReadAllText(path))!;
        json["features"]![1]!.AsObject().Remove("id");
        File.WriteAllText(path, json.ToJsonString());

        var error = Assert.Single(CheckedPackage.Read(_folder).Errors);

        Assert.Equal(("areas.geojson feature 2", "id"), (error.Location, error.Field));
        Assert.Contains(error.Affected, a => a.StartsWith("facilities.csv row", StringComparison.Ordinal));
        Assert.Contains(error.Affected, a => a.StartsWith("blocks.geojson feature", StringComparison.Ordinal));
    }

    [Fact]
    public void AnUnknownCommunityIsToldTheAreaCodesOfTheAreasFileThePackageHas()
    {
        OfficeFilesPackage.Write(_folder);
        var csv = Path.Combine(_folder, "facilities.csv");
        File.AppendAllText(csv, "hb-u,未知药店,unknown,pharmacy,150302009999,existing,106.8260,39.6720\n", System.Text.Encoding.GetEncoding(936));

        var error = Assert.Single(CheckedPackage.Read(_folder).Errors);

        Assert.Equal("community", error.Field);
        Assert.StartsWith("use an area code of areas.shp: ", error.Hint);
    }

    [Fact]
    public void EnglishNamesAndOriginsACsvLeavesOutAreListedAsDerived()
    {
        SecondDistrictPackage.Write(_folder, rows =>
        {
            for (int i = 1; i < rows.Count; i++)
            {
                rows[i] = System.Text.RegularExpressions.Regex.Replace(rows[i], "\",[^,]+,", "\",,");
            }
        });

        var check = CheckedPackage.Read(_folder);

        Assert.Empty(check.Errors);
        Assert.Contains(check.Derived, d => (d.Location, d.Field) == ("facilities", "name_en") && d.Message.EndsWith("(3 record(s))", StringComparison.Ordinal));
        Assert.Contains(check.Derived, d => (d.Location, d.Field) == ("facilities", "provenance") && d.Message.EndsWith("(3 record(s))", StringComparison.Ordinal));
        Assert.All(check.Dataset!.Facilities, f => Assert.Equal(f.Name.Zh, f.Name.En));
    }

    [Fact]
    public void ACommunityGivenByItsNameIsToldTheCodeThatNameBelongsTo()
    {
        SecondDistrictPackage.Write(_folder, rows => rows.Add("hb-n,名称药店,by name,pharmacy,海北社区,existing,106.8190,39.6700"));

        var error = Assert.Single(CheckedPackage.Read(_folder).Errors);

        Assert.Equal(("facilities.csv row 5", "community"), (error.Location, error.Field));
        Assert.Contains("'海北社区' is the name of area code '150302001001'", error.Message);
    }

    [Fact]
    public void ACategoryGivenByItsChineseNameIsToldItsCodeAndHowToDeclareAnAlias()
    {
        SecondDistrictPackage.Write(_folder, rows => rows.Add("hb-c,名称幼儿园,by name,幼儿园,150302001001,existing,106.8190,39.6700"));

        var error = Assert.Single(CheckedPackage.Read(_folder).Errors);

        Assert.Contains("'幼儿园' is the name of category 'kindergarten'", error.Message);
        Assert.Contains("\"aliases\": {\"幼儿园\"", error.Hint);
    }

    [Fact]
    public void AnUnknownCategoryInAPackageWithoutCategoriesJsonIsToldTheNationalCatalogue()
    {
        SecondDistrictPackage.Write(_folder, rows => rows.Add("hb-z,赌场,casino,casino,150302001001,existing,106.8190,39.6700"));
        File.Delete(Path.Combine(_folder, "categories.json"));

        var error = Assert.Single(CheckedPackage.Read(_folder).Errors);

        Assert.StartsWith("use a category of the national catalogue: ", error.Hint);
        Assert.DoesNotContain("categories.json", error.Hint);
    }

    [Fact]
    public void DecimalCommasThroughoutAColumnAreOneErrorPerColumnSayingSo()
    {
        SecondDistrictPackage.Write(_folder, rows =>
        {
            rows[0] = rows[0].Replace(',', ';');
            for (int i = 1; i < rows.Count; i++)
            {
                var cells = Regex.Split(rows[i], ",(?=(?:[^\"]*\"[^\"]*\")*[^\"]*$)"); // commas outside quotes
                var (lon, lat) = (cells[^2].Replace('.', ','), cells[^1].Replace('.', ','));
                rows[i] = string.Join(';', cells[..^2]) + $";{lon};{lat}";
            }
        });

        var errors = CheckedPackage.Read(_folder).Errors;

        Assert.Equal(["lon", "lat"], errors.Select(e => e.Field));
        Assert.All(errors, e => Assert.Contains("decimal comma", e.Message));
        Assert.All(errors, e => Assert.Equal(["facilities.csv row 3", "facilities.csv row 4"], e.Affected));
    }

    private void EditDescriptor(Action<JsonNode> edit)
    {
        var path = Path.Combine(_folder, "dataset.json");
        var json = JsonNode.Parse(File.ReadAllText(path))!;
        edit(json);
        File.WriteAllText(path, json.ToJsonString());
    }

    private void EditFeature(string file, int index, Action<JsonObject> edit)
    {
        var path = Path.Combine(_folder, file);
        var json = JsonNode.Parse(File.ReadAllText(path))!;
        edit(json["features"]![index]!["properties"]!.AsObject());
        File.WriteAllText(path, json.ToJsonString());
    }
}
