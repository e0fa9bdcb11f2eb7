namespace LifeCircle.Api;

/// <summary>How the import function is reached and what it writes with (section LifeCircle:Import).</summary>
public sealed class ImportSettings
{
    public const string Section = "LifeCircle:Import";

    /// <summary>The shared key callers send in X-Import-Key; imports are refused while it is not set. Never committed: an app setting.</summary>
    public string? Key { get; set; }

    /// <summary>Client id of the managed identity allowed to write tables (Storage Table Data Contributor); the API's own identity only reads.</summary>
    public string? ManagedIdentityClientId { get; set; }

    /// <summary>Largest package accepted, in megabytes.</summary>
    public int MaxPackageMegabytes { get; set; } = 100;
}
