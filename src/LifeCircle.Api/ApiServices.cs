using Azure.Data.Tables;
using LifeCircle.Core.Publishing;
using LifeCircle.Storage;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace LifeCircle.Api;

/// <summary>Registers what the function classes need; both hosts call this once.</summary>
public static class ApiServices
{
    /// <summary>Adds the storage settings (section <see cref="StorageSettings.Section"/>), one table client and the data store.</summary>
    public static IServiceCollection AddLifeCircleApi(this IServiceCollection services, IConfiguration configuration)
    {
        var settings = configuration.GetSection(StorageSettings.Section).Get<StorageSettings>() ?? new StorageSettings();
        services.AddSingleton(settings);
        services.AddSingleton(_ => TableServiceClients.Create(settings));
        services.AddSingleton<IDistrictDataStore>(sp => new TableDistrictDataStore(sp.GetRequiredService<TableServiceClient>(), settings.TablePrefix));
        services.AddSingleton<Ogc.SnapshotCache>();
        return services;
    }
}
