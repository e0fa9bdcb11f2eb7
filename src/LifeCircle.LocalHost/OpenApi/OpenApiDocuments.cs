using System.Globalization;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.Swagger;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace LifeCircle.LocalHost.OpenApi;

/// <summary>Registers Swashbuckle to generate the API definition from the function classes, and writes it as OpenAPI 3.0 JSON.</summary>
public static class OpenApiDocuments
{
    public const string Name = "v1";

    public static IServiceCollection AddFunctionsOpenApi(this IServiceCollection services)
    {
        services.AddEndpointsApiExplorer();
        services.AddSwaggerGen(o =>
        {
            o.SwaggerDoc(Name, new OpenApiInfo
            {
                Title = "LifeCircle Open Data API",
                Version = "1.0.0",
                Description = "Open data of districts' 15-minute community life circles (一刻钟社区生活圈): facilities, circles, areas, blocks and streets as OGC API – Features (GeoJSON, CRS, CQL2), and plain JSON definitions. Reads are anonymous.",
                Contact = new OpenApiContact { Name = "LifeCircle Open Data: every error explained, and how to report a fault", Url = new Uri("/api/problems", UriKind.Relative) },
                License = new OpenApiLicense { Name = "MIT (software); data under each dataset's licence", Identifier = "MIT" },
            });
            o.AddServer(new OpenApiServer { Url = "/api", Description = "This deployment (the Functions route prefix)." });

            // Paths come from the function methods (FunctionsDocumentFilter), not from ASP.NET's endpoint explorer.
            o.DocInclusionPredicate((_, _) => false);
            o.DocumentFilter<FunctionsDocumentFilter>();
        });
        return services;
    }

    /// <summary>The generated document as OpenAPI 3.0 JSON, byte-for-byte stable for the same code.</summary>
    public static string ToJson(IServiceProvider services)
    {
        var document = services.GetRequiredService<ISwaggerProvider>().GetSwagger(Name);
        using var text = new StringWriter(CultureInfo.InvariantCulture) { NewLine = "\n" };
        document.SerializeAsV3(new OpenApiJsonWriter(text));
        return text.ToString() + "\n";
    }

    /// <summary>Writes the document to a file (used to refresh openapi/openapi.json).</summary>
    public static void Write(WebApplication app, string path) => File.WriteAllText(path, ToJson(app.Services));
}
