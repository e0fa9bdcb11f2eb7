using System.CommandLine;
using System.Globalization;
using System.Text.Json.Nodes;
using LifeCircle.Core.Operations;
using LifeCircle.Core.Requests;

namespace LifeCircle.Cli.Commands;

/// <summary>reach: the facilities one can walk to from a point in a package, nearest first (the figures of GET /api/districts/{code}/reach).</summary>
public static class ReachCommand
{
    public static Command Create(CliContext cli)
    {
        var package = CliArguments.Package();
        var point = new Option<string>("--point") { Description = "Where the walk starts: LON,LAT (in the axis order of --crs)", HelpName = "LON,LAT", Required = true };
        var minutes = new Option<string?>("--minutes") { Description = $"Walking minutes, 1 to {ReachOperations.MaxMinutes} (default 10)", HelpName = "N" };
        var crs = CliArguments.Crs();
        var theme = new Option<string?>("--theme") { Description = "Only facilities of this theme's categories", HelpName = "T" };
        var category = new Option<string?>("--category") { Description = "Only facilities of this category", HelpName = "C" };
        var scenario = new Option<string?>("--scenario") { Description = "existing (default) or with-planned", HelpName = "S" };
        var format = CliArguments.Format("table", "json", "geojson");
        var command = new Command("reach", "List the facilities reachable on foot from a point, nearest first (nothing is stored)")
        {
            package, point, minutes, crs, theme, category, scenario, format,
        };
        command.SetAction(parsed =>
        {
            if (PlanningPackage.Read(cli, parsed.GetValue(package)!) is not { } p)
            {
                return ExitCodes.DataErrors;
            }

            var given = new Dictionary<string, string?>
            {
                ["point"] = parsed.GetValue(point), ["minutes"] = parsed.GetValue(minutes), ["crs"] = CliArguments.CrsUri(parsed.GetValue(crs)),
                ["theme"] = parsed.GetValue(theme), ["category"] = parsed.GetValue(category), ["scenario"] = parsed.GetValue(scenario),
            };
            var query = new QueryParameters(given.Where(g => g.Value is not null).Select(g => KeyValuePair.Create(g.Key, (IReadOnlyList<string>)[g.Value!])));
            // The network is at hand, so the core's answer completes without waiting.
            var (members, _) = PlanningPackage.Asked(() => ReachOperations.AnswerAsync(query, ReachOperations.Parameters, p.Catalogue, _ => Task.FromResult(p.Network), CancellationToken.None)
                .GetAwaiter().GetResult(), new Dictionary<string, string>());
            Write(cli, parsed.GetValue(format)!, members);
            return ExitCodes.Ok;
        });
        return command;
    }

    private static void Write(CliContext cli, string format, Dictionary<string, object?> members)
    {
        if (format == "geojson")
        {
            PlanningPackage.WriteJson(cli, members);
            return;
        }

        var tree = PlanningPackage.Tree(members);
        var rows = tree["features"]!.AsArray().Select(f => (JsonObject)f!["properties"]!.DeepClone()
            .AsObject().Also(o => { o["id"] = f["id"]!.DeepClone(); o["point"] = f["geometry"]!["coordinates"]!.DeepClone(); })).ToList();
        if (format == "json")
        {
            PlanningPackage.WriteJson(cli, new { point = tree["point"], minutes = tree["minutes"], scenario = tree["scenario"], walkingSpeedKmh = tree["walkingSpeedKmh"], facilities = rows });
            return;
        }

        cli.Output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{rows.Count} facilities within {tree["minutes"]} min ({tree["scenario"]}) of {tree["point"]!.ToJsonString()} at {tree["walkingSpeedKmh"]} km/h"));
        foreach (var r in rows)
        {
            cli.Output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{(int)r["rank"]!,3}  {(double)r["minutes"]!,6:F2} min  {(double)r["metres"]!,7:F1} m  {r["category"],-20} {((bool)r["existing"]! ? "existing" : "planned"),-8}  {r["id"]}  {r["name_zh"]}"));
        }
    }

    private static JsonObject Also(this JsonObject o, Action<JsonObject> change)
    {
        change(o);
        return o;
    }
}
