using System.CommandLine;
using LifeCircle.Storage;

namespace LifeCircle.Cli.Commands;

/// <summary>The Table Storage options shared by import and prune.</summary>
public sealed class StorageOptions
{
    /// <summary>Environment variable holding the Table Storage connection string when --connection-string is not given.</summary>
    public const string ConnectionStringVariable = "LifeCircle__Storage__ConnectionString";

    public Option<string?> ConnectionString { get; } = new("--connection-string")
    {
        Description = $"Table Storage connection string (e.g. Azurite's); default: the {ConnectionStringVariable} variable",
        HelpName = "CS",
    };

    public Option<Uri?> TableServiceUri { get; } = new("--table-service-uri")
    {
        Description = "Table service URI, signed in with Entra ID (az login; needs Storage Table Data Contributor)",
        HelpName = "URI",
    };

    public Option<string?> TablePrefix { get; } = new("--table-prefix")
    {
        Description = $"Prefix of the table names (default {new StorageSettings().TablePrefix})",
        HelpName = "P",
    };

    public void AddTo(Command command)
    {
        command.Options.Add(ConnectionString);
        command.Options.Add(TableServiceUri);
        command.Options.Add(TablePrefix);
    }

    /// <summary>The settings given, or a usage error when no storage is named at all.</summary>
    public StorageSettings Settings(ParseResult parsed)
    {
        var settings = new StorageSettings
        {
            ConnectionString = parsed.GetValue(ConnectionString) ?? Environment.GetEnvironmentVariable(ConnectionStringVariable),
            TableServiceUri = parsed.GetValue(TableServiceUri),
            TablePrefix = parsed.GetValue(TablePrefix) ?? new StorageSettings().TablePrefix,
            // An import writes transactions of up to ~1 MB and nobody waits on a page for it: patience, not the API's 5 s.
            NetworkTimeoutSeconds = 60,
            MaxRetries = 4,
        };
        return string.IsNullOrWhiteSpace(settings.ConnectionString) && settings.TableServiceUri is null
            ? throw new CliUsageException($"no Table Storage: give --connection-string or --table-service-uri, or set {ConnectionStringVariable}")
            : settings;
    }

    public TableDistrictDataStore Store(ParseResult parsed)
    {
        var settings = Settings(parsed);
        return new TableDistrictDataStore(TableServiceClients.Create(settings), settings.TablePrefix);
    }
}
