using LifeCircle.Core.Model;

namespace LifeCircle.Core.Features;

/// <summary>What a published collection is: id, titles, geometry type, its temporal property and its queryables.</summary>
/// <param name="Id">The collection id in URLs, e.g. "facilities".</param>
/// <param name="Layer">The stored layer the features come from.</param>
/// <param name="TemporalProperty">A year-valued property that datetime filters apply to, or null when the collection has none.</param>
public sealed record CollectionDefinition(
    string Id,
    string Layer,
    LocalizedText Title,
    LocalizedText Description,
    string GeometryType,
    string? TemporalProperty,
    Func<DatasetCatalogue, IReadOnlyList<QueryableProperty>> QueryablesOf);

/// <summary>The collections every district publishes.</summary>
public static class Collections
{
    /// <summary>The stored layer of facilities (their own table, with typed columns).</summary>
    public const string FacilityLayer = "facility";

    private static QueryableProperty Provenance(string name, string what) =>
        new(name, "string", $"Whether the {what} is sourced or illustrative.", ["sourced", "illustrative"]);

    private static IEnumerable<QueryableProperty> Common(string thing) =>
    [
        Provenance("provenance", $"{thing}'s existence"),
        Provenance("position_provenance", $"{thing}'s position"),
        Provenance("figures_provenance", $"{thing}'s figures"),
        new("source", "string", "Citation of the sourced values."),
        new("source_crs", "string", "CRS the coordinates came in before conversion to CRS84, where not CRS84."),
    ];

    private static QueryableProperty Names(string lang) => new($"name_{lang}", "string", lang == "zh" ? "Name in Chinese." : "Name in English.");

    private static string[] AreaCodes(DatasetCatalogue c) => [.. c.AreaCodes];

    public static CollectionDefinition Facilities { get; } = new(
        "facilities", FacilityLayer,
        new("服务设施", "Facilities"),
        new("社区生活圈内的服务设施（学校、诊所、养老、商业、公园、服务站等）。", "Service facilities of the life circles: schools, clinics, elderly care, shops, parks, service stations."),
        "Point", "year",
        c => [
            Names("zh"), Names("en"),
            new("category", "string", "Facility category code (see /categories).", [.. c.Categories.Select(x => x.Code)]),
            new("themes", "array", "Themed circles the facility serves; filter with theme=… or themes = '…' (contains).", [.. c.Themes.Select(x => x.Id)]),
            new("community", "string", "Code of the community the facility stands in.", AreaCodes(c)),
            new("address", "string", "Street address, where known."),
            new("status", "string", "Whether the facility serves residents now.", ["existing", "planned", "under-construction"]),
            new("year", "integer", "Year opened or planned to open, where known."),
            new("capacity", "integer", "Places, beds or seats, where known."),
            .. Common("facility"),
        ]);

    public static CollectionDefinition Circles { get; } = new(
        "circles", "circle",
        new("一刻钟社区生活圈", "Life circles"),
        new("一刻钟社区生活圈的范围与人口。", "The 15-minute community life circles: their areas and residents."),
        "Polygon", "year",
        _ => [
            Names("zh"), Names("en"),
            new("population", "integer", "Residents the circle serves."),
            new("area_km2", "number", "Area in square kilometres."),
            new("communities", "array", "Codes of member communities."),
            new("phase", "string", "Build phase, e.g. pilot."),
            new("year", "integer", "Year the build-out starts."),
            .. Common("circle"),
        ]);

    public static CollectionDefinition Areas { get; } = new(
        "areas", "area",
        new("行政区域", "Areas"),
        new("街道、镇、社区与村。", "Subdistricts, towns, communities and villages."),
        "Polygon", null,
        c => [
            Names("zh"), Names("en"),
            new("kind", "string", "Kind of area.", [.. AreaKinds.All]),
            new("parent_code", "string", "Code of the enclosing area or the district."),
            new("population", "integer", "Residents."),
            new("elderly_share", "number", "Share of residents who are elderly, 0..1."),
            .. Common("area"),
        ]);

    public static CollectionDefinition Blocks { get; } = new(
        "blocks", "block",
        new("居住街坊", "Residential blocks"),
        new("居民出发的居住街坊及其人口。", "Residential blocks, where residents start their walk, with their residents."),
        "Polygon", null,
        c => [
            new("community", "string", "Code of the community the block belongs to.", AreaCodes(c)),
            new("population", "integer", "Residents."),
            new("elderly_share", "number", "Share of residents who are elderly, 0..1."),
            .. Common("block"),
        ]);

    public static CollectionDefinition Streets { get; } = new(
        "streets", "street",
        new("步行路网", "Walkable streets"),
        new("用于计算步行时间的路网。", "The walkable street network walking times are measured on."),
        "LineString", null,
        _ => [
            Names("zh"), Names("en"),
            new("kind", "string", "Street kind, e.g. primary, residential, footway."),
            .. Common("street"),
        ]);

    private static IEnumerable<QueryableProperty> Computed() =>
    [
        new("method", "string", "How walking times were measured: network, or straight-line-x1.3 where there is no street network.", ["network", "straight-line-x1.3"]),
        new("provenance", "string", "Always computed: derived from the published layers at import.", ["computed"]),
    ];

    private static string[] Categories(DatasetCatalogue c) => [.. c.Categories.Select(x => x.Code)];

    public static CollectionDefinition Access { get; } = new(
        "access", "access",
        new("步行可达时间", "Walking access"),
        new("每个居住街坊到每类设施最近一处的步行分钟数（现状与含规划两种情景），用于专题地图。", "Walking minutes from every residential block to the nearest facility of every category, existing and with planned facilities; for choropleth maps. Filter by category."),
        "Polygon", null,
        c => [
            new("block", "string", "Residential block id."),
            new("community", "string", "Community code of the block.", AreaCodes(c)),
            new("category", "string", "Facility category.", Categories(c)),
            new("level_minutes", "integer", "The category's walking level: 5, 10 or 15."),
            new("basic", "boolean", "Whether the category is basic (required) rather than quality."),
            new("population", "integer", "Residents of the block."),
            new("elderly", "number", "Elderly residents of the block."),
            new("minutes_existing", "number", "Minutes to the nearest existing facility; null beyond the 30-minute cutoff."),
            new("minutes_with_planned", "number", "Minutes counting planned and under-construction facilities too."),
            new("reaches_level_existing", "boolean", "Whether an existing facility is within the category's level."),
            new("reaches_level_with_planned", "boolean", "Whether one is, counting planned facilities."),
            .. Computed(),
        ]);

    public static CollectionDefinition Gaps { get; } = new(
        "gaps", "gap",
        new("服务缺口", "Gaps"),
        new("现状设施在其步行层级内未覆盖的居住街坊与基础类设施。", "Residential blocks that no existing facility of a basic category reaches within that category's level, and whether planned facilities fill the gap."),
        "Polygon", null,
        c => [
            new("block", "string", "Residential block id."),
            new("community", "string", "Community code of the block.", AreaCodes(c)),
            new("category", "string", "Facility category.", Categories(c)),
            new("level_minutes", "integer", "The category's walking level."),
            new("population", "integer", "Residents left beyond the level."),
            new("elderly", "number", "Elderly residents left beyond the level."),
            new("minutes_existing", "number", "Minutes to the nearest existing facility; null beyond the cutoff."),
            new("minutes_with_planned", "number", "Minutes counting planned facilities."),
            new("filled_by_planned", "boolean", "Whether planned facilities bring the block within the level."),
            .. Computed(),
        ]);

    public static CollectionDefinition Isochrones { get; } = new(
        "isochrones", "isochrone",
        new("步行等时圈", "Isochrones"),
        new("每处设施 5、10、15 分钟步行可达范围。", "The areas within a 5, 10 and 15-minute walk of each facility, on the street network."),
        "Polygon", null,
        c => [
            new("facility", "string", "Facility id."),
            new("name_zh", "string", "Facility name in Chinese."),
            new("category", "string", "Facility category.", Categories(c)),
            new("status", "string", "Facility status.", ["existing", "planned", "under-construction"]),
            new("minutes", "integer", "Walking minutes the area is within: 5, 10 or 15."),
            .. Computed(),
        ]);

    /// <summary>Every collection, in the order they are listed.</summary>
    public static IReadOnlyList<CollectionDefinition> All { get; } = [Facilities, Circles, Areas, Blocks, Streets, Access, Gaps, Isochrones];

    public static CollectionDefinition? Find(string id) => All.FirstOrDefault(c => c.Id == id);
}
