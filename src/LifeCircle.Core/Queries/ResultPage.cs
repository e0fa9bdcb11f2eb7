namespace LifeCircle.Core.Queries;

/// <summary>One page of results and the opaque token that continues after it (null on the last page).</summary>
public sealed record ResultPage<T>(IReadOnlyList<T> Values, string? ContinuationToken);
