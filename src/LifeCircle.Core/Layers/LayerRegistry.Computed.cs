namespace LifeCircle.Core.Layers;

/// <summary>The layers computed from the walking coverage (docs/coverage.md): access and gaps at import, isochrones when first read.</summary>
public static partial class LayerRegistry
{
    public static LayerDefinition Access { get; } = new(
        LayerIds.Access, "access",
        new("步行可达时间", "Walking access"),
        new("每个居住街坊到每类设施最近一处的步行分钟数（现状与含规划两种情景），用于专题地图。", "Walking minutes from every residential block to the nearest facility of every category, existing and with planned facilities; for choropleth maps. Filter by category."),
        LayerGeometry.PolygonOrPoint, null, LayerSource.Computed, LayerStorage.Documents,
        [
            .. BlockAndCategory("该类别的步行层级：5、10 或 15 分钟。", "The category's walking level: 5, 10 or 15."),
            Computed("basic", PropertyType.Flag, "该类别是否为基础保障类（而非品质提升类）。", "Whether the category is basic (required) rather than quality."),
            Computed("population", PropertyType.WholeNumber, "街坊的居民数。", "Residents of the block."),
            Computed("elderly", PropertyType.Number, "街坊的老年居民数。", "Elderly residents of the block."),
            Minutes("minutes_existing", "到最近一处现状设施的步行分钟数；超过 30 分钟上限时为 null。", "Minutes to the nearest existing facility; null beyond the 30-minute cutoff."),
            Minutes("minutes_with_planned", "计入规划和在建设施时的步行分钟数。", "Minutes counting planned and under-construction facilities too."),
            Computed("reaches_level_existing", PropertyType.Flag, "是否有现状设施在该类别的步行层级内。", "Whether an existing facility is within the category's level."),
            Computed("reaches_level_with_planned", PropertyType.Flag, "计入规划设施时是否有设施在层级内。", "Whether one is, counting planned facilities."),
            .. Method(),
        ]);

    public static LayerDefinition Gaps { get; } = new(
        LayerIds.Gaps, "gap",
        new("服务缺口", "Gaps"),
        new("现状设施在其步行层级内未覆盖的居住街坊与基础类设施。", "Residential blocks that no existing facility of a basic category reaches within that category's level, and whether planned facilities fill the gap."),
        LayerGeometry.PolygonOrPoint, null, LayerSource.Computed, LayerStorage.Documents,
        [
            .. BlockAndCategory("该类别的步行层级。", "The category's walking level."),
            Computed("population", PropertyType.WholeNumber, "层级外的居民数。", "Residents left beyond the level."),
            Computed("elderly", PropertyType.Number, "层级外的老年居民数。", "Elderly residents left beyond the level."),
            Minutes("minutes_existing", "到最近一处现状设施的步行分钟数；超过上限时为 null。", "Minutes to the nearest existing facility; null beyond the cutoff."),
            Minutes("minutes_with_planned", "计入规划设施时的步行分钟数。", "Minutes counting planned facilities."),
            Computed("filled_by_planned", PropertyType.Flag, "规划设施是否使该街坊进入层级内。", "Whether planned facilities bring the block within the level."),
            .. Method(),
        ]);

    public static LayerDefinition Isochrones { get; } = new(
        LayerIds.Isochrones, "isochrone",
        new("步行等时圈", "Isochrones"),
        new("每处设施 5、10、15 分钟步行可达范围。", "The areas within a 5, 10 and 15-minute walk of each facility, on the street network."),
        LayerGeometry.PolygonOrMultiPolygon, null, LayerSource.Computed, LayerStorage.NotStored,
        [
            Computed("facility", PropertyType.Text, "设施 id。", "Facility id."),
            Computed("name_zh", PropertyType.Text, "设施中文名称。", "Facility name in Chinese."),
            Computed("category", PropertyType.Text, "设施类别。", "Facility category.") with { ValuesFrom = CatalogueList.Categories },
            Computed("status", PropertyType.Text, "设施状态。", "Facility status.") with { Values = Statuses },
            Computed("minutes", PropertyType.WholeNumber, "范围内的步行分钟数：5、10 或 15。", "Walking minutes the area is within: 5, 10 or 15.") with { Unit = "min" },
            .. Method(),
        ]);

    private static LayerProperty Computed(string name, PropertyType type, string zh, string en) =>
        new(name, type, new(zh, en)) { Package = PackageRole.SetByImport };

    private static LayerProperty Minutes(string name, string zh, string en) =>
        Computed(name, PropertyType.Number, zh, en) with { Unit = "min", Presence = Presence.NullWhenUnknown };

    /// <summary>The members access and gaps start with: which block, where, which category, at which walking level.</summary>
    private static IEnumerable<LayerProperty> BlockAndCategory(string levelZh, string levelEn) =>
    [
        Computed("block", PropertyType.Text, "居住街坊 id。", "Residential block id."),
        Computed("community", PropertyType.Text, "街坊所属社区的代码。", "Community code of the block.") with { ValuesFrom = CatalogueList.AreaCodes },
        Computed("category", PropertyType.Text, "设施类别。", "Facility category.") with { ValuesFrom = CatalogueList.Categories },
        Computed("level_minutes", PropertyType.WholeNumber, levelZh, levelEn) with { Unit = "min" },
    ];

    private static IEnumerable<LayerProperty> Method() =>
    [
        Computed("method", PropertyType.Text, "步行时间的计算方法：network（路网），无路网时为 straight-line-x1.3（直线 × 1.3）。", "How walking times were measured: network, or straight-line-x1.3 where there is no street network.")
            with { Values = ["network", "straight-line-x1.3"] },
        Computed("provenance", PropertyType.Text, "恒为 computed：由该版本发布的图层计算得出。", "Always computed: derived from the version's published layers.") with { Values = ["computed"] },
    ];
}
