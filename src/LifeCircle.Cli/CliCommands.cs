using System.CommandLine;
using LifeCircle.Cli.Commands;
using LifeCircle.Core.Data;
using LifeCircle.Core.Publishing;

namespace LifeCircle.Cli;

/// <summary>The lifecircle tool: every command, parsed by System.CommandLine, with help for each; exit codes in <see cref="ExitCodes"/>.</summary>
public static class CliCommands
{
    /// <summary>Environment variable holding the Table Storage connection string when --connection-string is not given.</summary>
    public const string ConnectionStringVariable = StorageOptions.ConnectionStringVariable;

    /// <summary>Every command; a new one is a class with a Create method, listed here.</summary>
    private static readonly Func<CliContext, Command>[] All =
    [
        GenerateSampleCommand.Create,
        GenerateSyntheticCommand.Create,
        PruneCommand.Create,
        CoverageCommand.Create,
        ReachCommand.Create,
        WhatIfCommand.Create,
        BestSitesCommand.Create,
        ValidateCommand.Create,
        ImportCommand.Create,
    ];

    /// <summary>The command tree (for tests and help): every command created over <paramref name="cli"/>.</summary>
    public static RootCommand Root(CliContext cli)
    {
        var root = new RootCommand("LifeCircle Open Data: check, import and explore a district's 15-minute life circle dataset package.");
        foreach (var create in All)
        {
            root.Subcommands.Add(create(cli));
        }

        return root;
    }

    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error)
    {
        var cli = new CliContext(output, error);
        var root = Root(cli);
        var parsed = root.Parse(args);
        if (parsed.Errors.Count > 0)
        {
            foreach (var e in parsed.Errors)
            {
                error.WriteLine($"error: {e.Message}");
            }

            var command = parsed.CommandResult.Command;
            await root.Parse(command == root ? ["--help"] : [command.Name, "--help"]).InvokeAsync(new InvocationConfiguration { Output = error });
            return ExitCodes.Usage;
        }

        try
        {
            return await parsed.InvokeAsync(new InvocationConfiguration { Output = output, Error = error, EnableDefaultExceptionHandler = false });
        }
        catch (CliUsageException ex)
        {
            error.WriteLine($"error: {ex.Message}");
            return ExitCodes.Usage;
        }
        catch (DatasetFormatException ex)
        {
            error.WriteLine($"error: {ex.Message}");
            return ExitCodes.DataErrors;
        }
        catch (StoreUnavailableException ex)
        {
            error.WriteLine($"error: Table Storage cannot be reached: {ex.Message}");
            return ExitCodes.StorageUnavailable;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // Never an unhandled exception (a stack trace, exit 134): a command that fails says why and exits with a documented code.
            // A failed import has not switched the district to a new version, so the current one is still served.
            error.WriteLine($"error: {parsed.CommandResult.Command.Name} failed: {ex.Message}");
            return ExitCodes.DataErrors;
        }
    }
}

/// <summary>What the lifecircle process exits with (documented in docs/cli.md).</summary>
public static class ExitCodes
{
    /// <summary>Done; for validate: no errors (there may be warnings).</summary>
    public const int Ok = 0;

    /// <summary>The package has errors (nothing was imported), a file could not be read, or the command failed for another reason (it says why).</summary>
    public const int DataErrors = 1;

    /// <summary>The command line is wrong: unknown command or option, missing or extra argument, bad value.</summary>
    public const int Usage = 2;

    /// <summary>Table Storage could not be reached; nothing was changed.</summary>
    public const int StorageUnavailable = 3;
}

/// <summary>A command line the parser accepts but the command refuses; the message says what is wrong.</summary>
public sealed class CliUsageException(string message) : Exception(message);
