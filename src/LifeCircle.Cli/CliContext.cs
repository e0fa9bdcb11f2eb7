using Spectre.Console;

namespace LifeCircle.Cli;

/// <summary>Where a command writes: plain lines when output is redirected (tests, CI, scripts), Spectre tables and progress on a terminal.</summary>
public sealed class CliContext(TextWriter output, TextWriter error)
{
    public TextWriter Output { get; } = output;

    public TextWriter Error { get; } = error;

    /// <summary>True on an interactive terminal: the process's own console, not redirected.</summary>
    public bool Rich { get; } = ReferenceEquals(output, Console.Out) && !Console.IsOutputRedirected && !Console.IsErrorRedirected;

    /// <summary>The Spectre console over <see cref="Output"/>; use only when <see cref="Rich"/>.</summary>
    public IAnsiConsole Terminal => _console ??= AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Output) });

    private IAnsiConsole? _console;
}
