using LifeCircle.Core.Catalogue;
using LifeCircle.Core.Data;
using LifeCircle.Core.Model;

namespace LifeCircle.Cli.Sample;

/// <summary>A synthetic district for load tests: the Hainan sample's areas and catalogue with any number of random facilities.</summary>
/// <remarks>Everything in it is illustrative; its code (999999) is not a real division, so it never passes for Hainan.</remarks>
public static class SyntheticDistrict
{
    public const string Code = "999999";

    public static Dataset Generate(int facilities, ulong seed = 42)
    {
        var sample = HainanSample.Generate();
        var random = new SampleRandom(seed);
        var layout = new HainanLayout();
        var categories = StandardCategories.All;
        var list = Enumerable.Range(1, facilities).Select(i =>
        {
            var category = categories[(int)(random.NextDouble() * categories.Count)];
            var cell = layout.Cells[(int)(random.NextDouble() * layout.Cells.Count)];
            var at = layout.Point(random.Between(cell.Block.X0, cell.Block.X1), random.Between(cell.Block.Y0, cell.Block.Y1));
            return new Facility($"syn-{i:000000}", new LocalizedText($"合成设施 {i}", $"Synthetic facility {i}"), category.Code,
                sample.Themes.Where(t => t.CategoryCodes.Contains(category.Code)).Select(t => t.Id).ToList(),
                cell.Part.Community, null, FacilityStatus.Existing, null, null, Provenance.Illustrative, at);
        }).ToList();
        var metadata = sample.Metadata with
        {
            DistrictCode = Code,
            Title = new LocalizedText($"合成测试区（{facilities} 个设施）", $"Synthetic load-test district ({facilities} facilities)"),
            Description = new LocalizedText("负载测试用的合成数据，全部为示意。", "Synthetic data for load tests; everything is illustrative."),
            Version = $"synthetic-{facilities}",
            Provenance = new Dictionary<string, LayerProvenance> { ["all"] = new("illustrative", "Generated for load tests.") },
        };
        var district = new District(Code, new LocalizedText("合成测试区", "Synthetic district"), sample.District.Population, "illustrative");
        return sample with { Metadata = metadata, District = district, Facilities = list };
    }
}
