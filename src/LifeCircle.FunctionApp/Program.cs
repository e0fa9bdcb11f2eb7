using LifeCircle.Api;
using Microsoft.Azure.Functions.Worker.Builder;
using Microsoft.Extensions.Hosting;

// The Azure Functions host: the function classes live in LifeCircle.Api, shared with the local Kestrel host.
var builder = FunctionsApplication.CreateBuilder(args);
builder.ConfigureFunctionsWebApplication();
builder.Services.AddLifeCircleApi(builder.Configuration);
builder.Build().Run();
