namespace LifeCircle.Storage;

/// <summary>How to reach Table Storage: a connection string (Azurite, local) or a service URI with managed identity (Azure).</summary>
public sealed class StorageSettings
{
    /// <summary>Configuration section the hosts bind, e.g. LifeCircle__Storage__ConnectionString.</summary>
    public const string Section = "LifeCircle:Storage";

    /// <summary>A Table Storage connection string; takes precedence when set.</summary>
    public string? ConnectionString { get; set; }

    /// <summary>The table service endpoint, e.g. https://account.table.core.windows.net, used with a token credential.</summary>
    public Uri? TableServiceUri { get; set; }

    /// <summary>Client id of the user-assigned managed identity; null uses the default credential chain as is.</summary>
    public string? ManagedIdentityClientId { get; set; }

    /// <summary>Retries of a failed storage call (default 2, 100 then 200 ms apart).</summary>
    public int MaxRetries { get; set; } = 2;

    /// <summary>Seconds one storage call may take before it counts as failed (default 5; a page of 1,000 entities is well under it).</summary>
    public double NetworkTimeoutSeconds { get; set; } = 5;

    /// <summary>Prefix of every table name (letters and digits).</summary>
    public string TablePrefix { get; set; } = "lc";
}
