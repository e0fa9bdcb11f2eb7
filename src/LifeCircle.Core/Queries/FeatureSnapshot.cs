using LifeCircle.Core.Queries.Cql2;
using NetTopologySuite.Index.Strtree;

using LifeCircle.Core.Features;

namespace LifeCircle.Core.Queries;

/// <summary>All features of one collection of one immutable dataset version, indexed for queries.</summary>
/// <remarks>
/// A dataset version never changes, so a snapshot is exact for as long as it is kept, and an offset
/// into its id-ordered (or sorted) result is a stable cursor.
/// </remarks>
public sealed class FeatureSnapshot
{
    private readonly List<FeatureRecord> _features;
    private readonly Dictionary<string, FeatureRecord> _byId;
    private readonly STRtree<FeatureRecord> _index = new();

    public FeatureSnapshot(CollectionDefinition collection, IEnumerable<FeatureRecord> features)
    {
        Collection = collection;
        _features = features.OrderBy(f => f.Id, StringComparer.Ordinal).ToList();
        _byId = _features.ToDictionary(f => f.Id, StringComparer.Ordinal);
        foreach (var f in _features.Where(f => f.Geometry is not null))
        {
            _index.Insert(f.Geometry!.EnvelopeInternal, f);
        }

        _index.Build();
        Extent = _features.Where(f => f.Geometry is not null)
            .Aggregate(new NetTopologySuite.Geometries.Envelope(), (e, f) => { e.ExpandToInclude(f.Geometry!.EnvelopeInternal); return e; });
        var years = collection.TemporalProperty is { } p ? _features.Select(f => f[p]).OfType<double>().Select(y => (int)y).ToList() : [];
        YearRange = years.Count == 0 ? null : (years.Min(), years.Max());
        EstimatedBytes = _features.Sum(EstimateBytes);
    }

    /// <summary>Roughly what the snapshot holds in memory: features, their coordinates and properties, and the index.</summary>
    public long EstimatedBytes { get; }

    public CollectionDefinition Collection { get; }

    public int Count => _features.Count;

    /// <summary>The CRS84 envelope of every geometry (null envelope when none).</summary>
    public NetTopologySuite.Geometries.Envelope Extent { get; }

    /// <summary>First and last year of the temporal property, if any feature has one.</summary>
    public (int First, int Last)? YearRange { get; }

    public FeatureRecord? Get(string id) => _byId.GetValueOrDefault(id);

    /// <summary>Runs the query within the <see cref="QueryBudget"/>; the token (and the budget) are observed every <see cref="CheckEvery"/> candidates.</summary>
    public FeaturePage Query(FeatureQuery query, CancellationToken cancellationToken = default) =>
        QueryBudget.Run(token => Evaluate(query, token), cancellationToken);

    private FeaturePage Evaluate(FeatureQuery query, CancellationToken cancellationToken)
    {
        IEnumerable<FeatureRecord> candidates = query.Bbox is { } bbox
            ? _index.Query(bbox).Where(f => f.Geometry!.EnvelopeInternal.Intersects(bbox) && f.Geometry.Intersects(f.Geometry.Factory.ToGeometry(bbox)))
            : _features;
        candidates = Observing(candidates, cancellationToken);

        if (query.Datetime is { } interval)
        {
            var property = Collection.TemporalProperty!;
            candidates = candidates.Where(f => f[property] is double year && interval.Overlaps((int)year));
        }

        foreach (var (name, value) in query.PropertyEquals)
        {
            candidates = candidates.Where(f => f[name] switch
            {
                string[] array => array.Contains(value as string),
                null => false,
                var v => v.Equals(value),
            });
        }

        if (query.Filter is { } filter)
        {
            candidates = candidates.Where(f => Cql2Evaluator.Matches(filter, f));
        }

        var matched = Sort(candidates, query.SortBy).ToList();
        var page = matched.Skip(query.Offset).Take(query.Limit).ToList();
        return new FeaturePage(page, matched.Count);
    }

    /// <summary>How many candidates are examined between two looks at the cancellation token.</summary>
    public const int CheckEvery = 256;

    private static IEnumerable<FeatureRecord> Observing(IEnumerable<FeatureRecord> candidates, CancellationToken cancellationToken)
    {
        int seen = 0;
        foreach (var f in candidates)
        {
            if (++seen % CheckEvery == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            yield return f;
        }
    }

    private static IEnumerable<FeatureRecord> Sort(IEnumerable<FeatureRecord> features, IReadOnlyList<SortKey> keys)
    {
        if (keys.Count == 0)
        {
            // The index returns bbox hits in tree order; the published order is by id.
            return features.OrderBy(f => f.Id, StringComparer.Ordinal);
        }

        IOrderedEnumerable<FeatureRecord>? ordered = null;
        foreach (var key in keys)
        {
            Func<FeatureRecord, object?> select = f => f[key.Property] is string[] a ? string.Join(',', a) : f[key.Property];
            ordered = ordered is null
                ? key.Descending ? features.OrderByDescending(select, ValueComparer.Instance) : features.OrderBy(select, ValueComparer.Instance)
                : key.Descending ? ordered.ThenByDescending(select, ValueComparer.Instance) : ordered.ThenBy(select, ValueComparer.Instance);
        }

        return ordered!.ThenBy(f => f.Id, StringComparer.Ordinal);
    }

    private static long EstimateBytes(FeatureRecord f)
    {
        // Object headers, the id, dictionary and index slots, plus 40 bytes a coordinate and 2 a string character.
        long bytes = 160 + (2L * f.Id.Length) + (40L * (f.Geometry?.NumPoints ?? 0));
        foreach (var (name, value) in f.Properties)
        {
            bytes += 56 + (2L * name.Length) + value switch
            {
                string s => 24 + (2L * s.Length),
                string[] a => 32 + a.Sum(x => 24 + (2L * x.Length)),
                _ => 24,
            };
        }

        return bytes;
    }

    /// <summary>Orders values of one property: nulls last, then by type, numbers numerically, strings ordinally.</summary>
    private sealed class ValueComparer : IComparer<object?>
    {
        public static ValueComparer Instance { get; } = new();

        public int Compare(object? x, object? y) => (x, y) switch
        {
            (null, null) => 0,
            (null, _) => 1,
            (_, null) => -1,
            (double a, double b) => a.CompareTo(b),
            (string a, string b) => string.CompareOrdinal(a, b),
            (bool a, bool b) => a.CompareTo(b),
            _ => string.CompareOrdinal(x.GetType().Name, y.GetType().Name),
        };
    }
}
