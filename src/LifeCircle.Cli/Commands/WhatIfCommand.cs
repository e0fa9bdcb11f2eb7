using System.CommandLine;
using System.Globalization;
using System.Text.Json.Nodes;
using LifeCircle.Core.Operations;

namespace LifeCircle.Cli.Commands;

/// <summary>what-if: the coverage a change to a package's facilities would give, before and after (the coverage-what-if process; nothing is stored).</summary>
public static class WhatIfCommand
{
    /// <summary>Process inputs and the options that carry them.</summary>
    private static readonly Dictionary<string, string> Options = new() { ["categories"] = "category" };

    public static Command Create(CliContext cli)
    {
        var package = CliArguments.Package();
        var add = new Option<string[]>("--add") { Description = "Add a facility (repeatable): LON,LAT,CATEGORY and optionally ,NAME", HelpName = "LON,LAT,CATEGORY[,NAME]" };
        var remove = new Option<string[]>("--remove") { Description = "Remove a facility by its id (repeatable)", HelpName = "FACILITY_ID" };
        var category = new Option<string[]>("--category") { Description = "Also report this category, changed or not (repeatable)", HelpName = "C" };
        var crs = CliArguments.Crs();
        var format = CliArguments.Format("table", "json");
        var command = new Command("what-if", "Recompute coverage with facilities added or removed and print the changes (nothing is stored)")
        {
            package, add, remove, category, crs, format,
        };
        command.SetAction(parsed =>
        {
            var added = (parsed.GetValue(add) ?? []).Select(Added).ToList();
            if (PlanningPackage.Read(cli, parsed.GetValue(package)!) is not { } p)
            {
                return ExitCodes.DataErrors;
            }

            var answer = p.Run(ProcessCatalog.WhatIfId, new Dictionary<string, object?>
            {
                ["add"] = added, ["remove"] = parsed.GetValue(remove), ["categories"] = parsed.GetValue(category), ["crs"] = CliArguments.CrsUri(parsed.GetValue(crs)),
            }, Options);
            return PlanningPackage.Write(cli, parsed.GetValue(format)!, answer, WriteTable);
        });
        return command;
    }

    /// <summary>LON,LAT,CATEGORY[,NAME] as the process's add item; the name may hold commas.</summary>
    private static Dictionary<string, object?> Added(string text)
    {
        var parts = text.Split(',', 4);
        if (parts.Length < 3)
        {
            throw new CliUsageException($"--add: '{text}' is not LON,LAT,CATEGORY[,NAME]; give two coordinates, a category code and optionally a name, separated by commas");
        }

        return new Dictionary<string, object?>
        {
            ["point"] = new[] { PlanningPackage.Number(parts[0]), PlanningPackage.Number(parts[1]) }, ["category"] = parts[2], ["name"] = parts.Length == 4 ? parts[3] : null,
        }.Where(m => m.Value is not null).ToDictionary();
    }

    /// <summary>The district's rows and every row that changed, then how many blocks' minutes changed.</summary>
    private static void WriteTable(CliContext cli, JsonNode answer)
    {
        var rows = answer["categories"]!.AsArray().Where(r => (string)r!["areaKind"]! == "district"
            || (int)r["residentsCoveredChange"]! != 0 || (int)r["facilitiesChange"]! != 0).ToList();
        cli.Output.WriteLine($"{"area",-18} {"category",-20} {"min",3} {"scenario",-13} {"residents covered",-24} {"share",8} {"elderly covered",-22} facilities");
        foreach (var r in rows)
        {
            cli.Output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{(string)r!["area"]!,-18} {(string)r["category"]!,-20} {(int)r["threshold"]!,3} {(string)r["scenario"]!,-13} {$"{r["residentsCoveredBefore"]} → {r["residentsCovered"]} ({(int)r["residentsCoveredChange"]!:+0;-0;0})",-24} {Share(r["shareChange"]),8} {$"{(double)r["elderlyCoveredBefore"]!:F1} → {(double)r["elderlyCovered"]!:F1}",-22} {r["facilitiesBefore"]} → {r["facilities"]}"));
        }

        cli.Output.WriteLine($"{answer["categories"]!.AsArray().Count} rows ({rows.Count} shown: the district and every change); {answer["blocks"]!.AsArray().Count} block minutes changed");
    }

    private static string Share(JsonNode? change) =>
        change is null ? "n/a" : string.Create(CultureInfo.InvariantCulture, $"{(double)change * 100:+0.0;-0.0;0.0} pt");
}
