using System.Net;
using System.Text.Json;
using LifeCircle.Api.Rendering.Html;
using LifeCircle.LocalHost;
using LifeCircle.LocalHost.OpenApi;

namespace LifeCircle.Api.Tests.OpenApi;

/// <summary>The generated OpenAPI document held against the running app: what it declares, the server must do.</summary>
[Collection(ApiCollection.Name)]
public class DocumentAgainstServerTests(ApiHostFixture api)
{
    /// <summary>A URL of the sample district for each GET path, with the parameters it requires.</summary>
    private static readonly Dictionary<string, string> Examples = new()
    {
        ["/"] = "/api",
        ["/assets/{version}/{file}"] = $"/api/assets/{PageAssets.Version}/pages.css",
        ["/catalog"] = "/api/catalog",
        ["/districts"] = "/api/districts",
        ["/districts/{code}"] = "/api/districts/150303",
        ["/districts/{code}/categories"] = "/api/districts/150303/categories",
        ["/districts/{code}/charts/coverage.{format}"] = "/api/districts/150303/charts/coverage.svg",
        ["/districts/{code}/circles"] = "/api/districts/150303/circles",
        ["/districts/{code}/collections"] = "/api/districts/150303/collections",
        ["/districts/{code}/collections/{collectionId}"] = "/api/districts/150303/collections/facilities",
        ["/districts/{code}/collections/{collectionId}/items"] = "/api/districts/150303/collections/facilities/items",
        ["/districts/{code}/collections/{collectionId}/items/{featureId}"] = "/api/districts/150303/collections/facilities/items/park-001",
        ["/districts/{code}/collections/{collectionId}/queryables"] = "/api/districts/150303/collections/facilities/queryables",
        ["/districts/{code}/conformance"] = "/api/districts/150303/conformance",
        ["/districts/{code}/coverage"] = "/api/districts/150303/coverage?area=north&theme=elderly-care",
        ["/districts/{code}/coverage.csv"] = "/api/districts/150303/coverage.csv?area=north",
        ["/districts/{code}/dashboard"] = "/api/districts/150303/dashboard",
        ["/districts/{code}/downloads/{file}"] = "/api/districts/150303/downloads/circles.csv",
        ["/districts/{code}/embed/{chart}"] = "/api/districts/150303/embed/coverage",
        ["/districts/{code}/maps/access.{format}"] = "/api/districts/150303/maps/access.svg",
        ["/districts/{code}/processes"] = "/api/districts/150303/processes",
        ["/districts/{code}/processes/{processId}"] = "/api/districts/150303/processes/best-sites",
        ["/districts/{code}/reach"] = "/api/districts/150303/reach?point=106.8772,39.4346",
        ["/districts/{code}/themes"] = "/api/districts/150303/themes",
        ["/docs"] = "/api/docs",
        ["/docs/{file}"] = "/api/docs/swagger-ui.css",
        ["/health"] = "/api/health",
        ["/openapi.json"] = "/api/openapi.json",
        ["/problems"] = "/api/problems",
        ["/problems/{slug}"] = "/api/problems/not-found",
        ["/schemas/{file}"] = "/api/schemas/dataset.schema.json",
    };

    private static IEnumerable<(string Path, JsonElement Operation)> GetOperations()
    {
        var document = JsonDocument.Parse(OpenApiDocuments.ToJson(LocalApiHost.Build([]).Services)).RootElement;
        return document.GetProperty("paths").EnumerateObject()
            .Where(p => p.Value.TryGetProperty("get", out _))
            .Select(p => (p.Name, p.Value.GetProperty("get")));
    }

    /// <summary>The values the operation declares for a query parameter, or none when it does not declare it.</summary>
    private static IReadOnlyList<string> Declared(JsonElement operation, string name) =>
        operation.TryGetProperty("parameters", out var parameters)
            ? [.. parameters.EnumerateArray()
                .Where(p => p.GetProperty("name").GetString() == name && p.GetProperty("in").GetString() == "query")
                .SelectMany(p => p.GetProperty("schema").GetProperty("enum").EnumerateArray().Select(v => v.GetString()!))]
            : [];

    private static string With(string url, string name, string value) => $"{url}{(url.Contains('?') ? '&' : '?')}{name}={value}";

    /// <summary>Every request the document says is allowed: the example URL alone, with each declared f, and with lang=en where lang is declared.</summary>
    private static IEnumerable<(string Path, JsonElement Operation, string Url)> DeclaredRequests() =>
        GetOperations().SelectMany(o =>
        {
            Assert.True(Examples.TryGetValue(o.Path, out var url), $"give {o.Path} an example URL");
            return new[] { url! }
                .Concat(Declared(o.Operation, "f").Select(f => With(url!, "f", f)))
                .Concat(Declared(o.Operation, "lang").Contains("en") ? [With(url!, "lang", "en")] : [])
                .Select(u => (o.Path, o.Operation, u));
        });

    [Fact]
    public async Task EveryFormatAndLanguageAGetOperationDeclaresIsServed()
    {
        var refused = new List<string>();
        foreach (var (_, _, url) in DeclaredRequests())
        {
            var response = await api.Client.GetAsync(url);
            if (response.StatusCode != HttpStatusCode.OK)
            {
                refused.Add($"{url}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
            }
        }

        Assert.True(refused.Count == 0, string.Join("\n", refused));
    }

    [Fact]
    public async Task EveryMediaTypeAGetOperationAnswersWithIsDeclaredInItsSuccessResponse()
    {
        var undeclared = new List<string>();
        foreach (var (path, operation, url) in DeclaredRequests())
        {
            var response = await api.Client.GetAsync(url);
            var declared = operation.GetProperty("responses").GetProperty("200").GetProperty("content").EnumerateObject().Select(c => c.Name.Split(';')[0]).ToList();
            var served = response.Content.Headers.ContentType?.MediaType;
            if (response.StatusCode == HttpStatusCode.OK && !declared.Contains(served!))
            {
                undeclared.Add($"{url}: {served}, {path} declares {string.Join(", ", declared)}");
            }
        }

        Assert.True(undeclared.Count == 0, string.Join("\n", undeclared));
    }

    /// <summary>Headers that may differ between two answers to the same request.</summary>
    private static readonly HashSet<string> PerAnswerHeaders = new(StringComparer.OrdinalIgnoreCase) { "Date", "Transfer-Encoding" };

    private static Dictionary<string, string> Headers(HttpResponseMessage response) =>
        response.Headers.NonValidated.Concat(response.Content.Headers.NonValidated)
            .Where(h => !PerAnswerHeaders.Contains(h.Key))
            .ToDictionary(h => h.Key, h => string.Join(", ", h.Value), StringComparer.OrdinalIgnoreCase);

    [Fact]
    public async Task EveryGetOperationAnswersHeadWithTheSameStatusAndHeadersAndNoBody()
    {
        var differences = new List<string>();
        foreach (var (path, _) in GetOperations())
        {
            var url = Examples[path];
            // HEAD first, so it is answered afresh rather than from what a GET left in the answer cache.
            var head = await api.Client.SendAsync(new HttpRequestMessage(HttpMethod.Head, url), HttpCompletionOption.ResponseHeadersRead);
            var get = await api.Client.SendAsync(new HttpRequestMessage(HttpMethod.Get, url), HttpCompletionOption.ResponseHeadersRead);
            var (headers, expected) = (Headers(head), Headers(get));
            if (head.StatusCode != get.StatusCode || !headers.OrderBy(h => h.Key).SequenceEqual(expected.OrderBy(h => h.Key)))
            {
                differences.Add($"{url}: HEAD {(int)head.StatusCode} {string.Join("; ", headers.Except(expected))} / GET {(int)get.StatusCode} {string.Join("; ", expected.Except(headers))}");
            }

            if ((await head.Content.ReadAsByteArrayAsync()).Length > 0)
            {
                differences.Add($"{url}: HEAD sent a body");
            }
        }

        Assert.True(differences.Count == 0, string.Join("\n", differences));
    }

    [Fact]
    public void EveryGetOperationThatReadsDataDeclaresA503WithRetryAfter()
    {
        var reads = GetOperations().Where(o => o.Path.StartsWith("/districts", StringComparison.Ordinal) || o.Path is "/" or "/catalog" or "/health").ToList();
        Assert.True(reads.Count > 20);
        foreach (var (path, operation) in reads)
        {
            Assert.True(operation.GetProperty("responses").TryGetProperty("503", out var unavailable), $"{path} declares no 503");
            Assert.True(unavailable.GetProperty("headers").TryGetProperty("Retry-After", out _), $"{path}'s 503 has no Retry-After");
        }
    }
}
