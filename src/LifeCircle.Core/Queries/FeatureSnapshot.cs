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
    private readonly STRtree<int> _index = new();

    public FeatureSnapshot(CollectionDefinition collection, IEnumerable<FeatureRecord> features)
    {
        Collection = collection;
        _features = features.OrderBy(f => f.Id, StringComparer.Ordinal).ToList();
        _byId = _features.ToDictionary(f => f.Id, StringComparer.Ordinal);
        for (int i = 0; i < _features.Count; i++)
        {
            if (_features[i].Geometry is { } geometry)
            {
                _index.Insert(geometry.EnvelopeInternal, i);
            }
        }

        _index.Build();
        Outline = LayerOutline.Of(_features, collection.TemporalProperty);
        EstimatedBytes = _features.Sum(EstimateBytes);
    }

    /// <summary>Roughly what the snapshot holds in memory: features, their coordinates and properties, and the index.</summary>
    public long EstimatedBytes { get; }

    public CollectionDefinition Collection { get; }

    public int Count => _features.Count;

    /// <summary>How many features, the CRS84 envelope of every geometry (null envelope when none), and the years of the temporal property.</summary>
    public LayerOutline Outline { get; }

    /// <summary>The CRS84 envelope of every geometry (null envelope when none).</summary>
    public NetTopologySuite.Geometries.Envelope Extent => Outline.Extent;

    /// <summary>First and last year of the temporal property, if any feature has one.</summary>
    public (int First, int Last)? YearRange => Outline.YearRange;

    public FeatureRecord? Get(string id) => _byId.GetValueOrDefault(id);

    /// <summary>Runs the query within the <see cref="QueryBudget"/>; the token (and the budget) are observed every <see cref="CheckEvery"/> candidates.</summary>
    public FeaturePage Query(FeatureQuery query, CancellationToken cancellationToken = default) =>
        QueryBudget.Run(token => Evaluate(query, token), cancellationToken);

    private FeaturePage Evaluate(FeatureQuery query, CancellationToken cancellationToken)
    {
        bool filtered = query.Bbox is not null || query.Datetime is not null || query.PropertyEquals.Count > 0 || query.Filter is not null;
        if (!filtered && query.SortBy.Count == 0)
        {
            // Every feature matches and they are held in the published order, so the page is a slice: no pass over the rest.
            // Clamped as Skip and Take treat a negative count.
            int start = Math.Clamp(query.Offset, 0, _features.Count);
            return new FeaturePage(_features.GetRange(start, Math.Clamp(query.Limit, 0, _features.Count - start)), _features.Count);
        }

        IEnumerable<FeatureRecord> candidates = query.Bbox is { } bbox ? Intersecting(bbox) : _features;
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

        if (query.SortBy.Count == 0)
        {
            // Candidates come in id order, the published one: count them all, keep only the page's.
            var page = new List<FeatureRecord>(Math.Clamp(query.Limit, 0, 256));
            int matched = 0;
            foreach (var f in candidates)
            {
                if (matched >= query.Offset && page.Count < query.Limit)
                {
                    page.Add(f);
                }

                matched++;
            }

            return new FeaturePage(page, matched);
        }

        var sorted = Sort(candidates, query.SortBy).ToList();
        return new FeaturePage(sorted.Skip(query.Offset).Take(query.Limit).ToList(), sorted.Count);
    }

    /// <summary>The features whose geometry intersects the rectangle, in id order.</summary>
    private IEnumerable<FeatureRecord> Intersecting(NetTopologySuite.Geometries.Envelope bbox)
    {
        // The index holds positions in the id-ordered list, so ordering its hits is a sort of small integers.
        var hits = _index.Query(bbox).ToArray();
        Array.Sort(hits);
        NetTopologySuite.Geometries.Geometry? rectangle = null;
        foreach (int i in hits)
        {
            var geometry = _features[i].Geometry!;
            if (!geometry.EnvelopeInternal.Intersects(bbox))
            {
                continue;
            }

            // A point, or a geometry whose envelope lies inside the rectangle, intersects it whenever its envelope does.
            if (geometry is NetTopologySuite.Geometries.Point || bbox.Contains(geometry.EnvelopeInternal)
                || geometry.Intersects(rectangle ??= geometry.Factory.ToGeometry(bbox)))
            {
                yield return _features[i];
            }
        }
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
        IOrderedEnumerable<FeatureRecord>? ordered = null;
        foreach (var key in keys)
        {
            Func<FeatureRecord, object?> select = f => f[key.Property] is string[] a ? string.Join(',', a) : f[key.Property];
            var comparer = key.Descending ? ValueComparer.Descending : ValueComparer.Ascending;
            ordered = ordered is null ? features.OrderBy(select, comparer) : ordered.ThenBy(select, comparer);
        }

        return ordered!.ThenBy(f => f.Id, StringComparer.Ordinal);
    }

    private static long EstimateBytes(FeatureRecord f)
    {
        // Object headers, the id, geometry objects, dictionary and index slots, 56 bytes a coordinate (an NTS Coordinate and its slot)
        // and 2 a string character. Calibrated by bench/LifeCircle.Bench snapshot-memory: 10,000 synthetic facilities are 2,390 live bytes
        // each; the cache's budget is only a bound if its estimates are not below what is really held.
        long bytes = 480 + (2L * f.Id.Length) + (56L * (f.Geometry?.NumPoints ?? 0));
        foreach (var (name, value) in f.Properties)
        {
            bytes += 88 + (2L * name.Length) + value switch
            {
                string s => 24 + (2L * s.Length),
                string[] a => 32 + a.Sum(x => 24 + (2L * x.Length)),
                _ => 24,
            };
        }

        return bytes;
    }

    /// <summary>Orders values of one property: by type, numbers numerically, strings ordinally, either way; nulls last in both.</summary>
    private sealed class ValueComparer(bool descending) : IComparer<object?>
    {
        public static ValueComparer Ascending { get; } = new(false);

        public static ValueComparer Descending { get; } = new(true);

        public int Compare(object? x, object? y) => (x, y) switch
        {
            (null, null) => 0,
            (null, _) => 1,
            (_, null) => -1,
            _ => descending ? CompareValues(y, x) : CompareValues(x, y),
        };

        private static int CompareValues(object x, object y) => (x, y) switch
        {
            (double a, double b) => a.CompareTo(b),
            (string a, string b) => string.CompareOrdinal(a, b),
            (bool a, bool b) => a.CompareTo(b),
            _ => string.CompareOrdinal(x.GetType().Name, y.GetType().Name),
        };
    }
}
