using LifeCircle.Core.Model;

namespace LifeCircle.Core.Layers;

/// <summary>Every layer a district publishes, each defined once; codecs, collections, queryables, CSV and table columns and the package schemas derive from it.</summary>
public static partial class LayerRegistry
{
    private static readonly string[] Statuses = ["existing", "planned", "under-construction"];
    private static readonly string[] Origins = ["sourced", "illustrative"];

    /// <summary>The years a facility or circle may give: a two-digit year ("19") or a typo ("20199") is refused, not published.</summary>
    private const double FirstYear = 1800, LastYear = 2100;

    public static LayerDefinition Facilities { get; } = new(
        LayerIds.Facilities, "facility",
        new("服务设施", "Facilities"),
        new("社区生活圈内的服务设施（学校、诊所、养老、商业、公园、服务站等）。", "Service facilities of the life circles: schools, clinics, elderly care, shops, parks, service stations."),
        LayerGeometry.Point, "year", LayerSource.Package, LayerStorage.TypedColumns,
        [
            NameZh(), NameEn(PackageRole.Optional, Presence.Always) with { PackageNote = "Defaults to name_zh." },
            new("category", PropertyType.Text, new("设施类别代码（见 /categories）。", "Facility category code (see /categories).")) { ValuesFrom = CatalogueList.Categories, Package = PackageRole.Required, PackageNote = "A code from categories.json." },
            new("themes", PropertyType.TextList, new("设施服务的专题生活圈；用 theme=… 或 themes = '…'（包含）筛选。", "Themed circles the facility serves; filter with theme=… or themes = '…' (contains).")) { ValuesFrom = CatalogueList.Themes, FlagColumnPrefix = "Theme_", PackageNote = "Theme ids (in CSV separated by ';'); defaults to every theme whose categories include the facility's category." },
            new("community", PropertyType.Text, new("设施所在社区的代码。", "Code of the community the facility stands in.")) { ValuesFrom = CatalogueList.AreaCodes, Presence = Presence.NullWhenUnknown, PackageNote = "An area code from areas.geojson." },
            new("address", PropertyType.Text, new("街道地址（已知时）。", "Street address, where known.")) { Presence = Presence.NullWhenUnknown },
            new("status", PropertyType.Text, new("设施现在是否服务居民。", "Whether the facility serves residents now.")) { Values = Statuses, PackageDefault = "existing" },
            new("year", PropertyType.WholeNumber, new("开放或计划开放的年份（已知时）。", "Year opened or planned to open, where known.")) { Presence = Presence.NullWhenUnknown, Minimum = FirstYear, Maximum = LastYear },
            new("capacity", PropertyType.WholeNumber, new("学位、床位或座位数（已知时）。", "Places, beds or seats, where known.")) { Presence = Presence.NullWhenUnknown, Minimum = 0 },
            .. Provenance(new("设施", "facility"), PackageRole.Optional),
        ])
    {
        AcceptsCsv = true,
    };

    public static LayerDefinition Circles { get; } = new(
        LayerIds.Circles, "circle",
        new("一刻钟社区生活圈", "Life circles"),
        new("一刻钟社区生活圈的范围与人口。", "The 15-minute community life circles: their areas and residents."),
        LayerGeometry.PolygonOrMultiPolygon, "year", LayerSource.Package, LayerStorage.Documents,
        [
            NameZh(), NameEn(PackageRole.Optional, Presence.Always) with { PackageNote = "Defaults to name_zh." },
            new("population", PropertyType.WholeNumber, new("生活圈服务的居民数。", "Residents the circle serves.")) { Minimum = 0, PackageNote = "Derived when left out: the residents of the blocks whose centre lies in the circle." },
            new("area_km2", PropertyType.Number, new("面积（平方公里）。", "Area in square kilometres.")) { Unit = "km2", Minimum = 0, PackageNote = "Derived when left out: measured on the polygon, projected to metres." },
            new("communities", PropertyType.TextList, new("成员社区的代码。", "Codes of member communities.")),
            new("phase", PropertyType.Text, new("建设阶段，如 pilot（试点）。", "Build phase, e.g. pilot.")) { Presence = Presence.NullWhenUnknown },
            new("year", PropertyType.WholeNumber, new("开始建设的年份。", "Year the build-out starts.")) { Presence = Presence.NullWhenUnknown, Minimum = FirstYear, Maximum = LastYear },
            .. Provenance(new("生活圈", "circle"), PackageRole.Optional),
        ]);

    public static LayerDefinition Areas { get; } = new(
        LayerIds.Areas, "area",
        new("行政区域", "Areas"),
        new("街道、镇、社区与村。", "Subdistricts, towns, communities and villages."),
        LayerGeometry.PolygonOrMultiPolygon with { Nullable = true }, null, LayerSource.Package, LayerStorage.Documents,
        [
            NameZh(), NameEn(PackageRole.Optional, Presence.Always) with { PackageNote = "Defaults to name_zh." },
            new("kind", PropertyType.Text, new("区域类型。", "Kind of area.")) { Values = AreaKinds.All, PackageNote = "Derived when left out: subdistrict when other areas name it as parent, else community." },
            new("parent_code", PropertyType.Text, new("上级区域或本区的代码。", "Code of the enclosing area or the district.")) { PackageNote = "Defaults to the district's code." },
            Population(new("居民数。", "Residents.")) with { Package = PackageRole.Optional, PackageNote = "Derived when left out: the sum of its blocks (a town's: of its communities)." },
            ElderlyShare() with { Package = PackageRole.Optional, PackageNote = "Derived when left out: weighted from its blocks." },
            .. Provenance(new("区域", "area"), PackageRole.Optional),
        ]);

    public static LayerDefinition Blocks { get; } = new(
        LayerIds.Blocks, "block",
        new("居住街坊", "Residential blocks"),
        new("居民出发的居住街坊及其人口。", "Residential blocks, where residents start their walk, with their residents."),
        LayerGeometry.PolygonOrPoint, null, LayerSource.Package, LayerStorage.Documents,
        [
            new("community", PropertyType.Text, new("街坊所属社区的代码。", "Code of the community the block belongs to.")) { ValuesFrom = CatalogueList.AreaCodes, Package = PackageRole.Required },
            Population(new("居民数。", "Residents.")),
            ElderlyShare() with { Package = PackageRole.Optional, PackageNote = "Defaults to its community's." },
            .. Provenance(new("街坊", "block"), PackageRole.Optional),
        ]);

    public static LayerDefinition Streets { get; } = new(
        LayerIds.Streets, "street",
        new("步行路网", "Walkable streets"),
        new("用于计算步行时间的路网。", "The walkable street network walking times are measured on."),
        LayerGeometry.LineString, null, LayerSource.Package, LayerStorage.Documents,
        [
            NameZh() with { Presence = Presence.NullWhenUnknown, Package = PackageRole.Optional },
            NameEn(PackageRole.Optional, Presence.NullWhenUnknown),
            new("kind", PropertyType.Text, new("道路类型，如 primary、residential、footway。", "Street kind, e.g. primary, residential, footway.")) { PackageNote = "Defaults to unclassified (or metadata.defaults.streets.kind)." },
            .. Provenance(new("道路", "street"), PackageRole.Optional),
        ]);

    /// <summary>The layers of a dataset package, in the order they are read.</summary>
    public static IReadOnlyList<LayerDefinition> Package { get; } = [Facilities, Areas, Circles, Blocks, Streets];

    /// <summary>Every layer, in the order the collections are listed.</summary>
    public static IReadOnlyList<LayerDefinition> All { get; } = [Facilities, Circles, Areas, Blocks, Streets, Access, Gaps, Isochrones];

    public static LayerDefinition? Find(string id) => All.FirstOrDefault(l => l.Id == id);

    private static LayerProperty NameZh() =>
        new("name_zh", PropertyType.Text, new("中文名称。", "Name in Chinese.")) { Package = PackageRole.Required };

    private static LayerProperty NameEn(PackageRole package, Presence presence) =>
        new("name_en", PropertyType.Text, new("英文名称。", "Name in English.")) { Package = package, Presence = presence };

    private static LayerProperty Population(LocalizedText description) =>
        new("population", PropertyType.WholeNumber, description) { Package = PackageRole.Required, Minimum = 0 };

    private static LayerProperty ElderlyShare() =>
        new("elderly_share", PropertyType.Number, new("老年居民所占比例，0..1。", "Share of residents who are elderly, 0..1.")) { Package = PackageRole.Required, Minimum = 0, Maximum = 1 };

    /// <summary>Where a record's values come from; a package may leave the three origins out where <paramref name="origins"/> is Optional (they default to the layer's metadata.provenance origin, else sourced).</summary>
    private static IEnumerable<LayerProperty> Provenance(LocalizedText thing, PackageRole origins)
    {
        LayerProperty Origin(string name, LocalizedText what) => new(name, PropertyType.Text,
            new($"{thing.Zh}{what.Zh}是有来源的还是示意性的。", $"Whether the {thing.En}'s {what.En} is sourced or illustrative."))
        {
            Values = Origins, Package = origins, PackageDefault = origins == PackageRole.Optional ? "sourced" : null,
        };

        return
        [
            Origin("provenance", new("的存在", "existence")),
            Origin("position_provenance", new("的位置", "position")),
            Origin("figures_provenance", new("的数字", "figures")),
            new("source", PropertyType.Text, new("有来源的值所引用的来源。", "Citation of the sourced values.")) { Presence = Presence.OmittedWhenUnknown },
            new("source_crs", PropertyType.Text, new("转换为 CRS84 之前坐标所用的坐标系（不是 CRS84 时）。", "CRS the coordinates came in before conversion to CRS84, where not CRS84."))
            {
                Presence = Presence.OmittedWhenUnknown, Package = PackageRole.SetByImport,
            },
        ];
    }
}
