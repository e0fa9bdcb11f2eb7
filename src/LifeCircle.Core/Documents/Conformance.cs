namespace LifeCircle.Core.Documents;

/// <summary>The conformance classes this API implements, exactly; each is exercised by a test.</summary>
public static class Conformance
{
    private const string Features1 = "http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/", Features2 = "http://www.opengis.net/spec/ogcapi-features-2/1.0/conf/",
        Features3 = "http://www.opengis.net/spec/ogcapi-features-3/1.0/conf/", Cql2 = "http://www.opengis.net/spec/cql2/1.0/conf/",
        Processes1 = "http://www.opengis.net/spec/ogcapi-processes-1/1.0/conf/";

    /// <summary>OGC API – Features Part 1 (core), Part 2 (CRS) and Part 3 (filtering).</summary>
    public const string Core = Features1 + "core", GeoJson = Features1 + "geojson", Oas30 = Features1 + "oas30", Crs = Features2 + "crs",
        Queryables = Features3 + "queryables", QueryablesQueryParameters = Features3 + "queryables-query-parameters",
        Filter = Features3 + "filter", FeaturesFilter = Features3 + "features-filter";

    /// <summary>CQL2: both encodings, and the operator and function classes implemented.</summary>
    public const string Cql2Text = Cql2 + "cql2-text", Cql2Json = Cql2 + "cql2-json", BasicCql2 = Cql2 + "basic-cql2",
        AdvancedComparison = Cql2 + "advanced-comparison-operators", BasicSpatial = Cql2 + "basic-spatial-functions",
        BasicSpatialPlus = Cql2 + "basic-spatial-functions-plus", SpatialFunctions = Cql2 + "spatial-functions";

    /// <summary>OGC API – Processes Part 1: synchronous execution of the planning processes.</summary>
    public const string ProcessesCore = Processes1 + "core", ProcessesJson = Processes1 + "json", ProcessesOas30 = Processes1 + "oas30",
        ProcessDescription = Processes1 + "ogc-process-description";

    public static IReadOnlyList<string> Classes { get; } =
    [
        Core, GeoJson, Oas30, Crs, Queryables, QueryablesQueryParameters, Filter, FeaturesFilter,
        Cql2Text, Cql2Json, BasicCql2, AdvancedComparison, BasicSpatial, BasicSpatialPlus, SpatialFunctions,
        ProcessesCore, ProcessesJson, ProcessesOas30, ProcessDescription,
    ];
}
