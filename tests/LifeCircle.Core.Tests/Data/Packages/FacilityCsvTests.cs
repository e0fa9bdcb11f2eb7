using LifeCircle.Core.Data;
using LifeCircle.Core.Data.Packages;
using LifeCircle.Core.Data.Packages.Readers;

namespace LifeCircle.Core.Tests.Data.Packages;

/// <summary>Facilities from a sheet: problems describe the sheet as the officer sees it.</summary>
public sealed class FacilityCsvTests
{
    [Fact]
    public void AMissingColumnListsTheSheetsOwnHeaderNotTheColumnsDefaultsAdd()
    {
        var table = CsvTable.Read(new StringReader("id,name_zh,category,community,lon\nk-1,幼儿园,kindergarten,150302001001,106.82\n"), "planned.xlsx")
            .WithDefaults(new Dictionary<string, string> { ["status"] = "planned" });
        var problems = new List<DatasetProblem>();

        FacilityCsv.Read(table, "planned.xlsx", [], problems, out _);

        var missing = Assert.Single(problems, p => p.Field == "lat");
        Assert.Equal("required column is missing; the header has id, name_zh, category, community, lon (dataset.json's defaults add status)", missing.Message);
    }

    [Fact]
    public void AMissingColumnNamesTheRegistersColumnThatLooksLikeIt()
    {
        var table = CsvTable.Read(new StringReader("编号,设施名称,设施类型,经度,纬度,社区代码\nk-1,幼儿园,kindergarten,106.82,39.67,150302001001\n"), "facilities.csv");
        var problems = new List<DatasetProblem>();

        FacilityCsv.Read(table, "facilities.csv", [], problems, out _);

        Assert.Equal("the column '经度' looks like lon: rename it to lon in the first row", Assert.Single(problems, p => p.Field == "lon").Hint);
        Assert.Equal("the column '编号' looks like id: rename it to id in the first row", Assert.Single(problems, p => p.Field == "id").Hint);
        Assert.Equal("unknown column; it looks like community: rename it to community in the first row", Assert.Single(problems, p => p.Field == "社区代码").Message);
        Assert.DoesNotContain(problems, p => p.Field == "经度");
    }

    [Fact]
    public void AStatusWrittenInChineseIsToldTheStatusItMeans()
    {
        var table = CsvTable.Read(new StringReader("id,name_zh,category,lon,lat,status\nk-1,幼儿园,kindergarten,106.82,39.67,在建\n"), "facilities.csv");
        var problems = new List<DatasetProblem>();

        FacilityCsv.Read(table, "facilities.csv", [], problems, out _);

        Assert.EndsWith("('在建' is under-construction: write under-construction)", Assert.Single(problems).Message);
    }
}
