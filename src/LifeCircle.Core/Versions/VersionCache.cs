namespace LifeCircle.Core.Versions;

/// <summary>The one in-memory cache of what requests read from published versions, bounded by estimated bytes and evicted least recently used first.</summary>
/// <remarks>
/// Versions are immutable, so an entry never goes stale; only district rows (which version is current)
/// carry a time to live. A load is shared by the requests that wait for it and runs without their
/// cancellation, because its result outlives them. An entry larger than the whole budget is served
/// to its requests but not kept.
/// </remarks>
public sealed class VersionCache(VersionCacheOptions options, TimeProvider? clock = null)
{
    private readonly TimeProvider _clock = clock ?? TimeProvider.System;
    private readonly object _gate = new();
    private readonly Dictionary<VersionCacheKey, LinkedListNode<Entry>> _entries = [];
    private readonly LinkedList<Entry> _recency = new();
    private long _bytes;

    /// <summary>The configured budget in bytes.</summary>
    public long BudgetBytes => options.BudgetBytes;

    /// <summary>The estimated bytes of every loaded entry held now.</summary>
    public long EstimatedBytes { get { lock (_gate) { return _bytes; } } }

    /// <summary>Entries held now, loaded or loading.</summary>
    public int Count { get { lock (_gate) { return _entries.Count; } } }

    /// <summary>Whether an entry is held now (loaded or loading, and not expired).</summary>
    public bool Contains(VersionCacheKey key)
    {
        lock (_gate)
        {
            return _entries.TryGetValue(key, out var node) && !IsExpired(node.Value);
        }
    }

    /// <summary>A loaded, unexpired value held now, marked as just used; false when there is none (nothing is loaded).</summary>
    public bool TryGet<T>(VersionCacheKey key, out T value)
    {
        lock (_gate)
        {
            if (_entries.TryGetValue(key, out var node) && !IsExpired(node.Value) && node.Value.Value is Task<T> { IsCompletedSuccessfully: true } task)
            {
                _recency.Remove(node);
                _recency.AddFirst(node);
                value = task.Result;
                return true;
            }
        }

        value = default!;
        return false;
    }

    /// <summary>A loaded value held now, expired or not (for serving the last known value while storage is down).</summary>
    public bool TryGetLoaded<T>(VersionCacheKey key, out T value)
    {
        lock (_gate)
        {
            if (_entries.TryGetValue(key, out var node) && node.Value.Value is Task<T> { IsCompletedSuccessfully: true } task)
            {
                value = task.Result;
                return true;
            }
        }

        value = default!;
        return false;
    }

    /// <summary>Holds a value that is already at hand, replacing what the key held.</summary>
    public void Set<T>(VersionCacheKey key, T value, long estimatedBytes)
    {
        lock (_gate)
        {
            if (_entries.TryGetValue(key, out var old))
            {
                Remove(old);
            }

            var entry = new Entry(key, null) { Value = Task.FromResult(value), Bytes = Math.Max(1, estimatedBytes) };
            if (entry.Bytes > options.BudgetBytes)
            {
                return; // larger than the whole budget: the caller has it, nothing is pushed out for it
            }

            var node = _recency.AddFirst(entry);
            _entries[key] = node;
            _bytes += entry.Bytes;
            Evict(keep: node);
        }
    }

    /// <summary>The cached value, or the value loaded once and shared by every caller that asks meanwhile.</summary>
    /// <param name="estimate">Estimated bytes the value holds in memory.</param>
    /// <param name="timeToLive">How long the value may be served; null for values of immutable versions.</param>
    public Task<T> GetOrLoadAsync<T>(
        VersionCacheKey key, Func<CancellationToken, Task<T>> load, Func<T, long> estimate, TimeSpan? timeToLive = null, CancellationToken cancellationToken = default)
    {
        Entry entry;
        lock (_gate)
        {
            if (_entries.TryGetValue(key, out var node) && !IsExpired(node.Value))
            {
                _recency.Remove(node);
                _recency.AddFirst(node);
                return ((Task<T>)node.Value.Value).WaitAsync(cancellationToken);
            }

            if (node is not null)
            {
                Remove(node);
            }

            entry = new Entry(key, timeToLive is { } ttl ? _clock.GetUtcNow() + ttl : null);
            _entries[key] = _recency.AddFirst(entry);
            // LoadAsync yields before loading, so nothing slow runs under the lock.
            entry.Value = LoadAsync(entry, load, estimate);
        }

        return ((Task<T>)entry.Value).WaitAsync(cancellationToken);
    }

    private async Task<T> LoadAsync<T>(Entry entry, Func<CancellationToken, Task<T>> load, Func<T, long> estimate)
    {
        await Task.Yield();
        T value;
        try
        {
            value = await load(CancellationToken.None);
        }
        catch
        {
            lock (_gate)
            {
                RemoveIfCurrent(entry);
            }

            throw;
        }

        long bytes = Math.Max(1, estimate(value));
        lock (_gate)
        {
            if (_entries.TryGetValue(entry.Key, out var node) && node.Value == entry)
            {
                entry.Bytes = bytes;
                _bytes += bytes;
                Evict(keep: bytes <= options.BudgetBytes ? node : null);
            }
        }

        return value;
    }

    /// <summary>Drops least recently used loaded entries until the estimate is within the budget.</summary>
    private void Evict(LinkedListNode<Entry>? keep)
    {
        var node = _recency.Last;
        while (_bytes > options.BudgetBytes && node is not null)
        {
            var previous = node.Previous;
            if (node != keep && node.Value.Bytes > 0)
            {
                Remove(node);
            }

            node = previous;
        }
    }

    private void RemoveIfCurrent(Entry entry)
    {
        if (_entries.TryGetValue(entry.Key, out var node) && node.Value == entry)
        {
            Remove(node);
        }
    }

    private void Remove(LinkedListNode<Entry> node)
    {
        _entries.Remove(node.Value.Key);
        _recency.Remove(node);
        _bytes -= node.Value.Bytes;
    }

    private bool IsExpired(Entry entry) => entry.Expires is { } until && until <= _clock.GetUtcNow();

    private sealed class Entry(VersionCacheKey key, DateTimeOffset? expires)
    {
        public VersionCacheKey Key { get; } = key;

        public DateTimeOffset? Expires { get; } = expires;

        /// <summary>The shared load (a Task of the entry's value type).</summary>
        public Task Value { get; set; } = Task.CompletedTask;

        /// <summary>Estimated bytes once loaded; 0 while loading.</summary>
        public long Bytes { get; set; }
    }
}

/// <summary>Names one cached value: a part of a district's dataset version (or of the district itself, with no version).</summary>
public sealed record VersionCacheKey(string DistrictCode, string? Version, string Part);

/// <summary>Options of <see cref="VersionCache"/>.</summary>
public sealed class VersionCacheOptions
{
    /// <summary>Configuration section: LifeCircle:Cache (BudgetMegabytes, DistrictSeconds, ComputeWaitSeconds).</summary>
    public const string Section = "LifeCircle:Cache";

    /// <summary>Estimated bytes the cache may hold; 256 MiB by default.</summary>
    public long BudgetBytes { get; init; } = 256L * 1024 * 1024;

    /// <summary>How long which version is current is remembered; 10 s by default, zero to read it on every request.</summary>
    public TimeSpan DistrictTimeToLive { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>How long a read waits for a layer computed on first read before it is answered 503 (the computation goes on); 10 s by default, zero or less for no limit.</summary>
    public TimeSpan ComputedLayerWait { get; init; } = TimeSpan.FromSeconds(10);
}
