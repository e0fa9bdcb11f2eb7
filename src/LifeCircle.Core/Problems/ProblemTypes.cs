namespace LifeCircle.Core.Problems;

/// <summary>A kind of refusal the API answers with: its stable slug, status and title, what it means and what to do.</summary>
public sealed record ProblemType(string Slug, int Status, string Title, string Meaning, string Remedy);

/// <summary>Every problem type the API writes, each explained at /api/problems/{slug}, which its problem documents name as their type.</summary>
public static class ProblemTypes
{
    /// <summary>Where the problem types are served, below the API root.</summary>
    public const string Path = "/api/problems";

    public static ProblemType InvalidParameter { get; } = new("invalid-parameter", 400, "Invalid parameter",
        "A query or path parameter has a value this resource does not accept, is unknown to it (parameters are never ignored), is empty or is given twice. The problem's parameter member names it and its detail lists what is allowed.",
        "Correct or remove the parameter named in 'parameter'; the OpenAPI definition (/api/openapi.json) lists each resource's parameters.");

    public static ProblemType InternalError { get; } = new("internal-error", 500, "Internal error",
        "The server failed while answering a request it should have answered: a fault of the API, not of the request.",
        "Retry later; if it persists, report it to the operator of this deployment with the trace id given in 'detail'.");

    public static IReadOnlyList<ProblemType> All { get; } =
    [
        InvalidParameter,
        new("not-authorized", 401, "Not authorized",
            "An import was sent without this deployment's import key, or with a wrong one.",
            "Send the key in the X-Import-Key header; only the deployment's operators have it."),
        new("imports-disabled", 403, "Imports disabled",
            "This deployment accepts no imports over HTTP: no import key is configured.",
            "Import with the command-line tool (lifecircle import), or ask the operator to set an import key."),
        new("not-found", 404, "Not found",
            "No resource exists at this path: an unknown district, collection, feature, file or route, or a dataset version that is not published (or was published without what was asked for).",
            "Check the path against the district's landing page (/api/districts/{code}) and its links; /api/districts lists the districts."),
        new("method-not-allowed", 405, "Method not allowed",
            "The path exists but does not answer this HTTP method; reads are GET only, imports POST only.",
            "Use a method the Allow header lists."),
        new("not-acceptable", 406, "Not acceptable",
            "The Accept header allows none of the media types this resource is available in.",
            "Accept one of the media types the detail names, or add f= to choose a format explicitly."),
        new("content-too-large", 413, "Content too large",
            "The request body is larger than this deployment accepts (imports: 100 MiB unless configured otherwise).",
            "Send a smaller package: split the district's layers or remove unused files."),
        new("uri-too-long", 414, "URI too long",
            "The request target (path and query) is longer than 8 KiB.",
            "Send fewer or shorter parameters; a long CQL2 filter can often be written more briefly or as cql2-json."),
        new("invalid-package", 422, "Invalid package",
            "An imported dataset package has problems: every one is listed in the detail with its file, row or feature, field and value.",
            "Fix each listed problem (lifecircle validate lists the same ones offline) and import again."),
        new("request-headers-too-large", 431, "Request headers too large",
            "The request's headers are larger than 32 KiB in all.",
            "Send fewer or shorter headers (large cookies are the usual cause)."),
        InternalError,
        new("storage-unavailable", 503, "Storage unavailable",
            "The API cannot reach its storage and does not hold what this request needs in memory. Versions already in memory keep being served, marked X-Storage-Status.",
            "Retry after the seconds the Retry-After header gives."),
        new("request-budget-exceeded", 503, "Request budget exceeded",
            "Answering would take longer than the time one anonymous request may use (2 s unless configured otherwise).",
            "Narrow the request (a smaller bbox, a simpler filter, a lower limit) or retry after the seconds Retry-After gives."),
    ];

    /// <summary>The type with this slug, or null.</summary>
    public static ProblemType? Find(string slug) => All.FirstOrDefault(t => t.Slug == slug);

    /// <summary>The type of a problem by its title, else the first of its status, else internal-error.</summary>
    public static ProblemType Of(int status, string title) =>
        All.FirstOrDefault(t => t.Status == status && string.Equals(t.Title, title, StringComparison.OrdinalIgnoreCase))
        ?? All.FirstOrDefault(t => t.Status == status)
        ?? InternalError;
}
