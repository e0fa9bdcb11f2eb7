using LifeCircle.Core.Queries.Cql2;
using NetTopologySuite.Geometries;

using LifeCircle.Core.Features;

namespace LifeCircle.Core.Queries;

/// <summary>A validated query over one collection: every set criterion must hold; then sort, then page.</summary>
public sealed record FeatureQuery
{
    /// <summary>Only features whose geometry intersects this CRS84 rectangle.</summary>
    public Envelope? Bbox { get; init; }

    /// <summary>Only features whose year overlaps this interval (open ends allowed).</summary>
    public TimeInterval? Datetime { get; init; }

    /// <summary>Property = value conditions; an array property matches when it contains the value.</summary>
    public IReadOnlyList<KeyValuePair<string, object>> PropertyEquals { get; init; } = [];

    /// <summary>A CQL2 filter, already bound to the collection (geometry literals in CRS84).</summary>
    public Cql2Expression? Filter { get; init; }

    /// <summary>Sort keys; ties (and the default order) go by id.</summary>
    public IReadOnlyList<SortKey> SortBy { get; init; } = [];

    public int Offset { get; init; }

    public int Limit { get; init; } = 10;
}

/// <summary>One sortby key: a property and a direction.</summary>
public sealed record SortKey(string Property, bool Descending);

/// <summary>A closed, half-open or open time interval; null ends are unbounded.</summary>
public sealed record TimeInterval(DateTimeOffset? Start, DateTimeOffset? End)
{
    /// <summary>Whether the calendar year overlaps the interval.</summary>
    /// <remarks>Compared by UTC year, so years DateTimeOffset cannot hold (0, 10000) simply do not overlap.</remarks>
    public bool Overlaps(int year) =>
        (Start is null || Start.Value.UtcDateTime.Year <= year) && (End is null || End.Value.UtcDateTime.Year >= year);
}

/// <summary>One page of a query and how many features matched in all.</summary>
public sealed record FeaturePage(IReadOnlyList<FeatureRecord> Features, int NumberMatched);
