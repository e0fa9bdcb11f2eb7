namespace LifeCircle.Core.Queries;

/// <summary>Options for one page of a facility query.</summary>
public sealed class FacilityQueryOptions
{
    /// <summary>Largest page size a caller may ask for.</summary>
    public const int MaxPageSize = 10_000;

    /// <summary>Page size when none is given.</summary>
    public const int DefaultPageSize = 10;

    public FacilityFilter Filter { get; init; } = FacilityFilter.None;

    /// <summary>Facilities to return at most, 1..<see cref="MaxPageSize"/>.</summary>
    public int PageSize { get; init; } = DefaultPageSize;

    /// <summary>Token returned with the previous page, or null for the first page.</summary>
    public string? ContinuationToken { get; init; }
}
