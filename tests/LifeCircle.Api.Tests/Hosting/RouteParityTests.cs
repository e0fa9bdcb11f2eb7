using System.Text.Json;
using LifeCircle.Api.Functions;
using LifeCircle.LocalHost;
using LifeCircle.Tests.Shared;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace LifeCircle.Api.Tests.Hosting;

public class RouteParityTests
{
    /// <summary>What the Functions host will route, as the Functions SDK wrote it at build time.</summary>
    private static IReadOnlyList<(string Name, string Route, string Methods)> FunctionsMetadata()
    {
        var path = Directory.GetFiles(Path.Combine(RepositoryPaths.Root, "src", "LifeCircle.FunctionApp", "bin"), "functions.metadata", SearchOption.AllDirectories)
            .OrderByDescending(File.GetLastWriteTimeUtc)
            .FirstOrDefault() ?? throw new InvalidOperationException("Build src/LifeCircle.FunctionApp first: no functions.metadata found.");
        using var doc = JsonDocument.Parse(File.ReadAllText(path));
        return doc.RootElement.EnumerateArray()
            .Select(f => (f, trigger: f.GetProperty("bindings").EnumerateArray().Single(b => b.GetProperty("type").GetString() == "httpTrigger")))
            .Select(x => (
                x.f.GetProperty("name").GetString()!,
                "api/" + x.trigger.GetProperty("route").GetString(),
                string.Join(',', x.trigger.GetProperty("methods").EnumerateArray().Select(m => m.GetString()!.ToUpperInvariant()).Order())))
            .OrderBy(x => x.Item1, StringComparer.Ordinal)
            .ToList();
    }

    private static IReadOnlyList<(string Name, string Route, string Methods)> KestrelEndpoints()
    {
        var app = LocalApiHost.Build([], new Dictionary<string, string?> { ["LifeCircle:Storage:ConnectionString"] = TestStorage.ConnectionString });
        var endpoints = ((IEndpointRouteBuilder)app).DataSources.SelectMany(d => d.Endpoints).OfType<RouteEndpoint>();
        return endpoints
            .Select(e => (
                e.Metadata.GetMetadata<IEndpointNameMetadata>()!.EndpointName,
                e.RoutePattern.RawText!,
                string.Join(',', e.Metadata.GetMetadata<IHttpMethodMetadata>()!.HttpMethods.Order())))
            .OrderBy(x => x.Item1, StringComparer.Ordinal)
            .ToList();
    }

    [Fact]
    public void TheFunctionsBuildListsEveryHttpFunctionOfTheLibrary()
    {
        var declared = FunctionRoute.Discover(typeof(HealthFunction).Assembly).Select(f => f.Name);
        Assert.Equal(declared, FunctionsMetadata().Select(f => f.Name));
        Assert.Contains("GetItems", declared);
    }

    [Fact]
    public void EveryRouteTheFunctionsHostServesWithGetItAlsoServesWithHead()
    {
        var reads = FunctionsMetadata().Where(f => f.Methods.Split(',').Contains("GET") && f.Name != FallbackFunctions.Name).ToList();

        Assert.True(reads.Count > 20, $"{reads.Count} read routes");
        Assert.All(reads, f => Assert.True(f.Methods == "GET,HEAD", $"{f.Name} ({f.Route}) answers {f.Methods}"));
    }

    [Fact]
    public void TheKestrelHostServesEveryFunctionOnTheSameRouteAndMethods() =>
        Assert.Equal(FunctionsMetadata(), KestrelEndpoints());
}
