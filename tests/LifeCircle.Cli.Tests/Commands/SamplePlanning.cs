using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using LifeCircle.Core.Importing;
using LifeCircle.Core.Model;
using LifeCircle.Core.Operations;
using LifeCircle.Core.Planning;
using LifeCircle.Core.Requests;
using LifeCircle.Tests.Shared;

namespace LifeCircle.Cli.Tests.Commands;

/// <summary>The sample package read once, the core operations' answers on it (what the API computes for it), and the tool run in-process.</summary>
internal static class SamplePlanning
{
    private static readonly Lazy<(Dataset Dataset, DatasetCatalogue Catalogue, PlanningNetwork Network)> Loaded = new(() =>
    {
        var d = CheckedPackage.Read(RepositoryPaths.SampleDataset).Dataset!;
        return (d, new DatasetCatalogue(d.Metadata, d.Themes, d.Categories, d.Areas.Select(a => a.Code).ToList()), PlanningNetwork.Build(PlanningSource.FromDataset(d))!);
    });

    public static string Package => RepositoryPaths.SampleDataset;

    public static Dataset Dataset => Loaded.Value.Dataset;

    /// <summary>The reach answer's members for these query parameters, as JSON.</summary>
    public static JsonNode Reach(params (string Name, string Value)[] query)
    {
        var parameters = new QueryParameters(query.Select(q => KeyValuePair.Create(q.Name, (IReadOnlyList<string>)[q.Value])));
        var (members, _) = ReachOperations.AnswerAsync(parameters, ReachOperations.Parameters, Loaded.Value.Catalogue, _ => Task.FromResult(Loaded.Value.Network), default)
            .GetAwaiter().GetResult();
        return JsonSerializer.SerializeToNode(members, Core.Data.JsonText.Options)!;
    }

    /// <summary>A process's answer for this execute body's inputs, as JSON.</summary>
    public static JsonNode Process(string processId, string inputs)
    {
        var process = ProcessCatalog.Find(Loaded.Value.Catalogue, processId)!;
        var parsed = ProcessInputs.Parse(Encoding.UTF8.GetBytes($$"""{"inputs": {{inputs}}}"""), process.Inputs.Select(i => i.Name).ToList());
        return JsonSerializer.SerializeToNode(ProcessOperations.Run(process, parsed, Loaded.Value.Catalogue, Loaded.Value.Network, default), Core.Data.JsonText.Options)!;
    }

    public static Task<(int Code, string Out, string Err)> Run(params string[] args) => CliRun.Run(args);
}
