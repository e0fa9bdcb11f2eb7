namespace LifeCircle.Core.Problems;

/// <summary>A request the API refuses, carrying what the problem+json response will say.</summary>
/// <param name="status">HTTP status: 4xx, or 503 when the request ran out of its time budget.</param>
/// <param name="title">Short, fixed summary of the problem type.</param>
/// <param name="detail">What exactly is wrong with this request, and what is allowed.</param>
/// <param name="parameter">The query or path parameter at fault, if one is.</param>
public sealed class ProblemException(int status, string title, string detail, string? parameter = null)
    : Exception(detail)
{
    public int Status { get; } = status;

    public string Title { get; } = title;

    public string Detail { get; } = detail;

    public string? Parameter { get; } = parameter;

    /// <summary>When set, the answer carries a Retry-After header with this many seconds.</summary>
    public int? RetryAfterSeconds { get; init; }

    /// <summary>400: a parameter has a value the API does not accept.</summary>
    public static ProblemException BadParameter(string parameter, string detail) =>
        new(400, "Invalid parameter", $"Parameter '{parameter}': {detail}", parameter);

    /// <summary>404: the named resource does not exist.</summary>
    public static ProblemException NotFound(string detail) => new(404, "Not found", detail);

    /// <summary>503: the store behind the API cannot be reached, and what the request needs is not in memory.</summary>
    public static ProblemException StorageUnavailable() =>
        new(503, "Storage unavailable",
            "The API cannot reach its storage right now and does not hold what this request needs in memory. Retry in a few seconds.")
        {
            RetryAfterSeconds = 5,
        };

    /// <summary>503: answering would take more than the time one anonymous request may use.</summary>
    public static ProblemException OverBudget(TimeSpan budget) =>
        new(503, "Request budget exceeded",
            FormattableString.Invariant($"Answering this request took longer than the {budget.TotalSeconds:0.###} s one request may use. Narrow it (a smaller bbox, a simpler filter, a lower limit) or retry later."))
        {
            RetryAfterSeconds = 1,
        };

    /// <summary>503: the collection is computed when first read, and the computation, which goes on, did not finish within the time a read may wait for it.</summary>
    public static ProblemException BeingComputed(string collection, TimeSpan waited, int retryAfterSeconds) =>
        new(503, "Layer being computed",
            FormattableString.Invariant($"Collection '{collection}' of this dataset version is computed when first asked for, and the computation has not finished within the {waited.TotalSeconds:0.###} s a request waits for it. It goes on without this request; retry in {retryAfterSeconds} s: once it is done, the answer comes from memory."))
        {
            RetryAfterSeconds = retryAfterSeconds,
        };
}
