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
}
