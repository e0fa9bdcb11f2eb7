using LifeCircle.Core.Model;

namespace LifeCircle.Core.Catalogue;

/// <summary>The facility-category catalogue aligned with GB 50180-2018, TD/T 1062-2021 and the MOFCOM 2021 guide.</summary>
/// <remarks>
/// Walking levels follow GB 50180 Appendix B (block-level items are reached within the 5-minute level);
/// tiers follow TD/T 1062 (basic = required, quality = optional). Items named only by the Hainan
/// article (home-care station, dispatch centre, …) are marked as local practice.
/// A district may publish its own catalogue; this is the default one.
/// </remarks>
public static class StandardCategories
{
    public const string Gb50180 = "GB 50180-2018";
    public const string Tdt1062 = "TD/T 1062-2021";
    public const string Mofcom = "MOFCOM 2021 城市一刻钟便民生活圈建设指南";
    public const string Local = "local practice (Hainan District programme)";

    /// <summary>Every category, grouped by walking level.</summary>
    public static IReadOnlyList<FacilityCategory> All { get; } =
    [
        // 15-minute level
        C("junior-middle-school", "初中", "Junior middle school", 15, ServiceTier.Basic, Gb50180),
        C("community-health-centre", "社区卫生服务中心", "Community health centre", 15, ServiceTier.Basic, Gb50180),
        C("clinic", "门诊部", "Outpatient clinic", 15, ServiceTier.Quality, Gb50180),
        C("nursing-home", "养老院", "Nursing home", 15, ServiceTier.Basic, Gb50180),
        C("elderly-care-centre", "镇街养老综合服务中心", "Town/subdistrict comprehensive elderly-care centre", 15, ServiceTier.Basic, Local),
        C("elderly-care-complex", "嵌入式养老服务综合体", "Embedded elderly-care complex", 15, ServiceTier.Quality, Local),
        C("elderly-care-dispatch", "养老服务智慧调度中心", "Smart elderly-care dispatch centre", 15, ServiceTier.Quality, Local),
        C("central-kitchen", "中心厨房", "Central kitchen", 15, ServiceTier.Quality, Local),
        C("culture-centre", "文化活动中心", "Culture centre", 15, ServiceTier.Basic, Gb50180),
        C("large-sports-ground", "大型多功能运动场地", "Large multi-use sports ground", 15, ServiceTier.Basic, Gb50180),
        C("mall", "商场", "Shopping mall / large supermarket", 15, ServiceTier.Quality, Mofcom),
        C("bank", "银行营业网点", "Bank branch", 15, ServiceTier.Quality, Gb50180),
        C("post-office", "邮政营业场所", "Post office", 15, ServiceTier.Basic, Gb50180),
        C("subdistrict-office", "街道办事处", "Subdistrict office", 15, ServiceTier.Basic, Gb50180),
        C("community-service-centre", "社区综合服务中心", "Community service centre", 15, ServiceTier.Basic, Gb50180),
        C("police-station", "派出所", "Police station", 15, ServiceTier.Basic, Gb50180),
        C("bus-terminal", "公交首末站", "Bus terminal", 15, ServiceTier.Quality, Gb50180),
        C("park", "公园", "Park", 15, ServiceTier.Basic, Gb50180),

        // 10-minute level
        C("primary-school", "小学", "Primary school", 10, ServiceTier.Basic, Gb50180),
        C("medium-sports-ground", "中型多功能运动场地", "Medium multi-use sports ground", 10, ServiceTier.Basic, Gb50180),
        C("fresh-market", "菜市场/生鲜超市", "Fresh market", 10, ServiceTier.Basic, Mofcom),
        C("culture-square", "文化广场", "Culture square", 10, ServiceTier.Quality, Local),
        C("bus-stop", "公交站", "Bus stop", 10, ServiceTier.Basic, Gb50180),

        // 5-minute level (block-level items included)
        C("kindergarten", "幼儿园", "Kindergarten", 5, ServiceTier.Basic, Gb50180),
        C("nursery", "托儿所/托育机构", "Nursery (under 3)", 5, ServiceTier.Basic, Tdt1062),
        C("health-station", "社区卫生服务站", "Community health station", 5, ServiceTier.Basic, Gb50180),
        C("pharmacy", "药店", "Pharmacy", 5, ServiceTier.Basic, Mofcom),
        C("elderly-day-care", "老年人日间照料中心", "Elderly day-care centre", 5, ServiceTier.Basic, Gb50180),
        C("home-care-station", "社区居家养老服务站", "Community home-care station", 5, ServiceTier.Basic, Local),
        C("meal-point", "老年助餐点", "Elderly meal point", 5, ServiceTier.Basic, Tdt1062),
        C("culture-station", "文化活动站", "Culture station (reading, chess rooms)", 5, ServiceTier.Basic, Gb50180),
        C("outdoor-fitness", "室外综合健身场地", "Outdoor fitness ground", 5, ServiceTier.Basic, Gb50180),
        C("pocket-park", "社区游园", "Pocket park / street garden", 5, ServiceTier.Basic, Gb50180),
        C("supermarket", "社区超市", "Community supermarket", 5, ServiceTier.Basic, Mofcom),
        C("convenience-store", "便利店", "Convenience store", 5, ServiceTier.Basic, Mofcom),
        C("breakfast", "早餐店", "Breakfast shop", 5, ServiceTier.Basic, Mofcom),
        C("laundry", "洗衣店", "Laundry", 5, ServiceTier.Quality, Mofcom),
        C("hair-salon", "美容美发", "Hair and beauty salon", 5, ServiceTier.Quality, Mofcom),
        C("housekeeping", "家政服务", "Housekeeping service", 5, ServiceTier.Quality, Mofcom),
        C("repair-shop", "便民维修", "Repair shop", 5, ServiceTier.Quality, Mofcom),
        C("parcel-locker", "快递柜/末端配送点", "Parcel lockers", 5, ServiceTier.Basic, Gb50180),
        C("community-service-station", "社区服务站/居委会", "Community service station", 5, ServiceTier.Basic, Gb50180),
        C("grid-service-station", "网格服务站", "Grid management station", 5, ServiceTier.Quality, Local),
        C("property-service", "物业服务用房", "Property management office", 5, ServiceTier.Basic, Gb50180),
        C("parking", "公共停车场", "Public car park", 5, ServiceTier.Quality, Gb50180),
        C("public-toilet", "公共厕所", "Public toilet", 5, ServiceTier.Basic, Gb50180),
        C("waste-collection", "生活垃圾收集站", "Waste collection point", 5, ServiceTier.Basic, Gb50180),
    ];

    /// <summary>The walking levels a category can have, in minutes.</summary>
    public static IReadOnlyList<int> WalkingLevels { get; } = [5, 10, 15];

    private static FacilityCategory C(string code, string zh, string en, int minutes, ServiceTier tier, string standard) =>
        new(code, new LocalizedText(zh, en), minutes, tier, standard);
}
