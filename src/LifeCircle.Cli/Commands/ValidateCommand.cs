using System.CommandLine;
using LifeCircle.Core.Importing;

namespace LifeCircle.Cli.Commands;

/// <summary>validate (alias check): reports every root problem of a package and what was derived; exit 1 on errors.</summary>
public static class ValidateCommand
{
    public static Command Create(CliContext cli)
    {
        var format = new Option<string>("--format") { Description = "text (default) or json (one document on standard output, for pipelines)", HelpName = "FORMAT", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "json");
        var package = CliArguments.Package();
        var command = new Command("validate", "Report every problem of a package (errors stop an import, warnings do not) and what would be derived; exit 1 on errors") { package, format };
        command.Aliases.Add("check");
        command.SetAction(parsed =>
        {
            var path = parsed.GetValue(package)!;
            var check = CheckedPackage.Read(path);
            if (parsed.GetValue(format) == "json")
            {
                ProblemReport.WriteJson(cli.Output, path, check.Dataset?.District.Code, check.Dataset?.Facilities.Count ?? 0, check.Problems);
            }
            else
            {
                ProblemReport.WriteText(cli, check.Problems);
                cli.Output.WriteLine($"{path}: {check.Dataset?.Facilities.Count ?? 0} facilities, {check.Errors.Count} error(s), {check.Warnings.Count} warning(s)");
            }

            return check.HasErrors ? ExitCodes.DataErrors : ExitCodes.Ok;
        });
        return command;
    }
}
