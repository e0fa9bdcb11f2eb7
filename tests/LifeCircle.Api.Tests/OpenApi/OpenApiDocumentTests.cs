using System.Diagnostics;
using System.Net;
using System.Text.Json;
using LifeCircle.Api.Functions;
using LifeCircle.LocalHost;
using LifeCircle.LocalHost.OpenApi;
using LifeCircle.Tests.Shared;

namespace LifeCircle.Api.Tests.OpenApi;

[Collection(ApiCollection.Name)]
public class OpenApiDocumentTests(ApiHostFixture api)
{
    private static readonly string Committed = Path.Combine(RepositoryPaths.Root, "openapi", "openapi.json");

    private static JsonElement Document() => JsonDocument.Parse(File.ReadAllText(Committed)).RootElement;

    private static IEnumerable<(string Path, string Verb, JsonElement Operation)> Operations() =>
        Document().GetProperty("paths").EnumerateObject()
            .SelectMany(p => p.Value.EnumerateObject().Select(o => (p.Name, o.Name, o.Value)));

    [Fact]
    public void TheCommittedDefinitionIsExactlyWhatTheCodeGenerates()
    {
        var generated = OpenApiDocuments.ToJson(LocalApiHost.Build([]).Services);
        Assert.True(generated == File.ReadAllText(Committed),
            "openapi/openapi.json differs from what the function classes generate: run scripts/openapi.sh and commit the result");
    }

    [Fact]
    public void EveryFunctionIsAnOperationWithItsRouteAndVerb()
    {
        var documented = Operations().Select(o => ("/" + o.Path.TrimStart('/'), o.Verb.ToUpperInvariant(), o.Operation.GetProperty("operationId").GetString())).ToHashSet();
        var operations = FunctionRoute.Discover(typeof(HealthFunction).Assembly).Where(f => f.IsOperation).ToList();
        foreach (var f in operations)
        {
            var path = "/" + f.Route.Replace("{*", "{", StringComparison.Ordinal);
            Assert.Contains((path, f.Methods[0], f.Name), documented);
            // A read is also documented as its HEAD: the same route without the body.
            Assert.All(f.Methods.Skip(1), verb => Assert.Contains((path, verb, "Head" + f.Name["Get".Length..]), documented));
        }

        Assert.Equal(operations.Sum(f => f.Methods.Count), documented.Count);
        Assert.Equal(operations.Count(f => f.Methods.Contains("GET")), documented.Count(o => o.Item2 == "HEAD"));
        Assert.DoesNotContain(documented, o => o.Item3 == FallbackFunctions.Name);
    }

    [Theory]
    [InlineData("/districts/{code}/charts/coverage.{format}", "/api/districts/150303/charts/coverage")]
    [InlineData("/districts/{code}/maps/access.{format}", "/api/districts/150303/maps/access")]
    public async Task EveryFormatAChartIsServedInIsAMediaTypeItsOperationDocuments(string path, string url)
    {
        var documented = Document().GetProperty("paths").GetProperty(path).GetProperty("get").GetProperty("responses").GetProperty("200")
            .GetProperty("content").EnumerateObject().Select(c => c.Name).ToList();
        foreach (var format in new[] { "svg", "png" })
        {
            var response = await api.Client.GetAsync($"{url}.{format}");
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Contains(response.Content.Headers.ContentType!.MediaType!, documented);
        }

        Assert.Equal(2, documented.Count);
    }

    [Fact]
    public void EveryOperationHasASummaryEveryParameterADescriptionAndEveryResponseASchema()
    {
        foreach (var (path, verb, op) in Operations())
        {
            Assert.False(string.IsNullOrWhiteSpace(op.GetProperty("summary").GetString()), $"{verb} {path} has no summary");
            var parameters = op.TryGetProperty("parameters", out var list) ? list.EnumerateArray().ToList() : [];
            foreach (var p in parameters)
            {
                Assert.False(string.IsNullOrWhiteSpace(p.GetProperty("description").GetString()), $"{verb} {path} parameter {p.GetProperty("name")} has no description");
            }

            foreach (var response in op.GetProperty("responses").EnumerateObject().Where(r => r.Name != "304"))
            {
                if (verb == "head")
                {
                    Assert.False(response.Value.TryGetProperty("content", out _), $"HEAD {path} {response.Name} documents a body");
                    continue;
                }

                var content = response.Value.GetProperty("content").EnumerateObject().ToList();
                Assert.NotEmpty(content);
                Assert.All(content, c => Assert.True(c.Value.TryGetProperty("schema", out _), $"{verb} {path} {response.Name} has no schema"));
            }
        }
    }

    [Fact]
    public void SpectralsOpenApiRulesetFindsNothing()
    {
        var spectral = Path.Combine(RepositoryPaths.Root, "node_modules", ".bin", "spectral");
        Assert.True(File.Exists(spectral), "Spectral is not installed: scripts/test.sh runs npm ci");
        var start = new ProcessStartInfo(spectral) { WorkingDirectory = RepositoryPaths.Root, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in new[] { "lint", "openapi/openapi.json", "--ruleset", ".spectral.yaml", "--fail-severity=hint" })
        {
            start.ArgumentList.Add(a);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEnd() + process.StandardError.ReadToEnd();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, output);
    }

    [Fact]
    public async Task TheServedDefinitionIsTheCommittedOne()
    {
        var response = await api.Client.GetAsync("/api/openapi.json");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/vnd.oai.openapi+json; version=3.0", response.Content.Headers.ContentType!.ToString());
        Assert.Equal(File.ReadAllBytes(Committed), await response.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task TheDocumentationPageAndOnlyItsOwnFilesAreServed()
    {
        var page = await api.Client.GetAsync("/api/docs");
        Assert.Equal("text/html", page.Content.Headers.ContentType!.MediaType);
        Assert.Contains("SwaggerUIBundle", await page.Content.ReadAsStringAsync());
        var script = await api.Client.GetAsync("/api/docs/swagger-ui-bundle.js");
        Assert.Equal(HttpStatusCode.OK, script.StatusCode);
        var text = await script.Content.ReadAsStringAsync();
        Assert.True(text.Length > 100_000);
        Assert.Contains("SwaggerUIBundle", text);
        Assert.Contains(".swagger-ui", await api.Client.GetStringAsync("/api/docs/swagger-ui.css"));
        Assert.Equal(HttpStatusCode.NotFound, (await api.Client.GetAsync("/api/docs/appsettings.json")).StatusCode);
    }
}
