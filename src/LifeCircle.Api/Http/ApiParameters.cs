namespace LifeCircle.Api.Http;

/// <summary>One description per parameter name, shared by the OpenAPI document and error messages' readers.</summary>
/// <param name="Type">JSON Schema type: string, integer, number or boolean.</param>
public sealed record ApiParameter(string Name, string Type, string Description, string? Example = null, IReadOnlyList<string>? Enum = null, int? Minimum = null, int? Maximum = null);

/// <summary>Every parameter the API takes, described once.</summary>
public static class ApiParameters
{
    public static IReadOnlyDictionary<string, ApiParameter> All { get; } = new ApiParameter[]
    {
        new("code", "string", "Administrative code of the district, e.g. 150303 (Hainan District, Wuhai); {code}@{version}, e.g. 150303@c4c66ed23847, reads that complete dataset version instead of the current one (a version's answers never change).", "150303"),
        new("collectionId", "string", "Id of a collection: " + string.Join(", ", Core.Features.Collections.All.Select(c => c.Id)) + ".", "facilities", [.. Core.Features.Collections.All.Select(c => c.Id)]),
        new("area", "string", "Coverage of one area: the district code, a circle id (north, south) or a community code.", "north"),
        new("theme", "string", "Only this theme's rows (and its categories).", "elderly-care"),
        new("category", "string", "Only this category's rows.", "home-care-station"),
        new("threshold", "integer", "Only rows at this many walking minutes: 5, 10 or 15.", "10", ["5", "10", "15"]),
        new("scenario", "string", "existing (facilities that serve now) or with-planned (plus planned and under construction).", "existing", ["existing", "with-planned"]),
        new("figure", "string", "Only one kind of figure: circle (the headlines: every basic category within its level, and within 15 minutes; in the CSV, figures circle and circle-within-15), theme or category rows.", "category", ["circle", "theme", "category"]),
        new("version", "string", "The build of the page assets, as the pages link to it.", null),
        new("chart", "string", "Which chart or map: coverage (bar chart of shares per area) or access (map of walking minutes per block).", "coverage", ["coverage", "access"]),
        new("featureId", "string", "Id of a feature within the collection.", "park-001"),
        new("file", "string", "A file name: for downloads {collectionId}.geojson or {collectionId}.csv; for schemas e.g. dataset.schema.json; for the documentation page e.g. swagger-ui.css; for page assets e.g. leaflet.js or images/layers.png.", "facilities.csv"),
        new("f", "string", "Response format, one of those this resource offers: json and geojson both give JSON (GeoJSON for features), html a web page, csv a CSV file. Overrides the Accept header.", "json", ["json", "geojson", "html", "csv"]),
        new("lang", "string", "Language of an HTML page, chart or map: zh or en; without it, Accept-Language decides, else Chinese. JSON answers are the same in both.", "en", ["zh", "en"]),
        new("limit", "integer", "Features per page, 1 to 10000 (default 10).", "100", Minimum: 1, Maximum: 10_000),
        new("bbox", "string", "Only features intersecting this box: minLon,minLat,maxLon,maxLat (or the 6-number 3D form), in bbox-crs axis order.", "106.86,39.43,106.88,39.445"),
        new("bbox-crs", "string", "CRS of bbox (default CRS84); one of the collection's crs URIs.", "http://www.opengis.net/def/crs/OGC/1.3/CRS84"),
        new("datetime", "string", "Only features whose year overlaps this instant or interval (RFC 3339; '..' for an open end), e.g. 2022-01-01/.. .", "2022-01-01/.."),
        new("crs", "string", "CRS of the coordinates returned (default CRS84); one of the collection's crs URIs. EPSG:4326 is latitude first. For reach, also the CRS point is given in (GCJ-02 for Amap, BD-09 for Baidu).", "http://www.opengis.net/def/crs/EPSG/0/4326"),
        new("properties", "string", "Comma-separated properties to return (default all).", "name_zh,category"),
        new("skipGeometry", "boolean", "true to return features without geometry.", "false"),
        new("sortby", "string", "Comma-separated queryables to sort by, each prefixed with + (ascending, default) or - (descending); ties go by id.", "-year,name_en"),
        new("filter", "string", "A CQL2 filter over the collection's queryables, in filter-lang.", "category IN ('pharmacy','clinic') AND status = 'existing'"),
        new("filter-lang", "string", "Encoding of filter: cql2-text (default) or cql2-json.", "cql2-text", ["cql2-text", "cql2-json"]),
        new("filter-crs", "string", "CRS of the geometries in filter (default CRS84).", "http://www.opengis.net/def/crs/OGC/1.3/CRS84"),
        new("point", "string", "Where the walk starts: x,y in the axis order of crs (default CRS84 lon,lat); must lie within the district.", "106.8772,39.4346"),
        new("minutes", "integer", "Walking minutes, 1 to 30 (default 10), at 3.6 km/h on the street network.", "10", Minimum: 1, Maximum: 30),
        new("result", "string", "facilities (default): the facilities reached with their minutes; area: the walking area as a polygon.", "facilities", ["facilities", "area"]),
        new("processId", "string", "Id of a process: coverage-what-if or best-sites.", "best-sites", ["coverage-what-if", "best-sites"]),
        new("cursor", "string", "Where a page starts: use the value in a next or prev link, never build it.", null),
        new("slug", "string", "A problem type's stable name, e.g. invalid-parameter.", "invalid-parameter", [.. Core.Problems.ProblemTypes.All.Select(t => t.Slug)]),
        new("format", "string", "The file format of a chart or map: svg or png.", "svg", ["svg", "png"]),
        new("population", "string", "Whose share a chart (or the dashboard) shows: residents (default) or elderly residents.", "residents", ["residents", "elderly"]),
    }.ToDictionary(p => p.Name);
}
