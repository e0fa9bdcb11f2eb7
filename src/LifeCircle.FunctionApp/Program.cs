using LifeCircle.Api;
using LifeCircle.Storage;
using Microsoft.Azure.Functions.Worker.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;

// The Azure Functions host: the function classes live in LifeCircle.Api, shared with the local Kestrel host; storage is composed here.
var builder = FunctionsApplication.CreateBuilder(args);
builder.ConfigureFunctionsWebApplication();
var stores = new DistrictStores(
    builder.Configuration.GetSection(StorageSettings.Section).Get<StorageSettings>() ?? new StorageSettings(),
    builder.Configuration[$"{ImportSettings.Section}:ManagedIdentityClientId"]);
builder.Services.AddLifeCircleApi(builder.Configuration, () => stores.Reader, () => stores.Writer);
builder.Build().Run();
