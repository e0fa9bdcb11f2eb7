using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using LifeCircle.Core.Operations;

namespace LifeCircle.Cli.Commands;

/// <summary>best-sites: where k new facilities would cover the most demand within a walking threshold (the best-sites process; nothing is stored).</summary>
public static class BestSitesCommand
{
    public static Command Create(CliContext cli)
    {
        var package = CliArguments.Package();
        var category = new Option<string?>("--category") { Description = "The category of the new sites (or give --theme)", HelpName = "C" };
        var theme = new Option<string?>("--theme") { Description = "Cover all of this theme's categories (or give --category)", HelpName = "T" };
        var k = new Option<string?>("--k") { Description = $"How many new sites, 1 to {ProcessCatalog.MaxK} (required)", HelpName = "N" };
        var threshold = new Option<string?>("--threshold") { Description = "Walking minutes a site covers: 5, 10 (default) or 15", HelpName = "MIN" };
        var weight = new Option<string?>("--weight") { Description = "Whose access counts: residents (default) or elderly", HelpName = "W" };
        var spacing = new Option<string?>("--spacing") { Description = "Metres between candidate points along the streets, 25 to 2000", HelpName = "M" };
        var candidates = new Option<string?>("--candidates") { Description = "A GeoJSON file of candidate points (in --crs) instead of points along the streets", HelpName = "FILE.geojson" };
        var keep = new Option<string?>("--keep") { Description = "Facilities kept: existing (default), planned (existing and planned) or none", HelpName = "K" };
        var crs = CliArguments.Crs();
        var format = CliArguments.Format("table", "json");
        var command = new Command("best-sites", "Choose where k new facilities would cover the most demand and print the sites and totals (nothing is stored)")
        {
            package, category, theme, k, threshold, weight, spacing, candidates, keep, crs, format,
        };
        command.SetAction(parsed =>
        {
            var points = parsed.GetValue(candidates) is { } file ? Candidates(file) : null;
            if (PlanningPackage.Read(cli, parsed.GetValue(package)!) is not { } p)
            {
                return ExitCodes.DataErrors;
            }

            var answer = p.Run(ProcessCatalog.BestSitesId, new Dictionary<string, object?>
            {
                ["category"] = parsed.GetValue(category), ["theme"] = parsed.GetValue(theme), ["k"] = PlanningPackage.Number(parsed.GetValue(k)),
                ["threshold"] = PlanningPackage.Number(parsed.GetValue(threshold)), ["weight"] = parsed.GetValue(weight),
                ["spacing"] = PlanningPackage.Number(parsed.GetValue(spacing)), ["candidates"] = points,
                ["keep"] = parsed.GetValue(keep) is "planned" ? "existing-and-planned" : parsed.GetValue(keep), ["crs"] = CliArguments.CrsUri(parsed.GetValue(crs)),
            }, new Dictionary<string, string>());
            return PlanningPackage.Write(cli, parsed.GetValue(format)!, answer, WriteTable);
        });
        return command;
    }

    /// <summary>The Point features' coordinates of a GeoJSON file, as the process's candidates input.</summary>
    private static List<JsonNode> Candidates(string file)
    {
        JsonNode? root;
        try
        {
            root = JsonNode.Parse(File.ReadAllText(file));
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or JsonException)
        {
            throw new CliUsageException($"--candidates: cannot read '{file}' as GeoJSON: {ex.Message}");
        }

        var features = root?["features"] as JsonArray ?? throw new CliUsageException($"--candidates: '{file}' is not a GeoJSON FeatureCollection");
        return features.Select((f, i) => f?["geometry"] is JsonObject { } g && (string?)g["type"] == "Point" && g["coordinates"] is JsonArray c
            ? c.DeepClone()
            : throw new CliUsageException($"--candidates: feature {i + 1} of '{file}' is not a Point; candidates are points")).ToList();
    }

    private static void WriteTable(CliContext cli, JsonNode a)
    {
        var inv = CultureInfo.InvariantCulture;
        cli.Output.WriteLine(string.Create(inv, $"{a["k"]} new sites for {string.Join(", ", a["categories"]!.AsArray().Select(c => (string)c!))} within {a["threshold"]} min, weighted by {a["weight"]}, keeping {a["keep"]}"));
        cli.Output.WriteLine($"candidates: {a["candidates"]!["count"]} ({a["candidates"]!["rule"]}{(a["candidates"]!["spacingMetres"] is { } metres ? $", every {metres} m" : "")}); solver {a["solver"]}");
        foreach (var s in a["sites"]!.AsArray())
        {
            cli.Output.WriteLine(string.Create(inv, $"{(int)s!["rank"]!,3}  {s["point"]!.ToJsonString(),-28} gain {(double)s["gain"]!,9:F1}  covered after {(double)s["coveredAfter"]!,9:F1}"));
        }

        if (a["shortfall"] is { } shortfall)
        {
            cli.Output.WriteLine($"only {shortfall["given"]} of the {shortfall["asked"]} sites asked for: {shortfall["reason"]}");
        }

        cli.Output.WriteLine($"chosen:  {Totals(a["chosen"]!)}");
        cli.Output.WriteLine($"planned: {Totals(a["planned"]!)} (the district's own planned sites)");
        cli.Output.WriteLine(string.Create(inv, $"total demand {a["total"]}; no {a["k"]} candidates cover more than {a["optimumAtMost"]}; gain is at least {(double)a["gainShareOfOptimumAtLeast"]!:P1} of the best possible"));
        cli.Output.WriteLine($"guarantee: {a["guarantee"]}");
    }

    private static string Totals(JsonNode t) =>
        string.Create(CultureInfo.InvariantCulture, $"{t["sites"]} sites, covered {t["before"]} → {t["after"]} (gain {t["gain"]})");
}
