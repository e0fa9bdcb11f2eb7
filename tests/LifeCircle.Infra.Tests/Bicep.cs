using System.Reflection;
using System.Text.Json.Nodes;
using LifeCircle.Tests.Shared;

namespace LifeCircle.Infra.Tests;

/// <summary>Runs the Bicep CLI restored from NuGet, and reads the compiled template.</summary>
public static class Bicep
{
    public static string CliPath { get; } = typeof(Bicep).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
        .Single(a => a.Key == "BicepPath").Value!;

    public static string MainFile { get; } = Path.Combine(RepositoryPaths.Root, "infra", "main.bicep");

    private static readonly Lazy<JsonObject> Compiled = new(() =>
    {
        var (code, stdout, stderr) = Run("build", MainFile, "--stdout");
        Assert.True(code == 0, $"bicep build failed: {stderr}");
        return JsonNode.Parse(stdout)!.AsObject();
    });

    /// <summary>The ARM JSON of infra/main.bicep.</summary>
    public static JsonObject Template => Compiled.Value;

    public static (int Code, string Stdout, string Stderr) Run(params string[] args) => Processes.Run(CliPath, args);

    /// <summary>The inner template of the module deployment named <paramref name="module"/>.</summary>
    public static JsonObject Module(string module) =>
        Resources(Template).Single(r => r["type"]!.GetValue<string>() == "Microsoft.Resources/deployments" && r["name"]!.GetValue<string>() == module)
            ["properties"]!["template"]!.AsObject();

    public static IEnumerable<JsonObject> Resources(JsonObject template) => template["resources"] switch
    {
        JsonArray array => array.Select(r => r!.AsObject()),
        JsonObject map => map.Select(kv => kv.Value!.AsObject()), // languageVersion 2.0 templates keep resources by symbolic name
        _ => [],
    };

    public static IEnumerable<JsonObject> OfType(JsonObject template, string type) =>
        Resources(template).Where(r => r["type"]!.GetValue<string>() == type && r["existing"]?.GetValue<bool>() != true);
}
