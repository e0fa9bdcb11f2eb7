namespace LifeCircle.Api.Rendering.Html;

/// <summary>The words of the error, definition, queryables and listing pages, and the names of link titles, properties, formats and geometry types.</summary>
public static partial class PageText
{
    /// <summary>"GeoJSON (whole layer)", or in Chinese with full-width brackets, "GeoJSON（整个图层）".</summary>
    public static string Bracketed(string text, string note, string lang) => lang == Core.Requests.Languages.English ? $"{text} ({note})" : $"{text}（{note}）";

    private static readonly Dictionary<string, (string Zh, string En)> PageWords = new(StringComparer.Ordinal)
    {
        // Punctuation: a Chinese page writes full-width colons.
        ["colon"] = ("：", ": "),
        ["period"] = ("。", "."),
        ["site_description"] = ("各区县一刻钟便民生活圈的开放数据：设施、步行覆盖率与短板，提供 OGC API – Features、GeoJSON 与 CSV。", "Open data of districts' 15-minute community life circles: facilities, walking coverage and gaps, as OGC API – Features, GeoJSON and CSV."),

        // Error pages and the problem types.
        ["error_detail"] = ("详细说明（API 原文）", "Detail"),
        ["error_parameter"] = ("出错的参数", "Parameter at fault"),
        ["error_address"] = ("请求的地址", "Address asked for"),
        ["error_remedy"] = ("怎么办", "What to do"),
        ["without_parameter"] = ("去掉这个参数再试：", "Try again without "),
        ["error_back"] = ("继续浏览", "Where to go from here"),
        ["error_type_link"] = ("关于这类错误", "About this kind of error"),
        ["all_districts"] = ("所有区县", "All districts"),
        ["problem_types"] = ("错误类型", "Problem types"),
        ["problem_type"] = ("错误类型", "Problem type"),
        ["type_id"] = ("类型标识（type）", "Type identifier (type)"),
        ["http_status"] = ("HTTP 状态码", "HTTP status"),
        ["meaning"] = ("含义", "Meaning"),

        // Definition pages: themes, categories, circles, processes.
        ["themes_title"] = ("主题（专题生活圈）", "Themes (themed circles)"),
        ["themes_intro"] = (
            "一刻钟社区生活圈按主题划分：每个主题由一个牵头部门负责，包含若干类设施。每类设施有一个步行标准：居民应能在 5、10 或 15 分钟内步行到达（按 3.6 km/h，即 300、600、900 米）。"
            + "“基础保障”类设施（看板所说的基本设施）是生活圈完整所必需的，看板上“生活圈完整的居民”只统计这类设施；“品质提升”类设施提高生活品质，不计入完整度。",
            "The life circle is organised in themes, each led by a bureau and made of facility categories. Each category has a walking level: residents should reach one within 5, 10 or 15 minutes on foot (300, 600 or 900 m at 3.6 km/h). "
            + "Basic categories are what a complete circle needs, and the dashboard's \"residents with a complete circle\" counts only them; quality categories add to the circle but do not count towards completeness."),
        ["lead_bureau"] = ("牵头部门", "Lead bureau"),
        ["not_named"] = ("资料未指明", "not named in the sources"),
        ["walking_level"] = ("步行标准", "Walking level"),
        ["tier"] = ("级别", "Tier"),
        ["tier_basic"] = ("基础保障", "basic"),
        ["tier_quality"] = ("品质提升", "quality"),
        ["standard"] = ("依据", "Standard"),
        ["on_map"] = ("设施地图", "facilities on a map"),
        ["categories_title"] = ("设施类别", "Facility categories"),
        ["categories_intro"] = (
            "每类设施的步行标准（居民应能在多少分钟内步行到达）和级别（“基础保障”类即基本设施，计入生活圈完整度；“品质提升”类不计入）。各类设施所属的主题见",
            "Each category's walking level (the minutes within which residents should reach one) and tier (basic categories count towards a complete circle, quality ones do not). The themes each category belongs to are on"),
        ["walking_levels"] = ("步行标准与距离", "Walking levels and distances"),
        ["distance"] = ("步行距离", "Walking distance"),
        ["metres"] = ("米", "m"),
        ["walking_speed"] = ("步行速度", "Walking speed"),
        ["circles_title"] = ("一刻钟社区生活圈", "Life circles"),
        ["circles_intro"] = (
            "每个生活圈由若干社区组成。覆盖率按街坊中心所在的生活圈统计（见覆盖率看板）。",
            "Each life circle is made of communities. Coverage counts the blocks whose centre lies inside a circle (see the coverage dashboard)."),
        ["area_km2"] = ("面积", "Area"),
        ["communities"] = ("成员社区", "Member communities"),
        ["phase"] = ("建设阶段", "Phase"),
        ["year"] = ("年份", "Year"),
        ["thresholds"] = ("统计的步行时间", "Walking times counted"),
        ["processes_title"] = ("规划计算", "Planning processes"),
        ["processes_intro"] = (
            "这些计算（OGC API – Processes）在所示数据版本上即时进行，不写入任何数据。覆盖率看板的“假如”面板就用它们；程序可用 POST 调用。",
            "These processes (OGC API – Processes) compute on the dataset version shown, at once, and write nothing. The coverage dashboard's what-if panel uses them; programs call them with POST."),
        ["process_coverage-what-if"] = ("假如增减设施：覆盖率的变化", "Coverage what-if"),
        ["process_coverage-what-if_description"] = (
            "增加设施和/或关闭现有设施，然后在该数据版本的路网上重新计算受影响设施类别的步行覆盖率：按区域、设施类别、步行分钟和情景给出之前、之后与变化，并列出步行分钟有变化的每个街坊。新增设施在两种情景中都计入。不写入任何数据。",
            "Adds facilities and/or removes existing ones, then recomputes walking coverage of the categories touched on the version's street network: per area, category, threshold and scenario, before, after and the change, plus every block whose minutes changed. Added facilities count in both scenarios. Nothing is written."),
        ["process_coverage-what-if_output"] = (
            "之前与之后的覆盖率（区域、设施类别、步行分钟、情景）及其变化，以及步行分钟有变化的街坊。",
            "Coverage rows (area, category, threshold, scenario) before and after with the change, and the blocks whose walking minutes changed."),
        ["process_best-sites"] = ("最佳选址", "Best sites"),
        ["process_best-sites_description"] = (
            "为某类设施（或某主题的任一类设施）选出 k 处新址，使在步行时限内可达的居民（或老年居民）最多：即最大覆盖选址问题（Church & ReVelle 1974）。规模小时穷举求出最优解；否则用惰性求值的贪心算法，保证至少达到最优增量的 1 − 1/e，并给出本次计算的上界。结果与该区已规划的同类设施对比。详见 docs/planning.md。",
            "Chooses k new sites of a category (or any category of a theme) that together bring the most residents (or elderly residents) within the walking threshold: the maximal covering location problem (Church & ReVelle 1974). Exact (every combination) when small; otherwise greedy with lazy evaluation, which covers at least 1 − 1/e of the optimum, with the run's own upper bound. Compared with the district's planned sites of the same categories. See docs/planning.md."),
        ["process_best-sites_output"] = (
            "按次序列出的新址及其边际增量、之前与之后的覆盖人数、规划设施的对应数字，以及最优值的上界。",
            "The sites in order with their marginal gains, covered demand before and after, the planned sites' figures, and the bound on the optimum."),
        ["input_coverage-what-if_add"] = ("要增加的设施：最多 50 处，每处给出坐标（按 crs）、设施类别和可选的名称。", "Facilities to add: at most 50, each a point in crs, a category and an optional name."),
        ["input_coverage-what-if_remove"] = ("要关闭的设施编号：最多 200 个本数据版本中的设施编号，每个只给一次。", "Facility ids to remove: at most 200 ids of the version's facilities, each once."),
        ["input_coverage-what-if_categories"] = ("另外报告的设施类别：即使增减设施不涉及它们也列出（变化为零）。", "Categories to report also: reported even when the change does not touch them (their changes are zero)."),
        ["input_coverage-what-if_crs"] = ("坐标的参照系：也接受 GCJ-02（高德）和 BD-09（百度）；轴序按该参照系的定义。", "CRS of the points: GCJ-02 (Amap) and BD-09 (Baidu) are accepted; axis order as the CRS defines it."),
        ["input_best-sites_category"] = ("新址的设施类别（或给出 theme）。", "Category: the category of the new sites (or give theme)."),
        ["input_best-sites_theme"] = ("主题：该主题的任一类设施都算（代替 category）。", "Theme: any category of this theme counts (instead of category)."),
        ["input_best-sites_k"] = ("新址数：1 到 20；给出候选点时，不超过候选点数。", "Number of new sites: 1 to 20; with candidates given, at most their number."),
        ["input_best-sites_threshold"] = ("步行分钟：5、10 或 15；正好等于时限的街坊算作可达。", "Walking minutes: 5, 10 or 15; a block exactly at it counts as covered."),
        ["input_best-sites_weight"] = ("需求：residents（居民）或 elderly（老年居民 = 居民 × 街坊的老年人占比）。", "Demand: residents or elderly (residents × the block's elderly share)."),
        ["input_best-sites_keep"] = ("保留的设施：新址在哪些设施的覆盖之上增加：existing（现有，默认）、existing-and-planned（现有和规划）或 none（无）。", "Facilities kept: whose coverage the new sites add to: existing (default), existing-and-planned, or none."),
        ["input_best-sites_candidates"] = ("候选点：最多 5000 个（按 crs）；不给时，沿街道按 spacing 间距生成（见 docs/planning.md）。", "Candidate sites: at most 5000 points in crs; when absent, points along the streets at spacing (docs/planning.md)."),
        ["input_best-sites_spacing"] = ("候选点间距（米）：只用于自动生成的候选点（不能与 candidates 同时给出）：每 spacing × spacing 的街道方格一个，点数超过 5000 时间距加倍。", "Candidate spacing (metres): for generated candidates only (not with candidates): one per spacing × spacing square of street, doubled until there are at most 5000."),
        ["input_best-sites_crs"] = ("坐标的参照系：用于 candidates 和返回的新址。", "CRS of the points: for candidates and the sites returned."),
        ["inputs"] = ("输入", "Inputs"),
        ["input"] = ("输入项", "Input"),
        ["required"] = ("必填", "required"),
        ["optional"] = ("可选", "optional"),
        ["allowed_values"] = ("允许的值", "Allowed values"),
        ["default"] = ("默认", "default"),
        ["output"] = ("输出", "Output"),
        ["how_to_run"] = ("调用方式", "How to run it"),
        ["how_to_run_note"] = ("向下面的地址 POST 一个 JSON 请求体（Content-Type: application/json），形如 {\"inputs\": {…}}：", "POST a JSON body (Content-Type: application/json) of the form {\"inputs\": {…}} to:"),
        ["details"] = ("说明与输入", "Description and inputs"),
        ["result"] = ("计算结果", "Result"),

        // Queryables.
        ["queryables_intro"] = (
            "可以按这些属性筛选和排序要素：在要素列表的地址后加“属性=值”（例如 ?category=bank），或用 CQL2 的 filter 参数；下表给出每个属性的代码和允许的值。",
            "Filter and sort the features on these properties: add property=value to the items URL (e.g. ?category=bank), or use a CQL2 filter; the table gives each property's code and allowed values."),
        ["name"] = ("名称", "Name"),
        ["values"] = ("允许的值", "Allowed values"),
        ["n_values"] = ("个值", "values"),
        ["type_string"] = ("文本", "text"),
        ["type_integer"] = ("整数", "integer"),
        ["type_number"] = ("数值", "number"),
        ["type_boolean"] = ("是/否", "yes/no"),
        ["type_array"] = ("列表", "list"),
        ["type_geometry"] = ("几何", "geometry"),
        ["unit_min"] = ("分钟", "minutes"),
        ["unit_km2"] = ("平方千米", "km²"),

        // Items and feature pages.
        ["yes"] = ("是", "yes"),
        ["no"] = ("否", "no"),
        ["coordinates"] = ("坐标（经度, 纬度）", "Coordinates (longitude, latitude)"),
        ["choose_category"] = ("按设施类别查看", "Show one facility category"),
        ["per_category_hint"] = (
            "每个街坊对每类设施各有一条记录，所以本页不足以看出全貌。选一类设施，地图就按步行分钟给各街坊着色：",
            "Each block has one row per facility category, so one page shows little. Choose a category to see every block coloured by walking minutes:"),
        ["queryables_link"] = ("可查询属性（用于筛选）", "Queryable properties (for filters)"),
        ["map_of"] = ("地图", "Map"),
        ["map_context"] = ("灰线为街道，虚线为社区边界。", "Grey lines are streets, dashed lines community boundaries."),
        ["minutes_existing_legend"] = ("到最近现有设施的步行分钟", "Walking minutes to the nearest existing facility"),
        ["gaps_legend"] = ("蓝色：规划设施可补上的缺口；红色：规划后仍未达标。", "Blue: gaps the planned facilities close; red: still beyond the level with them."),

        // Geometry types, as the collections list them.
        ["geom_Point"] = ("点", "points"),
        ["geom_MultiPoint"] = ("点", "points"),
        ["geom_LineString"] = ("线", "lines"),
        ["geom_MultiLineString"] = ("线", "lines"),
        ["geom_Polygon"] = ("面", "polygons"),
        ["geom_MultiPolygon"] = ("面", "polygons"),
        ["geom_Geometry"] = ("面或点", "polygons or points"),

        // Coordinate reference systems (their URIs are what crs= takes).
        ["crs_http://www.opengis.net/def/crs/OGC/1.3/CRS84"] = ("WGS 84 经度/纬度（默认）", "WGS 84 longitude/latitude (default)"),
        ["crs_http://www.opengis.net/def/crs/EPSG/0/4326"] = ("WGS 84 纬度/经度", "WGS 84 latitude/longitude"),
        ["crs_http://www.opengis.net/def/crs/EPSG/0/3857"] = ("Web 墨卡托（米）", "Web Mercator (metres)"),
        ["crs_urn:x-lifecircle:def:crs:GCJ-02"] = ("GCJ-02（高德、腾讯地图）", "GCJ-02 (Amap, Tencent)"),
        ["crs_urn:x-lifecircle:def:crs:BD-09"] = ("BD-09（百度地图）", "BD-09 (Baidu)"),

        // Licences the pages name in Chinese, by their SPDX id.
        ["licence_CC-BY-4.0"] = ("知识共享署名 4.0 国际许可协议（CC BY 4.0）", "Creative Commons Attribution 4.0 International"),

        // Formats, as links and downloads name them.
        ["whole_layer"] = ("整个图层", "whole layer"),

        // The values of definition pages.
        ["value_pilot"] = ("试点", "pilot"),
        ["value_existing-and-planned"] = ("现有和规划设施", "existing and planned"),
        ["value_none"] = ("无", "none"),
        ["value_residents"] = ("居民", "residents"),
        ["value_elderly"] = ("老年居民", "elderly residents"),
        ["value_rollout"] = ("推广", "roll-out"),
        ["value_primary"] = ("主干路", "primary"),
        ["value_residential"] = ("居住区道路", "residential"),
        ["value_footway"] = ("步行道", "footway"),

        // The short names of layer properties, for table headers (their descriptions say the rest).
        ["prop_id"] = ("编号", "ID"),
        ["prop_geometry"] = ("几何", "Geometry"),
        ["prop_name_zh"] = ("中文名称", "Chinese name"),
        ["prop_name_en"] = ("英文名称", "English name"),
        ["prop_category"] = ("设施类别", "Category"),
        ["prop_themes"] = ("主题", "Themes"),
        ["prop_community"] = ("社区", "Community"),
        ["prop_address"] = ("地址", "Address"),
        ["prop_status"] = ("状态", "Status"),
        ["prop_year"] = ("年份", "Year"),
        ["prop_capacity"] = ("规模", "Capacity"),
        ["prop_provenance"] = ("存在依据", "Provenance"),
        ["prop_position_provenance"] = ("位置依据", "Position provenance"),
        ["prop_figures_provenance"] = ("数字依据", "Figures provenance"),
        ["prop_source"] = ("出处", "Source"),
        ["prop_source_crs"] = ("原始坐标系", "Source CRS"),
        ["prop_population"] = ("居民", "Residents"),
        ["prop_area_km2"] = ("面积（平方千米）", "Area (km²)"),
        ["prop_communities"] = ("成员社区", "Member communities"),
        ["prop_phase"] = ("建设阶段", "Phase"),
        ["prop_kind"] = ("类型", "Kind"),
        ["prop_parent_code"] = ("上级区域", "Parent area"),
        ["prop_elderly_share"] = ("老年人占比", "Elderly share"),
        ["prop_block"] = ("街坊", "Block"),
        ["prop_level_minutes"] = ("步行标准（分钟）", "Level (minutes)"),
        ["prop_basic"] = ("基本设施", "Basic"),
        ["prop_elderly"] = ("老年居民", "Elderly residents"),
        ["prop_minutes_existing"] = ("步行分钟（现有设施）", "Minutes (existing)"),
        ["prop_minutes_with_planned"] = ("步行分钟（含规划设施）", "Minutes (with planned)"),
        ["prop_reaches_level_existing"] = ("达标（现有设施）", "Within level (existing)"),
        ["prop_reaches_level_with_planned"] = ("达标（含规划设施）", "Within level (with planned)"),
        ["prop_method"] = ("计算方法", "Method"),
        ["prop_filled_by_planned"] = ("规划后达标", "Closed by planned"),
        ["prop_facility"] = ("设施", "Facility"),
        ["prop_minutes"] = ("步行分钟", "Minutes"),

        // Link titles the API writes in English, by the title it writes.
        ["link_This landing page"] = ("本区县首页", "This landing page"),
        ["link_This dataset version, at a URL that keeps serving it after newer versions are published"] = ("本数据版本的固定网址（发布新版本后仍提供此版本）", "This dataset version, at a URL that keeps serving it after newer versions are published"),
        ["link_The API definition (OpenAPI 3.0)"] = ("API 定义（OpenAPI 3.0）", "The API definition (OpenAPI 3.0)"),
        ["link_The API definition"] = ("API 定义", "The API definition"),
        ["link_The API documentation (Swagger UI)"] = ("API 文档（Swagger UI）", "The API documentation (Swagger UI)"),
        ["link_Conformance classes"] = ("符合的标准类", "Conformance classes"),
        ["link_Collections"] = ("数据集合", "Collections"),
        ["link_Themes (plain JSON)"] = ("主题：牵头部门与设施类别", "Themes: lead bureaus and facility categories"),
        ["link_Facility categories (plain JSON)"] = ("设施类别：步行标准与级别", "Facility categories: walking levels and tiers"),
        ["link_Life circles (plain JSON)"] = ("生活圈：成员社区与人口", "Life circles: member communities and residents"),
        ["link_Planning processes (OGC API – Processes): coverage what-if, best sites"] = ("规划计算（OGC API – Processes）：假如增减设施、最佳选址", "Planning processes (OGC API – Processes): coverage what-if, best sites"),
        ["link_Queryable properties"] = ("可查询属性", "Queryable properties"),
        ["link_This feature"] = ("本要素", "This feature"),
        ["link_The district's landing page"] = ("区县首页", "The district's landing page"),
        ["link_The circles as GeoJSON"] = ("生活圈（GeoJSON）", "The circles as GeoJSON"),
        ["link_Problem types"] = ("错误类型", "Problem types"),
        ["link_Every problem type"] = ("所有错误类型", "Every problem type"),
        ["link_Process description"] = ("流程说明", "Process description"),
        ["link_Execute (POST)"] = ("执行（POST）", "Execute (POST)"),
        ["link_Creative Commons Attribution 4.0 International"] = ("知识共享署名 4.0 国际许可协议（CC BY 4.0）", "Creative Commons Attribution 4.0 International"),
        ["link_The processes of this district"] = ("本区县的规划计算", "The processes of this district"),
    };
}
