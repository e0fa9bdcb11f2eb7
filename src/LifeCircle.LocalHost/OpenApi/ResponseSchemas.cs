using Microsoft.OpenApi;

namespace LifeCircle.LocalHost.OpenApi;

/// <summary>The response schemas of the OpenAPI document, named as [ApiOperation(Schema = …)] refers to them.</summary>
public static class ResponseSchemas
{
    public static IDictionary<string, IOpenApiSchema> All(OpenApiDocument d)
    {
        IOpenApiSchema Ref(string name) => new OpenApiSchemaReference(name, d);
        var links = Arr(Ref("Link"), "Related resources.");
        var localized = Obj("A text in Chinese and English.", ("zh", Str("Chinese.")), ("en", Str("English.")));

        return new SortedDictionary<string, IOpenApiSchema>(StringComparer.Ordinal)
        {
            ["Link"] = Obj("A web link.", ("href", Str("Absolute URL.")), ("rel", Str("Relation type.")), ("type", Str("Media type of the target.")), ("title", Str("Human-readable title."))),
            ["Problem"] = Obj("An RFC 9457 problem document.",
                ("type", Str("Problem type URI.")), ("title", Str("Short summary.")), ("status", Int("HTTP status.")),
                ("detail", Str("What exactly is wrong and what is allowed.")), ("instance", Str("The request path.")),
                ("parameter", Str("The parameter at fault, when one is."))),
            ["Geometry"] = Obj("A GeoJSON geometry (RFC 7946), in the requested CRS.", ("type", Str("Point, LineString, Polygon, …")), ("coordinates", Arr(new OpenApiSchema(), "Coordinates, nested by geometry type."))),
            ["Feature"] = Obj("A GeoJSON Feature.", ("type", Str("Always Feature.")), ("id", Str("Feature id.")), ("geometry", Ref("Geometry")),
                ("properties", Free("Flat properties; see the collection's queryables.")), ("links", links)),
            ["FeatureCollection"] = Obj("A GeoJSON FeatureCollection with OGC API paging members.",
                ("type", Str("Always FeatureCollection.")), ("features", Arr(Ref("Feature"), "The features of this page.")),
                ("numberMatched", Int("Features matching the query in all.")), ("numberReturned", Int("Features in this page.")),
                ("timeStamp", Str("When the page was produced (RFC 3339).")), ("datasetVersion", Str("The dataset version the page comes from.")), ("links", links)),
            ["LandingPage"] = Obj("A district's OGC API landing page.",
                ("title", Str("Title.")), ("titles", localized), ("description", Str("The package's description in English (generated when it has none).")),
                ("descriptions", localized), ("code", Str("District code.")), ("name", localized),
                ("population", Int("Residents.")), ("currentVersion", Str("Current dataset version (content-derived id).")), ("publishedAt", Str("When it was published.")),
                ("facilityCount", Int("Facilities published.")), ("licence", Free("Licence id, title and URL.")),
                ("publisher", Str("Who publishes the dataset, as dataset.json names them.")), ("versionLabel", Str("The publisher's version label from dataset.json, e.g. 2025.2.")),
                ("sources", Arr(Free("A cited source: id, title, and url and licence when given."), "The sources dataset.json cites.")),
                ("illustrative", Bool("True when any layer is illustrative or mixed (the pages then carry a notice).")), ("links", links)),
            ["DistrictList"] = Obj("The districts that publish data.", ("districts", Arr(Ref("LandingPage"), "One landing page per district.")), ("links", links)),
            ["Conformance"] = Obj("Conformance classes.", ("conformsTo", Arr(Str("A conformance class URI."), "Every class implemented."))),
            ["Collection"] = Obj("One collection's metadata.",
                ("id", Str("Collection id.")), ("title", Str("Title.")), ("description", Str("Description.")), ("itemType", Str("Always feature.")),
                ("extent", Free("Spatial (CRS84 bbox) and temporal (years) extent.")), ("crs", Arr(Str("A CRS URI."), "CRSs features can be served in.")),
                ("storageCrs", Str("The CRS features are stored in.")), ("links", links)),
            ["Collections"] = Obj("A district's collections.", ("collections", Arr(Ref("Collection"), "Every collection.")), ("crs", Arr(Str("A CRS URI."), "CRSs supported.")), ("links", links)),
            ["Queryables"] = Free("A JSON Schema (2020-12) of the queryable properties."),
            ["Themes"] = Obj("The themed circles.", ("themes", Arr(Free("A theme with its lead bureau and categories."), "Every theme.")), ("links", links)),
            ["Categories"] = Obj("The facility categories.", ("categories", Arr(Free("A category with its walking level and tier."), "Every category.")),
                ("walkingLevels", Arr(Free("Minutes and metres."), "The 5/10/15-minute levels.")), ("walkingSpeedKmh", Num("Walking speed assumed.")), ("links", links)),
            ["Circles"] = Obj("The life circles as plain JSON.", ("circles", Arr(Free("A circle's properties."), "Every circle.")),
                ("thresholdsMinutes", Arr(Int("Minutes."), "Walking thresholds.")), ("walkingSpeedKmh", Num("Walking speed assumed.")), ("links", links)),
            ["Coverage"] = Obj("Walking coverage statistics of a district's current dataset version.",
                ("district", Str("District code.")), ("datasetVersion", Str("Dataset version the figures belong to.")),
                ("method", Free("How the figures were computed: network or straight-line, walking speed, cutoff, thresholds.")),
                ("filters", Free("The filters applied.")),
                ("headlines", Arr(Free("Per area and scenario: share of residents whose whole life circle is complete, and the limiting categories."), "Headlines.")),
                ("themes", Arr(Free("Per area, theme and scenario: share reaching every basic category of the theme within its level."), "Theme rows.")),
                ("categories", Arr(Free("Per area, category, threshold and scenario: residents and elderly covered, facility count, median and 90th-percentile minutes."), "Category rows.")),
                ("links", links)),
            ["ProcessList"] = Obj("The processes of OGC API – Processes a district offers.", ("processes", Arr(Free("A process summary: id, title, version, jobControlOptions, outputTransmission, links."), "Every process.")), ("links", links)),
            ["Process"] = Free("An OGC process description: id, title, version, jobControlOptions, inputs and outputs (each with a JSON Schema), links (execute)."),
            ["Execute"] = Obj("An execute request (OGC API – Processes).", ("inputs", Free("The inputs by name, as the process description gives them.")),
                ("outputs", Free("Ignored: the one output, result, is always returned.")), ("response", Str("raw or document; the result is returned as JSON either way."))),
            ["ProcessResult"] = Free("A process's result as JSON: the dataset version it was computed from, written = false, and the process's figures (see its description)."),
            ["ProblemType"] = Obj("A problem type explained: the page a problem's type URL leads to.",
                ("type", Str("The absolute URL problems of this type carry.")), ("slug", Str("Stable name, e.g. invalid-parameter.")), ("status", Int("HTTP status.")),
                ("title", Str("The title problems of this type carry.")), ("meaning", Str("What it means.")), ("remedy", Str("What to do.")), ("links", links)),
            ["ProblemTypes"] = Obj("Every problem type the API writes.", ("problemTypes", Arr(Ref("ProblemType"), "Each problem type.")),
                ("reporting", Str("How to report a fault.")), ("links", links)),
            ["Catalog"] = Free("A DCAT-AP 3.0 catalogue in JSON-LD: dcat:Catalog with dcat:dataset (each with dcat:distribution) and dcat:service."),
            ["ImportResult"] = Obj("What an import published.", ("district", Str("District code.")), ("version", Str("The version now current.")),
                ("alreadyPublished", new OpenApiSchema { Type = JsonSchemaType.Boolean, Description = "True when this very package was already current (nothing written)." }),
                ("entitiesWritten", Int("Table rows written.")), ("warnings", Arr(Str("A warning: file, row or feature, field and what."), "Warnings that did not stop the import.")),
                ("derived", Arr(Str("What was derived or defaulted: file, field and how (also in the published metadata's derived list)."), "Values the package left out and the import filled in."))),
            ["Health"] = Obj("Service health.", ("status", Str("healthy when storage answers.")), ("districts", Int("Districts served."))),
            ["OpenApiDocument"] = Free("This OpenAPI 3.0 document."),
            ["Html"] = new OpenApiSchema { Type = JsonSchemaType.String, Description = "An HTML page." },
            ["Asset"] = new OpenApiSchema { Type = JsonSchemaType.String, Format = "binary", Description = "A file, sent as it is." },
            ["Csv"] = new OpenApiSchema { Type = JsonSchemaType.String, Description = "A CSV file: UTF-8 with a byte order mark, a header row, CRLF line ends." },
        };
    }

    private static OpenApiSchema Obj(string description, params (string Name, IOpenApiSchema Schema)[] properties) => new()
    {
        Type = JsonSchemaType.Object,
        Description = description,
        Properties = properties.ToDictionary(p => p.Name, p => p.Schema),
    };

    private static OpenApiSchema Free(string description) => new() { Type = JsonSchemaType.Object, Description = description, AdditionalPropertiesAllowed = true };

    private static OpenApiSchema Str(string description) => new() { Type = JsonSchemaType.String, Description = description };

    private static OpenApiSchema Int(string description) => new() { Type = JsonSchemaType.Integer, Description = description };

    private static OpenApiSchema Bool(string description) => new() { Type = JsonSchemaType.Boolean, Description = description };

    private static OpenApiSchema Num(string description) => new() { Type = JsonSchemaType.Number, Description = description };

    private static OpenApiSchema Arr(IOpenApiSchema items, string description) => new() { Type = JsonSchemaType.Array, Items = items, Description = description };
}
