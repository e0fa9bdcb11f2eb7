using System.Reflection;
using LifeCircle.Api.Http;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Logging;

namespace LifeCircle.Api.Functions;

/// <summary>The API definition (the committed openapi/openapi.json) and a Swagger UI page to browse it.</summary>
public sealed class ApiDocsFunctions(ILogger<ApiDocsFunctions> logger)
{
    /// <summary>swagger-ui files this API serves from the Swashbuckle.AspNetCore.SwaggerUI assembly, with their media types.</summary>
    private static readonly Dictionary<string, string> Assets = new(StringComparer.Ordinal)
    {
        ["swagger-ui.css"] = "text/css",
        ["swagger-ui-bundle.js"] = "text/javascript",
        ["swagger-ui-standalone-preset.js"] = "text/javascript",
        ["favicon-32x32.png"] = "image/png",
    };

    private const string DocsScript = """window.ui = SwaggerUIBundle({ url: "openapi.json", dom_id: "#swagger-ui", presets: [SwaggerUIBundle.presets.apis, SwaggerUIStandalonePreset], layout: "StandaloneLayout" });""";

    private static readonly string DocsPolicy = SecurityHeaders.HtmlPolicyWithInlineScript(DocsScript);

    private const string DocsPage = $$"""
        <!DOCTYPE html>
        <html lang="en"><head><meta charset="utf-8"><title>LifeCircle Open Data API</title>
        <link rel="stylesheet" href="docs/swagger-ui.css"><link rel="icon" href="docs/favicon-32x32.png"></head>
        <body><div id="swagger-ui"></div>
        <script src="docs/swagger-ui-bundle.js"></script><script src="docs/swagger-ui-standalone-preset.js"></script>
        <script>{{DocsScript}}</script>
        </body></html>
        """;

    private static readonly Lazy<ApiOperationAttribute> DocumentOperation = new(() => ApiOperationAttribute.Of<ApiDocsFunctions>(nameof(Document)));
    private static readonly Lazy<ApiOperationAttribute> PageOperation = new(() => ApiOperationAttribute.Of<ApiDocsFunctions>(nameof(Page)));
    private static readonly Lazy<ApiOperationAttribute> SchemaOperation = new(() => ApiOperationAttribute.Of<ApiDocsFunctions>(nameof(Schema)));

    private static readonly Lazy<byte[]> Definition = new(() => Read(typeof(ApiDocsFunctions).Assembly, "openapi.json"));

    [Function("GetOpenApiDocument")]
    [ApiOperation("Documentation", "The API definition", "This OpenAPI 3.0 document (the service-desc of every landing page).", ContentType = ApiResponse.OpenApiJson, Schema = "OpenApiDocument",
        Formats = ["json", "geojson"], UnavailableSchema = null)]
    public Task<IActionResult> Document(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", "head", Route = "openapi.json")] HttpRequest req) =>
        RequestPipeline.RunAsync(req, logger, () =>
        {
            ContentNegotiation.RequireOnlyFormat(req, DocumentOperation.Value);
            return Task.FromResult(new ApiResponse(200, ApiResponse.OpenApiJson, Definition.Value));
        });

    [Function("GetApiDocs")]
    [ApiOperation("Documentation", "Browse the API", "A Swagger UI page of this API definition (the service-doc of every landing page), in English; only HTML, so it takes no f.", ContentType = "text/html", Schema = "Html",
        Formats = [], UnavailableSchema = null)]
    public Task<IActionResult> Page(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", "head", Route = "docs")] HttpRequest req) =>
        RequestPipeline.RunAsync(req, logger, () =>
        {
            ContentNegotiation.RequireOnlyFormat(req, PageOperation.Value);
            var page = new ApiResponse(200, "text/html; charset=utf-8", System.Text.Encoding.UTF8.GetBytes(DocsPage));
            page.Headers["Content-Security-Policy"] = DocsPolicy;
            return Task.FromResult(page);
        });

    [Function("GetApiDocsAsset")]
    [ApiOperation("Documentation", "A file of the documentation page", "The swagger-ui scripts, styles and icon the documentation page loads.", ContentType = "text/css", AlsoContentTypes = ["text/javascript", "image/png"], Schema = "Asset",
        Formats = [], UnavailableSchema = null)]
    public Task<IActionResult> Asset(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", "head", Route = "docs/{file}")] HttpRequest req,
        string file) =>
        RequestPipeline.RunAsync(req, logger, () =>
        {
            _ = new QueryReader(HttpRequests.Query(req), []);
            var type = Assets.GetValueOrDefault(file) ?? throw ProblemException.NotFound($"The documentation page has no file '{file}'.");
            var assembly = typeof(Swashbuckle.AspNetCore.SwaggerUI.SwaggerUIOptions).Assembly;
            return Task.FromResult(new ApiResponse(200, type, Read(assembly, "Swashbuckle.AspNetCore.SwaggerUI.node_modules.swagger_ui_dist." + file)));
        });

    [Function("GetSchema")]
    [ApiOperation("Documentation", "A JSON Schema of the dataset package", "dataset.schema.json, facility.schema.json or catalogue.schema.json: the files a district publishes (see docs/dataset-format.md).",
        ContentType = ApiResponse.SchemaJson, Schema = "Queryables", Formats = ["json", "geojson"], UnavailableSchema = null)]
    public Task<IActionResult> Schema(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", "head", Route = "schemas/{file}")] HttpRequest req,
        string file) =>
        RequestPipeline.RunAsync(req, logger, () =>
        {
            ContentNegotiation.RequireOnlyFormat(req, SchemaOperation.Value);
            var assembly = typeof(ApiDocsFunctions).Assembly;
            var names = assembly.GetManifestResourceNames().Where(n => n.StartsWith("schemas/", StringComparison.Ordinal)).Select(n => n["schemas/".Length..]).ToList();
            return names.Contains(file)
                ? Task.FromResult(new ApiResponse(200, ApiResponse.SchemaJson, Read(assembly, "schemas/" + file)))
                : throw ProblemException.NotFound($"There is no schema '{file}'; schemas: {string.Join(", ", names)}.");
        });

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, byte[]> Resources = new();

    /// <summary>An embedded file's bytes, decompressed when it is stored gzipped (as Swashbuckle stores swagger-ui's files); read once.</summary>
    private static byte[] Read(Assembly assembly, string resource) => Resources.GetOrAdd(resource, r =>
    {
        using var stream = assembly.GetManifestResourceStream(r)
            ?? throw new InvalidOperationException($"Embedded resource {r} is missing from {assembly.GetName().Name}.");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        var bytes = copy.ToArray();
        if (bytes is [0x1F, 0x8B, ..])
        {
            using var gzip = new System.IO.Compression.GZipStream(new MemoryStream(bytes), System.IO.Compression.CompressionMode.Decompress);
            using var plain = new MemoryStream();
            gzip.CopyTo(plain);
            return plain.ToArray();
        }

        return bytes;
    });
}
