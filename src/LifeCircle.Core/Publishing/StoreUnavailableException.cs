namespace LifeCircle.Core.Publishing;

/// <summary>The store could not be reached or answered with a server error after its retries: a fault of ours, not of the request.</summary>
public sealed class StoreUnavailableException(string message, Exception? inner = null) : Exception(message, inner);
