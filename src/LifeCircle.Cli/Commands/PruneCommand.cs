using System.CommandLine;

namespace LifeCircle.Cli.Commands;

/// <summary>prune: deletes old versions of a district.</summary>
public static class PruneCommand
{
    public static Command Create(CliContext cli)
    {
        var code = new Argument<string>("CODE") { Description = "The district's code, e.g. 150303" };
        var keep = new Option<int>("--keep") { Description = "How many versions before the current one to keep (0 or more)", HelpName = "N", Required = true };
        keep.Validators.Add(r =>
        {
            if (r.GetValueOrDefault<int>() < 0)
            {
                r.AddError("--keep must be 0 or more");
            }
        });
        var storage = new StorageOptions();
        var command = new Command("prune", "Delete all but the current and N previous versions of a district") { code, keep };
        storage.AddTo(command);
        command.SetAction(async (parsed, cancellationToken) =>
        {
            var deleted = await storage.Store(parsed).PruneAsync(parsed.GetValue(code)!, parsed.GetValue(keep));
            cli.Output.WriteLine(deleted.Count == 0 ? "nothing to prune" : $"deleted {deleted.Count} version(s): {string.Join(", ", deleted)}");
            return ExitCodes.Ok;
        });
        return command;
    }
}
