using System.Reflection;
using System.Text.Json.Nodes;
using LifeCircle.Api.Functions;
using LifeCircle.Api.Http;
using LifeCircle.Api.Rendering;
using LifeCircle.Api.Rendering.Html;
using LifeCircle.Core.Features;
using LifeCircle.Core.Requests;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace LifeCircle.LocalHost.OpenApi;

/// <summary>Builds every path of the OpenAPI document from the function methods: route, verbs, [ApiOperation] and the shared parameter descriptions.</summary>
public sealed class FunctionsDocumentFilter : IDocumentFilter
{
    private static readonly string[] Tags = ["Districts", "OGC API", "Coverage", "Planning", "Downloads", "Definitions", "Imports", "Documentation", "Pages", "Service"];

    private static readonly Dictionary<string, string> TagDescriptions = new()
    {
        ["Districts"] = "The districts that publish life-circle data.",
        ["OGC API"] = "OGC API – Features (Parts 1, 2 and 3) for each district.",
        ["Coverage"] = "How well residents are covered: walking-time statistics per area, theme and category.",
        ["Planning"] = "Planning questions: what is reachable from a point, and the OGC API – Processes coverage what-if and best sites (nothing is written).",
        ["Downloads"] = "Whole layers as files, and the DCAT-AP catalogue.",
        ["Definitions"] = "Themes, categories and circles as plain JSON.",
        ["Imports"] = "Publishing a district's dataset package (needs a key).",
        ["Documentation"] = "This API definition and its browsable documentation.",
        ["Pages"] = "Web pages for people: the home page, each district's coverage dashboard and embeddable charts, and the files they load. Every other resource is a page too with f=html or a browser's Accept.",
        ["Service"] = "Operational endpoints.",
    };

    public void Apply(OpenApiDocument document, DocumentFilterContext context)
    {
        document.Components ??= new OpenApiComponents();
        document.Components.Schemas = ResponseSchemas.All(document);
        document.Components.SecuritySchemes = new Dictionary<string, IOpenApiSecurityScheme>
        {
            ["importKey"] = new OpenApiSecurityScheme
            {
                Type = SecuritySchemeType.ApiKey,
                In = ParameterLocation.Header,
                Name = "X-Import-Key",
                Description = "The deployment's import key (LifeCircle:Import:Key). In Azure the function key is needed too.",
            },
        };
        document.Tags = new HashSet<OpenApiTag>(Tags.Select(t => new OpenApiTag { Name = t, Description = TagDescriptions[t] }));
        document.Paths = [];
        foreach (var function in FunctionRoute.Discover(typeof(HealthFunction).Assembly)
            .Where(f => f.IsOperation)
            .OrderBy(f => f.Route, StringComparer.Ordinal))
        {
            var meta = function.Method.GetCustomAttribute<ApiOperationAttribute>()
                ?? throw new InvalidOperationException($"Function {function.Name} has no [ApiOperation]: every operation must be documented.");
            var path = "/" + function.Route.Replace("{*", "{", StringComparison.Ordinal); // a catch-all is one path parameter in OpenAPI
            if (!document.Paths.TryGetValue(path, out var item))
            {
                item = new OpenApiPathItem();
                document.Paths[path] = item;
            }

            var operation = Operation(document, function, meta);
            foreach (var verb in function.Methods)
            {
                ((OpenApiPathItem)item).Operations ??= [];
                ((OpenApiPathItem)item).Operations![HttpMethod.Parse(verb)] = verb == "HEAD" ? HeadOf(operation) : operation;
            }
        }
    }

    private static OpenApiOperation Operation(OpenApiDocument document, FunctionRoute function, ApiOperationAttribute meta)
    {
        var parameters = new List<IOpenApiParameter>();
        var pathNames = function.Method.GetParameters().Where(p => p.ParameterType == typeof(string)).Select(p => p.Name!).ToList();
        foreach (var name in pathNames)
        {
            parameters.Add(Parameter(ApiParameters.All[name], ParameterLocation.Path, required: true));
        }

        if (meta.Formats.Length > 0)
        {
            parameters.Add(Parameter(ApiParameters.All[ContentNegotiation.Parameter] with { Enum = meta.Formats, Example = meta.Formats[0] }, ParameterLocation.Query, required: false));
        }

        // A page's language: wherever html is offered, as every page takes it (charts and maps list it themselves).
        var pages = meta.Formats.Contains("html") ? [Languages.Parameter] : Array.Empty<string>();
        foreach (var name in pages.Concat(meta.QueryParameters).Distinct())
        {
            parameters.Add(Parameter(ApiParameters.All[name], ParameterLocation.Query, required: false));
        }

        if (meta.TakesQueryables)
        {
            parameters.Add(new OpenApiParameter
            {
                Name = "queryables",
                In = ParameterLocation.Query,
                Description = "Any queryable of the collection as property=value, e.g. category=pharmacy or phase=pilot (see the collection's queryables; theme=… for facilities' themes).",
                Style = ParameterStyle.Form,
                Explode = true,
                Schema = new OpenApiSchema { Type = JsonSchemaType.Object, AdditionalProperties = new OpenApiSchema { Type = JsonSchemaType.String } },
            });
        }

        var responses = new OpenApiResponses
        {
            ["200"] = new OpenApiResponse
            {
                Description = meta.Summary,
                Content = SuccessTypes(meta).ToDictionary(
                    type => type, IOpenApiMediaType (type) => new OpenApiMediaType { Schema = new OpenApiSchemaReference(SchemaOf(type, meta), document) }),
            },
        };
        if (meta.RequestSchema is not null)
        {
            responses["400"] = Problem(document, "The body is not JSON, or an input has a value that is not allowed; the problem names it.");
            responses["413"] = Problem(document, "The body is larger than the API accepts.");
            responses["415"] = Problem(document, "The body is not application/json.");
            responses["503"] = Unavailable(Problem(document, "The request ran out of its time budget; narrow it."));
        }
        else if (meta.RequestContentType is not null)
        {
            responses["400"] = Problem(document, "The body is empty or not a .zip.");
            responses["401"] = Problem(document, "The X-Import-Key header is missing or wrong.");
            responses["403"] = Problem(document, "This deployment accepts no imports.");
            responses["413"] = Problem(document, "The package is too large.");
            responses["422"] = Problem(document, "The package has errors; each is listed with file, row or feature, field and value; nothing was imported.");
        }
        else if (meta.ContentType != "text/html")
        {
            responses["304"] = new OpenApiResponse { Description = "Not modified: the If-None-Match header names the current ETag." };
            responses["400"] = Problem(document, "A parameter has a value that is not allowed; the problem names it.");
            responses["406"] = Problem(document, "The Accept header allows no media type this resource has.");
        }

        if (pathNames.Count > 0)
        {
            responses["404"] = Problem(document, "No such district, collection or feature.");
        }

        responses["500"] = Problem(document, "The server failed; the problem carries a trace id.");
        if (meta.RequestContentType is null && meta.UnavailableSchema is { } unavailable)
        {
            responses["503"] = Unavailable(unavailable == "Problem"
                ? Problem(document, "Try again after Retry-After seconds: storage is unreachable and the answer is not in memory (storage-unavailable), "
                    + "the request's queries would run past the time budget (request-budget-exceeded), or a layer computed on first read is not ready yet (layer-being-computed).")
                : new OpenApiResponse
                {
                    Description = "Storage is unreachable (status unhealthy).",
                    Content = new Dictionary<string, IOpenApiMediaType> { [meta.ContentType] = new OpenApiMediaType { Schema = new OpenApiSchemaReference(unavailable, document) } },
                });
        }

        var operation = new OpenApiOperation
        {
            OperationId = function.Name,
            Summary = meta.Summary,
            Description = meta.Description,
            Tags = new HashSet<OpenApiTagReference> { new(meta.Tag, document) },
            Parameters = parameters,
            Responses = responses,
        };
        if (meta.RequestSchema is { } requestSchema)
        {
            operation.RequestBody = new OpenApiRequestBody
            {
                Required = true,
                Description = "The execute request: the process's inputs.",
                Content = new Dictionary<string, IOpenApiMediaType> { [meta.RequestContentType ?? ApiResponse.Json] = new OpenApiMediaType { Schema = new OpenApiSchemaReference(requestSchema, document) } },
            };
        }
        else if (meta.RequestContentType is { } body)
        {
            operation.RequestBody = new OpenApiRequestBody
            {
                Required = true,
                Description = "The dataset package as a .zip.",
                Content = new Dictionary<string, IOpenApiMediaType> { [body] = new OpenApiMediaType { Schema = new OpenApiSchemaReference("Asset", document) } },
            };
            operation.Security = [new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference("importKey", document)] = [] }];
        }

        return operation;
    }

    /// <summary>The HEAD of a GET operation: the same parameters, statuses and headers, no body.</summary>
    private static OpenApiOperation HeadOf(OpenApiOperation get) => new()
    {
        OperationId = get.OperationId!.StartsWith("Get", StringComparison.Ordinal) ? "Head" + get.OperationId["Get".Length..] : get.OperationId + "Head",
        Summary = get.Summary + " (headers only)",
        Description = "The same status and headers as GET (Content-Type, Content-Length where GET sends one, ETag, Cache-Control …) without the body: "
            + "to check that a link works, how large an answer is, or whether it changed (If-None-Match: 304).",
        Tags = get.Tags,
        Parameters = get.Parameters,
        Responses = WithoutBodies(get.Responses!),
    };

    private static OpenApiResponses WithoutBodies(OpenApiResponses responses)
    {
        var head = new OpenApiResponses();
        foreach (var (status, response) in responses)
        {
            head[status] = new OpenApiResponse { Description = response.Description, Headers = response.Headers };
        }

        return head;
    }

    private static OpenApiParameter Parameter(ApiParameter p, ParameterLocation location, bool required)
    {
        var schema = new OpenApiSchema
        {
            Type = p.Type switch { "integer" => JsonSchemaType.Integer, "number" => JsonSchemaType.Number, "boolean" => JsonSchemaType.Boolean, _ => JsonSchemaType.String },
            Minimum = p.Minimum?.ToString(System.Globalization.CultureInfo.InvariantCulture),
            Maximum = p.Maximum?.ToString(System.Globalization.CultureInfo.InvariantCulture),
        };
        if (p.Enum is not null && location == ParameterLocation.Query)
        {
            schema.Enum = p.Enum.Select(v => p.Type == "integer"
                ? (JsonNode)JsonValue.Create(int.Parse(v, System.Globalization.CultureInfo.InvariantCulture))
                : JsonValue.Create(v)!).ToList();
        }

        return new OpenApiParameter
        {
            Name = p.Name,
            In = location,
            Required = required,
            Description = p.Description,
            Schema = schema,
            Example = p.Example is null ? null : p.Type switch
            {
                "integer" => JsonValue.Create(int.Parse(p.Example, System.Globalization.CultureInfo.InvariantCulture)),
                "boolean" => JsonValue.Create(bool.Parse(p.Example)),
                _ => JsonValue.Create(p.Example),
            },
        };
    }

    /// <summary>The media types of a 200 answer: the operation's own, and those its f values select (a page, a CSV file).</summary>
    private static IEnumerable<string> SuccessTypes(ApiOperationAttribute meta) =>
        new[] { meta.ContentType }.Concat(meta.AlsoContentTypes)
            .Concat(meta.Formats.Contains("csv") ? [BaseType(CsvRenderer.MediaType)] : [])
            .Concat(meta.Formats.Contains("html") ? [BaseType(HtmlRenderer.MediaType)] : [])
            .Distinct();

    private static string SchemaOf(string mediaType, ApiOperationAttribute meta) =>
        mediaType == BaseType(HtmlRenderer.MediaType) ? "Html" : mediaType == BaseType(CsvRenderer.MediaType) ? "Csv" : meta.Schema;

    private static string BaseType(string mediaType) => mediaType.Split(';')[0];

    private static OpenApiResponse Unavailable(OpenApiResponse response)
    {
        response.Headers = new Dictionary<string, IOpenApiHeader>
        {
            ["Retry-After"] = new OpenApiHeader { Description = "Seconds to wait before asking again.", Schema = new OpenApiSchema { Type = JsonSchemaType.Integer } },
        };
        return response;
    }

    /// <summary>An error answer: problem+json, or the same problem as a page for a browser (f=html, or an Accept preferring text/html).</summary>
    private static OpenApiResponse Problem(OpenApiDocument document, string description) => new()
    {
        Description = description,
        Content = new Dictionary<string, IOpenApiMediaType>
        {
            [ApiResponse.ProblemJson] = new OpenApiMediaType { Schema = new OpenApiSchemaReference("Problem", document) },
            [BaseType(HtmlRenderer.MediaType)] = new OpenApiMediaType { Schema = new OpenApiSchemaReference("Html", document) },
        },
    };
}
