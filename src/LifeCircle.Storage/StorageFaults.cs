using Azure;
using LifeCircle.Core.Publishing;

namespace LifeCircle.Storage;

/// <summary>Tells a storage outage (unreachable, timed out, server error after retries) from an answer, and turns it into the Core's <see cref="StoreUnavailableException"/>.</summary>
internal static class StorageFaults
{
    /// <summary>Whether the exception means the store is not answering, not that the caller gave up.</summary>
    public static bool IsOutage(Exception ex, CancellationToken callerToken) => ex switch
    {
        RequestFailedException r => r.Status == 0 || r.Status >= 500,
        AggregateException a => a.InnerExceptions.All(e => IsOutage(e, callerToken)),
        HttpRequestException or TimeoutException => true,
        // The SDK's network timeout surfaces as a cancellation the caller never asked for.
        OperationCanceledException => !callerToken.IsCancellationRequested,
        _ => false,
    };

    public static StoreUnavailableException Unavailable(Exception ex) =>
        new("Table Storage did not answer (unreachable, timed out or failing).", ex);
}
