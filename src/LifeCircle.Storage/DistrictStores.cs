using LifeCircle.Core.Publishing;

namespace LifeCircle.Storage;

/// <summary>The two stores a host composes: one that reads with the API's identity, one that writes with the import identity; created on first use.</summary>
public sealed class DistrictStores
{
    private readonly Lazy<IDistrictDataStore> _reader;
    private readonly Lazy<IDistrictDataStore> _writer;

    /// <param name="writerIdentityClientId">Client id of the managed identity that may write tables; null or empty writes with the reader's identity (Azurite, local).</param>
    public DistrictStores(StorageSettings settings, string? writerIdentityClientId = null)
    {
        var service = new Lazy<Azure.Data.Tables.TableServiceClient>(() => TableServiceClients.Create(settings));
        _reader = new(() => new TableDistrictDataStore(service.Value, settings.TablePrefix));
        // Imports may wait out throttling: more retries than reads, which must fail fast.
        _writer = new(() => new TableDistrictDataStore(
            TableServiceClients.Create(new StorageSettings
            {
                ConnectionString = settings.ConnectionString,
                TableServiceUri = settings.TableServiceUri,
                ManagedIdentityClientId = writerIdentityClientId is { Length: > 0 } clientId ? clientId : settings.ManagedIdentityClientId,
                MaxRetries = 5,
                NetworkTimeoutSeconds = 30,
            }),
            settings.TablePrefix));
    }

    /// <summary>The store requests read from.</summary>
    public IDistrictDataStore Reader => _reader.Value;

    /// <summary>The store imports write to.</summary>
    public IDistrictDataStore Writer => _writer.Value;
}
