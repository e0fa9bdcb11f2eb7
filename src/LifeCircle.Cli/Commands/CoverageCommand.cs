using System.CommandLine;
using System.Diagnostics;
using LifeCircle.Core.Coverage;
using LifeCircle.Core.Importing;
using Spectre.Console;

namespace LifeCircle.Cli.Commands;

/// <summary>coverage: computes walking coverage of a package and prints it per area (nothing is stored).</summary>
public static class CoverageCommand
{
    public static Command Create(CliContext cli)
    {
        var package = CliArguments.Package();
        var category = new Option<string?>("--category") { Description = "Also print this category's figures per area and threshold", HelpName = "C" };
        var command = new Command("coverage", "Compute walking coverage and print the headline per area (nothing is stored)") { package, category };
        command.SetAction(parsed =>
        {
            var check = CheckedPackage.Read(parsed.GetValue(package)!);
            if (check.HasErrors)
            {
                ProblemReport.WriteText(cli, check.Errors);
                return ExitCodes.DataErrors;
            }

            var dataset = check.Dataset!;
            var clock = Stopwatch.StartNew();
            var result = CoverageComputation.Compute(dataset, check.Network);
            var m = result.Method;
            cli.Output.WriteLine($"method {m.Method}: {m.NetworkNodes} nodes, {m.NetworkEdges} edges, {m.WalkingSpeedKmh} km/h; computed in {clock.ElapsedMilliseconds} ms");
            if (result.Headlines.FirstOrDefault() is { } first)
            {
                cli.Output.WriteLine($"headline covers {first.Categories.Count} basic categories: {string.Join(", ", first.Categories)}");
            }

            var names = dataset.Areas.ToDictionary(a => a.Code, a => a.Name.Zh);
            if (cli.Rich)
            {
                WriteTable(cli, result, names);
            }
            else
            {
                foreach (var h in result.Headlines)
                {
                    cli.Output.WriteLine($"{h.Area,-18} {names.GetValueOrDefault(h.Area, h.Area),-12} {h.Scenario,-13} residents {h.Residents,6}  whole circle {h.Share:P1}  elderly {h.ElderlyShare:P1}  all basic within 15 min {h.ShareWithin15:P1}  limited by {Limiting(h)}  declared population {Declared(h)}");
                }
            }

            if (parsed.GetValue(category) is { } code)
            {
                foreach (var c in result.Categories.Where(c => c.Category == code))
                {
                    cli.Output.WriteLine($"{c.Area,-18} {names.GetValueOrDefault(c.Area, c.Area),-12} {c.Scenario,-13} {c.Threshold,2} min  residents {c.Share:P1}  elderly {c.ElderlyShare:P1}  facilities {c.Facilities}  median {c.MedianMinutes} p90 {c.P90Minutes}");
                }
            }

            return ExitCodes.Ok;
        });
        return command;
    }

    /// <summary>The declared population and the share of it the blocks (whom every figure counts) represent.</summary>
    private static string Declared(AreaHeadline h) =>
        h.Population.Declared is { } n ? $"{n} (blocks hold {h.Population.BlocksShareOfDeclared:P1})" : "none";

    private static string Limiting(AreaHeadline h) =>
        string.Join(", ", h.Limiting.Select(l => $"{l.Category} ({l.ShareNotReached:P0} beyond {l.Level} min)"));

    private static void WriteTable(CliContext cli, CoverageResult result, IReadOnlyDictionary<string, string> names)
    {
        var table = new Table().AddColumns("area", "name", "scenario", "residents", "declared", "whole circle", "elderly", "all within 15 min", "limited by");
        foreach (var h in result.Headlines)
        {
            table.AddRow(h.Area, Markup.Escape(names.GetValueOrDefault(h.Area, h.Area)), h.Scenario, $"{h.Residents:N0}", Markup.Escape(Declared(h)),
                $"{h.Share:P1}", $"{h.ElderlyShare:P1}", $"{h.ShareWithin15:P1}", Markup.Escape(Limiting(h)));
        }

        cli.Terminal.Write(table);
    }
}
