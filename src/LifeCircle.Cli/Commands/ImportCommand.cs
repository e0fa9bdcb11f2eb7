using System.CommandLine;
using System.Diagnostics;
using LifeCircle.Core.Importing;

namespace LifeCircle.Cli.Commands;

/// <summary>import: checks a package, then publishes it as the district's new current version.</summary>
public static class ImportCommand
{
    public static Command Create(CliContext cli)
    {
        var package = CliArguments.Package();
        var storage = new StorageOptions();
        var command = new Command("import", "Check, then publish PACKAGE as the district's new current version (nothing is written if it has errors)") { package };
        storage.AddTo(command);
        command.SetAction(async (parsed, cancellationToken) =>
        {
            var store = storage.Store(parsed);
            var clock = Stopwatch.StartNew();
            var result = await ImportProgress.RunAsync(cli, progress => new DatasetImport(store).RunAsync(parsed.GetValue(package)!, progress, cancellationToken));
            if (result.HasErrors)
            {
                ProblemReport.WriteText(cli, result.Errors);
                cli.Error.WriteLine("nothing was imported: the package has problems (see above; lifecircle validate lists warnings too)");
                return ExitCodes.DataErrors;
            }

            ProblemReport.WriteText(cli, result.Derived);
            var t = result.Timings;
            cli.Output.WriteLine(result.AlreadyPublished
                ? $"read in {t.ReadMs} ms, checked in {t.CheckMs} ms, store asked in {t.WriteMs} ms"
                : $"read in {t.ReadMs} ms, checked in {t.CheckMs} ms, coverage computed in {t.DeriveMs} ms" +
                  (t.Derive is { } d ? $" (statistics {d.CoverageMs} ms, access/gaps layers {d.LayersMs} ms)" : "") +
                  $", written in {t.WriteMs} ms ({(t.WriteMs > 0 ? result.EntitiesWritten * 1000L / t.WriteMs : 0)} entities/s)");
            cli.Output.WriteLine(result.AlreadyPublished
                ? $"district {result.District}: version {result.Version} is already current; nothing written ({clock.ElapsedMilliseconds} ms)"
                : $"district {result.District}: published version {result.Version} ({result.Facilities} facilities, {result.EntitiesWritten} entities) in {clock.ElapsedMilliseconds} ms");
            return ExitCodes.Ok;
        });
        return command;
    }
}
