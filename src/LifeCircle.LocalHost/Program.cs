using LifeCircle.LocalHost;
using LifeCircle.LocalHost.OpenApi;

if (args is ["--write-openapi", var path])
{
    // Refreshes the committed definition: dotnet run --project src/LifeCircle.LocalHost -- --write-openapi openapi/openapi.json
    OpenApiDocuments.Write(LocalApiHost.Build([]), path);
    return;
}

LocalApiHost.Build(args).Run();
