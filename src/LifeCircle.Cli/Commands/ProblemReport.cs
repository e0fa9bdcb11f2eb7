using System.Text.Json;
using System.Text.Json.Serialization;
using LifeCircle.Core.Data;
using Spectre.Console;

namespace LifeCircle.Cli.Commands;

/// <summary>Writes the problems of a package: plain lines ("error: …", "warning: …", "  hint: …", "derived: …"), a table on a terminal, or JSON for pipelines.</summary>
public static class ProblemReport
{
    private static readonly JsonSerializerOptions Json = new(JsonText.Options) { Converters = { new JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower) } };

    /// <summary>Errors then warnings to <see cref="CliContext.Error"/> (a table on a terminal); what was derived to <see cref="CliContext.Output"/>.</summary>
    public static void WriteText(CliContext cli, IReadOnlyList<DatasetProblem> problems)
    {
        var ordered = problems.Where(p => p.Severity != ProblemSeverity.Note).OrderBy(p => p.Severity).ToList();
        if (cli.Rich && ordered.Count > 0)
        {
            var table = new Table().AddColumns("", "where", "field", "problem", "how to fix");
            foreach (var p in ordered)
            {
                table.AddRow(
                    p.Severity == ProblemSeverity.Error ? "[red]error[/]" : "[yellow]warning[/]",
                    Markup.Escape(p.Location), Markup.Escape(p.Field), Markup.Escape(p.Message + ProblemRoots.AffectedText(p.Affected)), Markup.Escape(p.Hint ?? ""));
            }

            cli.Terminal.Write(table);
        }
        else
        {
            foreach (var p in ordered)
            {
                cli.Error.WriteLine($"{(p.Severity == ProblemSeverity.Error ? "error" : "warning")}: {p}");
                if (p.Hint is { } hint)
                {
                    cli.Error.WriteLine($"  hint: {hint}");
                }
            }
        }

        foreach (var note in problems.Where(p => p.Severity == ProblemSeverity.Note))
        {
            cli.Output.WriteLine($"derived: {note.Location}: {note.Field}: {note.Message}");
        }
    }

    /// <summary>The whole report as one JSON document (see docs/cli.md): counts, problems with hints and affected records, derivations.</summary>
    public static void WriteJson(TextWriter output, string package, string? district, int facilities, IReadOnlyList<DatasetProblem> problems)
    {
        var report = new
        {
            Package = package,
            District = district,
            Facilities = facilities,
            Errors = problems.Count(p => p.Severity == ProblemSeverity.Error),
            Warnings = problems.Count(p => p.Severity == ProblemSeverity.Warning),
            Problems = problems.Where(p => p.Severity != ProblemSeverity.Note).OrderBy(p => p.Severity)
                .Select(p => new { p.Severity, p.Location, p.Field, p.Message, p.Hint, p.Affected }),
            Derived = problems.Where(p => p.Severity == ProblemSeverity.Note).Select(p => new { p.Location, p.Field, p.Message }),
        };
        output.WriteLine(JsonSerializer.Serialize(report, Json));
    }
}
