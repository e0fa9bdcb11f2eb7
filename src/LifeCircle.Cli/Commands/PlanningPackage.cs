using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using LifeCircle.Core.Data;
using LifeCircle.Core.Importing;
using LifeCircle.Core.Model;
using LifeCircle.Core.Operations;
using LifeCircle.Core.Planning;
using LifeCircle.Core.Problems;

namespace LifeCircle.Cli.Commands;

/// <summary>A package read for planning questions (reach, what-if, best-sites): its catalogue and walking network, asked through the API's own core operations.</summary>
public sealed record PlanningPackage(DatasetCatalogue Catalogue, PlanningNetwork Network)
{
    /// <summary>The package at <paramref name="path"/>; null (its problems written) when it has errors or no streets to walk on.</summary>
    public static PlanningPackage? Read(CliContext cli, string path)
    {
        var check = CheckedPackage.Read(path);
        if (check.HasErrors)
        {
            ProblemReport.WriteText(cli, check.Errors);
            return null;
        }

        var d = check.Dataset!;
        if (PlanningNetwork.Build(PlanningSource.FromDataset(d)) is not { } network)
        {
            cli.Error.WriteLine($"error: {path} has no street network; reach and the planning commands walk on streets.");
            return null;
        }

        return new PlanningPackage(new DatasetCatalogue(d.Metadata, d.Themes, d.Categories, d.Areas.Select(a => a.Code).ToList()), network);
    }

    /// <summary>Runs a planning process on this package with the inputs the API's execute body would carry.</summary>
    public Dictionary<string, object?> Run(string processId, IReadOnlyDictionary<string, object?> inputs, IReadOnlyDictionary<string, string> options)
    {
        var process = ProcessCatalog.Find(Catalogue, processId)!;
        var body = JsonSerializer.SerializeToUtf8Bytes(new Dictionary<string, object?> { ["inputs"] = inputs.Where(i => i.Value is not null).ToDictionary() });
        return Asked(() => ProcessOperations.Run(process, ProcessInputs.Parse(body, process.Inputs.Select(i => i.Name).ToList()), Catalogue, Network, CancellationToken.None), options);
    }

    /// <summary>The answer of <paramref name="ask"/>; a 400 from the core operation becomes a usage error naming the command's option (see <paramref name="options"/>: input → option).</summary>
    public static T Asked<T>(Func<T> ask, IReadOnlyDictionary<string, string> options)
    {
        try
        {
            return ask();
        }
        catch (ProblemException ex) when (ex.Status == 400 && ex.Parameter is { } name)
        {
            var input = name.Split('[', '.')[0];
            var option = "--" + options.GetValueOrDefault(input, input);
            var detail = ex.Detail.StartsWith($"Parameter '{name}': ", StringComparison.Ordinal) ? ex.Detail[$"Parameter '{name}': ".Length..] : ex.Detail;
            throw new CliUsageException(name == input ? $"{option}: {detail}" : $"{option} ({name}): {detail}");
        }
    }

    /// <summary>Text as a JSON number when it reads as one, else as the text itself (so the core's message about it is the one shown).</summary>
    public static object? Number(string? text) =>
        text is null ? null : double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out double v) ? v : text;

    /// <summary>Writes a process answer as JSON, or as the command's table (read off the answer's JSON); the exit code.</summary>
    public static int Write(CliContext cli, string format, Dictionary<string, object?> answer, Action<CliContext, JsonNode> table)
    {
        if (format == "json")
        {
            WriteJson(cli, answer);
        }
        else
        {
            table(cli, Tree(answer));
        }

        return ExitCodes.Ok;
    }

    /// <summary>Writes an answer as indented JSON, as the API writes it.</summary>
    public static void WriteJson(CliContext cli, object answer) => cli.Output.WriteLine(JsonSerializer.Serialize(answer, JsonText.Options));

    /// <summary>The answer as a JSON tree, for reading figures out of it to print.</summary>
    public static JsonNode Tree(object answer) => JsonSerializer.SerializeToNode(answer, JsonText.Options)!;
}
