using LifeCircle.Api;
using LifeCircle.Api.Functions;
using LifeCircle.LocalHost.OpenApi;
using LifeCircle.Storage;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace LifeCircle.LocalHost;

/// <summary>Builds the local Kestrel host of the function classes (used by Program and by the tests).</summary>
public static class LocalApiHost
{
    public static WebApplication Build(string[] args, IDictionary<string, string?>? settings = null)
    {
        var builder = WebApplication.CreateSlimBuilder(args);
        if (settings is not null)
        {
            builder.Configuration.AddInMemoryCollection(settings);
        }

        var stores = new DistrictStores(
            builder.Configuration.GetSection(StorageSettings.Section).Get<StorageSettings>() ?? new StorageSettings(),
            builder.Configuration[$"{ImportSettings.Section}:ManagedIdentityClientId"]);
        builder.Services.AddLifeCircleApi(builder.Configuration, () => stores.Reader, () => stores.Writer);
        builder.Services.AddFunctionsOpenApi();
        var import = builder.Configuration.GetSection(ImportSettings.Section).Get<ImportSettings>() ?? new ImportSettings();
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            RequestLimits.Configure(kestrel.Limits, import);
            kestrel.AddServerHeader = false;
        });
        // A request is processed on the thread that read it, not handed through Kestrel's I/O queues: the hand-offs and the thread
        // pool's spinning for them cost two-core machines more than answering a kept page. Socket completions already arrive on
        // thread-pool threads (DOTNET_SYSTEM_NET_SOCKETS_INLINE_COMPLETIONS is not set), so a slow handler holds only its own connection.
        builder.WebHost.UseSockets(sockets => sockets.UnsafePreferInlineScheduling = true);
        // The hosting layer starts an Activity per request whenever its logger is on at any level, only to scope log lines this host never writes.
        builder.Logging.AddFilter("Microsoft.AspNetCore.Hosting.Diagnostics", LogLevel.None);
        var app = builder.Build();
        app.UseRequestLimits(import);
        app.MapFunctions(typeof(HealthFunction).Assembly);
        // A Functions app routes only under its prefix (host.json: api), so the home page is /api; this host also sends / there.
        // Middleware, not an endpoint: the hosts' routes stay exactly the function classes' (RouteParityTests).
        app.Use((context, next) =>
        {
            if (context.Request.Path == "/" && (HttpMethods.IsGet(context.Request.Method) || HttpMethods.IsHead(context.Request.Method)))
            {
                context.Response.StatusCode = StatusCodes.Status308PermanentRedirect;
                context.Response.Headers.Location = "/api" + context.Request.QueryString;
                return Task.CompletedTask;
            }

            return next(context);
        });
        return app;
    }
}
