using Azure.Data.Tables;
using Azure.Identity;

namespace LifeCircle.Storage;

/// <summary>Creates the one <see cref="TableServiceClient"/> the process uses, from <see cref="StorageSettings"/>.</summary>
public static class TableServiceClients
{
    public static TableServiceClient Create(StorageSettings settings)
    {
        if (!string.IsNullOrWhiteSpace(settings.ConnectionString))
        {
            return new TableServiceClient(settings.ConnectionString);
        }

        if (settings.TableServiceUri is not null)
        {
            var credential = new DefaultAzureCredential(new DefaultAzureCredentialOptions
            {
                ManagedIdentityClientId = settings.ManagedIdentityClientId,
            });
            return new TableServiceClient(settings.TableServiceUri, credential);
        }

        throw new InvalidOperationException(
            $"Table Storage is not configured: set {StorageSettings.Section}:ConnectionString or {StorageSettings.Section}:TableServiceUri.");
    }
}
