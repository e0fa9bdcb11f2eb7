using LifeCircle.Api.Http;
using LifeCircle.Api.Rendering;
using LifeCircle.Core.Operations;
using LifeCircle.Core.Publishing;
using LifeCircle.Core.Versions;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace LifeCircle.Api;

/// <summary>Registers what the function classes need; each host calls this once with the stores it composed.</summary>
public static class ApiServices
{
    /// <summary>Service key of the store that writes (with the import identity in Azure).</summary>
    public const string ImportStoreKey = "import";

    /// <summary>Adds the version cache and resolver with the layers it computes on read (section <see cref="VersionCacheOptions.Section"/>), the request budget (section <see cref="RequestBudget.Section"/>), the import settings and the two stores.</summary>
    /// <param name="reader">The store requests read from, created on first use.</param>
    /// <param name="writer">The store imports write to, created on first use.</param>
    public static IServiceCollection AddLifeCircleApi(
        this IServiceCollection services, IConfiguration configuration, Func<IDistrictDataStore> reader, Func<IDistrictDataStore> writer)
    {
        var cache = configuration.GetSection(VersionCacheOptions.Section);
        var options = new VersionCacheOptions
        {
            BudgetBytes = cache.GetValue("BudgetMegabytes", 256L) * 1024 * 1024,
            DistrictTimeToLive = TimeSpan.FromSeconds(cache.GetValue("DistrictSeconds", 10.0)),
            ComputedLayerWait = TimeSpan.FromSeconds(cache.GetValue("ComputeWaitSeconds", 10.0)),
        };
        services.AddSingleton(options);
        services.AddSingleton(_ => new VersionCache(options));
        services.AddSingleton(new AnswerCache(new AnswerCacheOptions
        {
            BudgetBytes = cache.GetValue("AnswerMegabytes", 32L) * 1024 * 1024,
            MaxAnswerBytes = cache.GetValue("MaxAnswerKilobytes", 1024) * 1024,
        }));
        services.AddSingleton(_ => reader());
        services.AddKeyedSingleton(ImportStoreKey, (_, _) => writer());
        services.AddSingleton<IComputedLayers, ComputedLayers>();
        services.AddSingleton<VersionResolver>();
        services.AddSingleton<IDocumentRenderer, JsonRenderer>();
        services.AddSingleton<IDocumentRenderer, CsvRenderer>();
        services.AddSingleton<IDocumentRenderer, SvgRenderer>();
        services.AddSingleton<IDocumentRenderer, PngRenderer>();
        services.AddSingleton(configuration.GetSection(Rendering.Html.PageOptions.Section).Get<Rendering.Html.PageOptions>() ?? new Rendering.Html.PageOptions());
        services.AddSingleton<IDocumentRenderer, Rendering.Html.HtmlRenderer>();
        services.AddSingleton<ContentNegotiation>();
        services.AddSingleton(RequestBudget.FromSeconds(
            configuration.GetSection(RequestBudget.Section).GetValue("BudgetSeconds", RequestBudget.Default.Time.TotalSeconds)));
        services.AddSingleton<DocumentEndpoint>();
        services.AddSingleton(configuration.GetSection(ImportSettings.Section).Get<ImportSettings>() ?? new ImportSettings());
        return services;
    }
}
