using System.Text.Json;
using Json.Schema;
using LifeCircle.Core.Layers;

namespace LifeCircle.Core.Data.Packages;

/// <summary>Checks dataset.json and GeoJSON layer files against the JSON Schemas the API serves (<see cref="PackageSchemas"/>), with JsonSchema.Net.</summary>
/// <remarks>
/// The reader runs first and its problems are the ones districts see; a schema error is reported only where the reader
/// found nothing wrong. So a mistake is listed once, and a package the reader accepts but the published schema rejects
/// (the two disagreeing) still fails, naming the file and the JSON path.
/// </remarks>
public static class PackageSchemaCheck
{
    private static readonly Lazy<IReadOnlyDictionary<string, JsonSchema>> Schemas = new(() =>
    {
        var options = new BuildOptions { SchemaRegistry = new SchemaRegistry() };
        return PackageSchemas.All().ToDictionary(s => s.File, s => JsonSchema.FromText(s.Json, options));
    });

    private static readonly EvaluationOptions Hierarchical = new() { OutputFormat = OutputFormat.Hierarchical };

    /// <summary>Adds the schema errors of the package's dataset.json (one the reader has already read without a problem).</summary>
    public static void Descriptor(PackageSource source, List<DatasetProblem> problems)
    {
        using var stream = source.Open(DatasetFiles.Descriptor);
        using var document = JsonDocument.Parse(stream);
        problems.AddRange(Descriptor(document.RootElement));
    }

    /// <summary>The schema errors of a package's dataset.json, each at its JSON path (e.g. $.layers.facilities[1].crs).</summary>
    public static IEnumerable<DatasetProblem> Descriptor(JsonElement document) =>
        Errors(Schemas.Value["dataset.schema.json"], document, DatasetFiles.Descriptor, "$");

    /// <summary>The schema errors of each feature's properties in a GeoJSON layer file, when the API serves a schema for the layer's records.</summary>
    /// <param name="skip">Features (1-based) the reader already reported.</param>
    public static IEnumerable<DatasetProblem> Features(JsonElement collection, LayerDefinition layer, string file, ISet<int> skip)
    {
        if (!Schemas.Value.TryGetValue(PackageSchemas.ItemFile(layer), out var schema)
            || collection.ValueKind != JsonValueKind.Object || !collection.TryGetProperty("features", out var features) || features.ValueKind != JsonValueKind.Array)
        {
            yield break;
        }

        int n = 0;
        foreach (var feature in features.EnumerateArray())
        {
            n++;
            if (skip.Contains(n) || feature.ValueKind != JsonValueKind.Object || !feature.TryGetProperty("properties", out var properties))
            {
                continue;
            }

            foreach (var problem in Errors(schema, properties, $"{file} feature {n}", "properties"))
            {
                yield return problem;
            }
        }
    }

    private static IEnumerable<DatasetProblem> Errors(JsonSchema schema, JsonElement instance, string location, string root)
    {
        var result = schema.Evaluate(instance, Hierarchical);
        if (result.IsValid)
        {
            return [];
        }

        // One problem per place: a failing parent ($ref, properties) repeats what its children said.
        return Failed(result)
            .Where(d => d.Errors is { Count: > 0 })
            .GroupBy(d => d.InstanceLocation.ToString())
            .Select(g => new DatasetProblem(location, Path(root, g.Key),
                "does not match the published schema: " + string.Join("; ", g.SelectMany(d => d.Errors!.Values).Distinct()).Replace("\\u0022", "\"")));
    }

    /// <summary>The failing nodes, not descending into a node that passed: a branch of an anyOf that passed is no error.</summary>
    private static IEnumerable<EvaluationResults> Failed(EvaluationResults node) =>
        node.IsValid ? [] : [node, .. (node.Details ?? []).SelectMany(Failed)];

    /// <summary>A JSON Pointer (/layers/facilities/1/crs) as the JSON path the reader uses ($.layers.facilities[1].crs).</summary>
    private static string Path(string root, string pointer) =>
        root + string.Concat(pointer.Split('/', StringSplitOptions.RemoveEmptyEntries)
            .Select(p => p.Replace("~1", "/").Replace("~0", "~"))
            .Select(p => int.TryParse(p, out _) ? $"[{p}]" : "." + p));
}
