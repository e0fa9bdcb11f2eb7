using Azure.Data.Tables;
using LifeCircle.Core.Publishing;
using LifeCircle.Storage;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace LifeCircle.Api;

/// <summary>Registers what the function classes need; both hosts call this once.</summary>
public static class ApiServices
{
    /// <summary>Seconds a district's current version is remembered (LifeCircle:DistrictCacheSeconds; 0 turns it off).</summary>
    public const int DefaultDistrictCacheSeconds = 10;

    /// <summary>Service key of the store that writes (with the import identity in Azure).</summary>
    public const string ImportStoreKey = "import";

    /// <summary>Adds the storage settings (section <see cref="StorageSettings.Section"/>), one table client and the data store.</summary>
    public static IServiceCollection AddLifeCircleApi(this IServiceCollection services, IConfiguration configuration)
    {
        var settings = configuration.GetSection(StorageSettings.Section).Get<StorageSettings>() ?? new StorageSettings();
        services.AddSingleton(settings);
        services.AddSingleton(_ => TableServiceClients.Create(settings));
        var ttl = TimeSpan.FromSeconds(configuration.GetValue("LifeCircle:DistrictCacheSeconds", DefaultDistrictCacheSeconds));
        services.AddSingleton<IDistrictDataStore>(sp => new CachingDistrictDataStore(
            new TableDistrictDataStore(sp.GetRequiredService<TableServiceClient>(), settings.TablePrefix), ttl));
        var import = configuration.GetSection(ImportSettings.Section).Get<ImportSettings>() ?? new ImportSettings();
        services.AddSingleton(import);
        services.AddKeyedSingleton<IDistrictDataStore>(ImportStoreKey, (sp, _) => new TableDistrictDataStore(
            import.ManagedIdentityClientId is { Length: > 0 } clientId
                ? TableServiceClients.Create(new StorageSettings { TableServiceUri = settings.TableServiceUri, ManagedIdentityClientId = clientId })
                : sp.GetRequiredService<TableServiceClient>(),
            settings.TablePrefix));
        services.AddSingleton<Ogc.SnapshotCache>();
        services.AddSingleton<Ogc.CoverageCache>();
        return services;
    }
}
