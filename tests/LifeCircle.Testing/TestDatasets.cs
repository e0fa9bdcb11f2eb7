using LifeCircle.Core.Data;
using LifeCircle.Core.Model;

namespace LifeCircle.Tests.Shared;

/// <summary>Small hand-made datasets whose contents each test can predict.</summary>
public static class TestDatasets
{
    public static readonly string[] Categories = ["kindergarten", "pharmacy", "park"];
    public static readonly string[] Communities = ["C1", "C2", "C3"];

    /// <summary>A district with <paramref name="facilities"/> facilities spread over a 0.1° square, cycling through categories, communities and statuses.</summary>
    public static Dataset Build(string districtCode = "999001", int facilities = 40, string label = "1")
    {
        var categories = new List<FacilityCategory>
        {
            new("kindergarten", new("幼儿园", "Kindergarten"), 5, ServiceTier.Basic, "GB 50180-2018"),
            new("pharmacy", new("药店", "Pharmacy"), 5, ServiceTier.Basic, "MOFCOM"),
            new("park", new("公园", "Park"), 15, ServiceTier.Basic, "GB 50180-2018"),
        };
        var themes = new List<Theme>
        {
            new("education", new("优教普惠圈", "Education"), null, ["kindergarten"]),
            new("health-care", new("健康医疗圈", "Health"), null, ["pharmacy"]),
            new("city-appearance", new("城市颜值圈", "City appearance"), null, ["park"]),
            new("green-health", new("绿色健康", "Green health"), null, ["park", "pharmacy"]),
        };
        var areas = Communities.Select(c => new Area(c, new("社区" + c, "Community " + c), AreaKinds.Community, districtCode, 1000, 0.2,
            null, Provenance.Illustrative)).ToList();
        var list = Enumerable.Range(0, facilities).Select(i =>
        {
            var category = Categories[i % 3];
            return new Facility(
                $"f-{i:0000}",
                new($"设施{i}", $"Facility {i}"),
                category,
                themes.Where(t => t.CategoryCodes.Contains(category)).Select(t => t.Id).ToList(),
                Communities[i / 3 % 3],
                null,
                (FacilityStatus)(i % 5 == 4 ? 1 : i % 7 == 6 ? 2 : 0),
                null,
                null,
                Provenance.Illustrative,
                GeoJson.Point(100 + i % 10 * 0.01, 30 + i / 10 % 10 * 0.01));
        }).ToList();
        var metadata = new DatasetMetadata(districtCode, new("测试", "Test"), new("测试数据", "Test data"), "tests",
            new DatasetLicence("CC-BY-4.0", "CC BY 4.0", "https://creativecommons.org/licenses/by/4.0/"), label, GeoJson.Crs84Uri, "CRS84",
            new Dictionary<string, LayerProvenance> { ["facilities"] = new("illustrative", "test") }, []);
        return new Dataset(metadata, new District(districtCode, new("测试区", "Test District"), 3000, "tests"), areas, [], themes, categories, list, [], []);
    }

    /// <summary>The facility with every optional value known (address, year, capacity, a sourced provenance), which generated ones leave unknown.</summary>
    public static Facility FullyKnown(Facility f) => f with
    {
        Address = "乌海市海南区 1 号",
        Year = 2023,
        Capacity = 120,
        Provenance = new Provenance(ValueOrigin.Sourced, ValueOrigin.Illustrative, ValueOrigin.Sourced, "article"),
    };
}
