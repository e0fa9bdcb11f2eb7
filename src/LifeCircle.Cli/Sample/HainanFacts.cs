using LifeCircle.Core.Geodesy;

namespace LifeCircle.Cli.Sample;

/// <summary>The sourced facts the Hainan sample is built on; everything not here is generated and labelled illustrative.</summary>
/// <remarks>Sources: the article, the NBS division codes and the 2020 census, cited in dataset.json "sources".</remarks>
public static class HainanFacts
{
    public const string DistrictCode = "150303";
    public const int CensusPopulation = 94_770;
    public const int LashengzhongPopulation = 69_000;
    public const int PilotPopulation = 30_000;
    public const double PilotAreaKm2 = 3.5;
    public const int HuayuanPopulation = 17_000;
    public const double HuayuanElderlyShare = 0.22;

    public const int ElderlyDispatchCentresBuilt = 1;
    public const int ElderlyComprehensiveCentresBuilt = 5;
    public const int HomeCareStationsBuilt = 5;
    public const int HomeCareStationsPlanned = 9;
    public const int EmbeddedElderlyComplexesPlanned = 1;

    public const string Article = "article";
    public const string Adcode = "adcode";
    public const string Census = "census2020";

    public const string ArticleCitation = "《一刻钟社区生活圈 成为百姓家门口的“幸福圈”》, 郝颀 (Hao Qi); photos: 海南区融媒体中心";
    public const string AdcodeCitation = "NBS division codes via Vonng/adcode data/adcode/150303.csv (CC BY 4.0); Amap label points (GCJ-02)";
    public const string CensusCitation = "2020 census (七普) county tabulation, via thebamboogrove/tudigong and leiii/census";

    /// <summary>Amap label points (GCJ-02) from the adcode list; not surveyed seats.</summary>
    public static readonly GeoPosition DistrictPointGcj = new(106.891424, 39.441364);

    /// <summary>Towns and subdistricts: code, Chinese name, English name, label point (GCJ-02) where the list has one.</summary>
    public static IReadOnlyList<(string Code, string Zh, string En, GeoPosition? PointGcj)> Towns { get; } =
    [
        ("150303001000", "拉僧仲街道", "Lashengzhong Subdistrict", new GeoPosition(106.881843, 39.435299)),
        ("150303002000", "西卓子山街道", "Xizhuozishan Subdistrict", null),
        ("150303102000", "公乌素镇", "Gongwusu Town", new GeoPosition(106.900029, 39.343671)),
        ("150303103000", "拉僧庙镇", "Lasengmiao Town", new GeoPosition(106.844518, 39.323938)),
        ("150303104000", "巴音陶亥镇", "Bayintaohai Town", new GeoPosition(106.876267, 39.155859)),
    ];

    /// <summary>Communities and villages: code, parent town code, Chinese name (as listed), English name.</summary>
    /// <remarks>泽苑社区 is not in the 2016 list; it gets a project-local code that is plainly not an NBS code.</remarks>
    public static IReadOnlyList<(string Code, string Parent, string Zh, string En)> Communities { get; } =
    [
        ("150303001006", "150303001000", "新桥社区", "Xinqiao Community"),
        ("150303001007", "150303001000", "新苑社区", "Xinyuan Community"),
        ("150303001008", "150303001000", "华苑社区", "Huayuan Community"),
        ("150303001009", "150303001000", "新世纪社区", "Xinshiji Community"),
        ("150303001010", "150303001000", "金海社区", "Jinhai Community"),
        ("150303001-zeyuan", "150303001000", "泽苑社区", "Zeyuan Community"),
        ("150303001400", "150303001000", "西来峰工业园社区", "Xilaifeng Industrial Park Community"),
        ("150303002003", "150303002000", "祥苑社区", "Xiangyuan Community"),
        ("150303102007", "150303102000", "建设社区", "Jianshe Community"),
        ("150303102008", "150303102000", "小康社区", "Xiaokang Community"),
        ("150303102009", "150303102000", "利民社区", "Limin Community"),
        ("150303103008", "150303103000", "民乐社区", "Minle Community"),
        ("150303104234", "150303104000", "羊路井村", "Yanglujing Village"),
        ("150303104235", "150303104000", "四新村", "Sixin Village"),
        ("150303104236", "150303104000", "一棵树村", "Yikeshu Village"),
        ("150303104237", "150303104000", "万亩滩村", "Wanmutan Village"),
        ("150303104238", "150303104000", "东兴村", "Dongxing Village"),
        ("150303104239", "150303104000", "渡口村", "Dukou Village"),
        ("150303104240", "150303104000", "曙光村", "Shuguang Village"),
        ("150303104241", "150303104000", "赛汗乌素村", "Saihanwusu Village"),
        ("150303104400", "150303104000", "卓山至骆驼山矿区社区", "Zhuoshan–Luotuoshan Mining Area Community"),
    ];

    public const string Huayuan = "150303001008";
    public const string Xinshiji = "150303001009";
    public const string Jinhai = "150303001010";
    public const string Zeyuan = "150303001-zeyuan";
    public const string Xinqiao = "150303001006";
    public const string Xinyuan = "150303001007";
    public const string Xilaifeng = "150303001400";
}
