using LifeCircle.Core.Documents;
using LifeCircle.Core.Publishing;
using LifeCircle.Core.Requests;
using LifeCircle.Core.Versions;

namespace LifeCircle.Core.Operations;

/// <summary>Whether the API reaches its storage: asked of the store itself (never the cache), within a short time.</summary>
public static class HealthOperations
{
    /// <summary>How long the store may take to list the districts before the API counts it as unreachable.</summary>
    public static TimeSpan Timeout { get; } = TimeSpan.FromSeconds(1.5);

    public static async Task<Document> CheckAsync(ResourceRequest r, IDistrictDataStore store, VersionCache cache, CancellationToken ct)
    {
        _ = new QueryReader(r.Query, []);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
        timeout.CancelAfter(Timeout);
        try
        {
            return new HealthDocument("healthy", (await store.ListDistrictsAsync(timeout.Token)).Count, "reachable", cache.Count);
        }
        catch (Exception ex) when (ex is StoreUnavailableException || (ex is OperationCanceledException && !ct.IsCancellationRequested))
        {
            return new HealthDocument("unhealthy", null, "unreachable", cache.Count);
        }
    }
}
