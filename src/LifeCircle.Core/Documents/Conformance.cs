namespace LifeCircle.Core.Documents;

/// <summary>The conformance classes this API implements, exactly; each is exercised by a test.</summary>
public static class Conformance
{
    public const string Core = "http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/core";
    public const string GeoJson = "http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/geojson";
    public const string Oas30 = "http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/oas30";
    public const string Crs = "http://www.opengis.net/spec/ogcapi-features-2/1.0/conf/crs";
    public const string Queryables = "http://www.opengis.net/spec/ogcapi-features-3/1.0/conf/queryables";
    public const string QueryablesQueryParameters = "http://www.opengis.net/spec/ogcapi-features-3/1.0/conf/queryables-query-parameters";
    public const string Filter = "http://www.opengis.net/spec/ogcapi-features-3/1.0/conf/filter";
    public const string FeaturesFilter = "http://www.opengis.net/spec/ogcapi-features-3/1.0/conf/features-filter";
    public const string Cql2Text = "http://www.opengis.net/spec/cql2/1.0/conf/cql2-text";
    public const string Cql2Json = "http://www.opengis.net/spec/cql2/1.0/conf/cql2-json";
    public const string BasicCql2 = "http://www.opengis.net/spec/cql2/1.0/conf/basic-cql2";
    public const string AdvancedComparison = "http://www.opengis.net/spec/cql2/1.0/conf/advanced-comparison-operators";
    public const string BasicSpatial = "http://www.opengis.net/spec/cql2/1.0/conf/basic-spatial-functions";
    public const string BasicSpatialPlus = "http://www.opengis.net/spec/cql2/1.0/conf/basic-spatial-functions-plus";
    public const string SpatialFunctions = "http://www.opengis.net/spec/cql2/1.0/conf/spatial-functions";
    public const string ProcessesCore = "http://www.opengis.net/spec/ogcapi-processes-1/1.0/conf/core";
    public const string ProcessesJson = "http://www.opengis.net/spec/ogcapi-processes-1/1.0/conf/json";
    public const string ProcessesOas30 = "http://www.opengis.net/spec/ogcapi-processes-1/1.0/conf/oas30";
    public const string ProcessDescription = "http://www.opengis.net/spec/ogcapi-processes-1/1.0/conf/ogc-process-description";

    public static IReadOnlyList<string> Classes { get; } =
    [
        Core, GeoJson, Oas30, Crs, Queryables, QueryablesQueryParameters, Filter, FeaturesFilter,
        Cql2Text, Cql2Json, BasicCql2, AdvancedComparison, BasicSpatial, BasicSpatialPlus, SpatialFunctions,
        ProcessesCore, ProcessesJson, ProcessesOas30, ProcessDescription,
    ];
}
