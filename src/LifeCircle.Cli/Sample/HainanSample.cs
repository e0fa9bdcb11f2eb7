using LifeCircle.Core.Catalogue;
using LifeCircle.Core.Data;
using LifeCircle.Core.Model;
using static LifeCircle.Cli.Sample.HainanFacts;

namespace LifeCircle.Cli.Sample;

/// <summary>Generates the Hainan District sample dataset, the same bytes on every run.</summary>
public static class HainanSample
{
    /// <summary>Fixed seed: changing it changes every illustrative position.</summary>
    public const ulong Seed = 150303;

    /// <summary>The folder under data/ the sample is committed in.</summary>
    public const string FolderName = "hainan-150303";

    public static Dataset Generate()
    {
        var random = new SampleRandom(Seed);
        var layout = new HainanLayout();
        var areas = HainanAreas.Build(layout);
        var themes = Themes();
        var facilities = new HainanFacilities(layout, areas, themes, random).Build();
        var blocks = HainanBlocks.Build(layout, areas, random);
        var district = new District(DistrictCode, new LocalizedText("海南区", "Hainan District, Wuhai"), CensusPopulation,
            $"{CensusCitation} (the article gives 9.47万)");
        return new Dataset(Metadata(), district, areas, HainanAreas.Circles(layout), themes, StandardCategories.All,
            facilities, blocks, [.. layout.Streets(), .. HainanRoads.Build(layout, areas)]);
    }

    /// <summary>The eight themed circles (the standard ones); lead units as the article names them, null where it names none.</summary>
    public static IReadOnlyList<Theme> Themes() =>
        [.. StandardThemes.All.Select(t => t with { LeadBureau = Leads.TryGetValue(t.Id, out var lead) ? new LocalizedText(lead.Zh, lead.En) : null })];

    private static readonly Dictionary<string, (string Zh, string En)> Leads = new()
    {
        ["housing"] = ("住房和城乡建设局", "Housing and Urban-Rural Development Bureau"),
        ["consumption"] = ("商务局", "Commerce Bureau"),
        ["culture"] = ("文化旅游体育局", "Culture, Tourism and Sports Bureau"),
        ["education"] = ("教育局", "Education Bureau"),
        ["elderly-care"] = ("民政局", "Civil Affairs Bureau"),
        ["service-response"] = ("拉僧仲街道办事处", "Lashengzhong Subdistrict Office"),
    };

    private static DatasetMetadata Metadata() => new(
        DistrictCode,
        new LocalizedText("乌海市海南区一刻钟社区生活圈（示例数据）", "Hainan District, Wuhai: 15-minute community life circle (sample data)"),
        new LocalizedText(
            "海南区一刻钟社区生活圈的设施、生活圈与居住街坊。名称、编码、数量与人口来自公开来源；位置、边界、街坊与路网为确定性生成的示意数据，不是测绘成果。",
            "Facilities, life circles and residential blocks of Hainan District's 15-minute community life circle. Names, codes, counts and populations come from public sources; positions, boundaries, blocks and streets are illustrative, generated deterministically, and not surveyed."),
        "LifeCircle Open Data (sample dataset; not an official release of Hainan District)",
        new DatasetLicence("CC-BY-4.0", "Creative Commons Attribution 4.0 International", "https://creativecommons.org/licenses/by/4.0/"),
        "2026.1-sample",
        GeoJson.Crs84Uri,
        "GCJ-02 (source label points); generated positions are CRS84",
        new Dictionary<string, LayerProvenance>
        {
            ["district"] = new("sourced", "Name, code and population (2020 census)."),
            ["areas"] = new("mixed", "Names and codes sourced (NBS list; 泽苑 from the article). Huayuan's population and elderly share, and Lashengzhong's total, sourced; other figures illustrative, adding up to the census total. Boundaries illustrative."),
            ["circles"] = new("mixed", "Two circles either side of Bayanwusu Street (sourced); the north circle's members, 30,000 residents and 3.5 km² sourced; polygons and the south circle's figures illustrative."),
            ["themes"] = new("sourced", "The eight themed circles and the lead units the article names; no lead is given where the article names none."),
            ["categories"] = new("sourced", "Aligned with GB 50180-2018, TD/T 1062-2021 and the MOFCOM 2021 guide; local items from the article."),
            ["facilities"] = new("mixed", "Elderly-care counts (1 dispatch centre, 5 comprehensive centres, 5 home-care stations built, 9 planned, 1 planned complex), the named parks, Huayuan's facilities and the committees of listed communities are sourced in existence; all positions (but the subdistrict office's label point) and all other facilities are illustrative."),
            ["blocks"] = new("illustrative", "Generated street-grid blocks; populations add up to the community figures."),
            ["streets"] = new("illustrative", "Generated walkable grid; only the name of Bayanwusu Street is sourced."),
        },
        [
            new DataSource(Article, ArticleCitation, null, null),
            new DataSource(Adcode, AdcodeCitation, "https://github.com/Vonng/adcode", "CC-BY-4.0"),
            new DataSource(Census, CensusCitation, "https://github.com/thebamboogrove/tudigong", "MIT"),
        ],
        new CategoryDeclarations(Headline: [.. StandardCategories.All.Where(c => c.Tier == ServiceTier.Basic && !SubdistrictWide.Contains(c.Code)).Select(c => c.Code)]));

    /// <summary>Basic categories one office serves the whole subdistrict or town from; reported per category, but left out of the sample's headline, which is about what residents walk to.</summary>
    public static IReadOnlyList<string> SubdistrictWide { get; } = ["subdistrict-office", "police-station", "elderly-care-centre", "community-service-centre", "post-office"];
}
