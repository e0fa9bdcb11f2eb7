using Azure.Data.Tables;
using Azure.Identity;

namespace LifeCircle.Storage;

/// <summary>Creates the one <see cref="TableServiceClient"/> the process uses, from <see cref="StorageSettings"/>.</summary>
public static class TableServiceClients
{
    public static TableServiceClient Create(StorageSettings settings)
    {
        var options = Options(settings);
        if (!string.IsNullOrWhiteSpace(settings.ConnectionString))
        {
            return new TableServiceClient(settings.ConnectionString, options);
        }

        if (settings.TableServiceUri is not null)
        {
            var credential = new DefaultAzureCredential(new DefaultAzureCredentialOptions
            {
                ManagedIdentityClientId = settings.ManagedIdentityClientId,
            });
            return new TableServiceClient(settings.TableServiceUri, credential, options);
        }

        throw new InvalidOperationException(
            $"Table Storage is not configured: set {StorageSettings.Section}:ConnectionString or {StorageSettings.Section}:TableServiceUri.");
    }

    /// <summary>A short, bounded retry policy: a dead store fails a request within about a second instead of the SDK's default minutes.</summary>
    public static TableClientOptions Options(StorageSettings settings)
    {
        var options = new TableClientOptions();
        options.Retry.Mode = Azure.Core.RetryMode.Exponential;
        options.Retry.MaxRetries = settings.MaxRetries;
        options.Retry.Delay = TimeSpan.FromMilliseconds(100);
        options.Retry.MaxDelay = TimeSpan.FromMilliseconds(400);
        options.Retry.NetworkTimeout = TimeSpan.FromSeconds(settings.NetworkTimeoutSeconds);
        return options;
    }
}
