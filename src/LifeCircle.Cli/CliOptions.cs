namespace LifeCircle.Cli;

/// <summary>A refused command line; the message says what is wrong.</summary>
public sealed class CliUsageException(string message) : Exception(message);

/// <summary>The parsed command line: a command, positional arguments and --name value options.</summary>
public sealed class CliOptions
{
    private static readonly HashSet<string> Known = ["--out", "--connection-string", "--table-prefix", "--facilities", "--table-service-uri", "--category", "--keep"];
    private readonly Dictionary<string, string> _values = new(StringComparer.Ordinal);
    private readonly List<string> _positional = [];

    public string? Command { get; private set; }

    public static CliOptions Parse(IReadOnlyList<string> args)
    {
        var options = new CliOptions { Command = args.Count > 0 ? args[0] : null };
        for (int i = 1; i < args.Count; i++)
        {
            if (args[i].StartsWith("--", StringComparison.Ordinal))
            {
                if (!Known.Contains(args[i]))
                {
                    throw new CliUsageException($"unknown option '{args[i]}'");
                }

                if (i + 1 >= args.Count)
                {
                    throw new CliUsageException($"option '{args[i]}' needs a value");
                }

                options._values[args[i]] = args[++i];
            }
            else
            {
                options._positional.Add(args[i]);
            }
        }

        return options;
    }

    public string? Value(string name) => _values.GetValueOrDefault(name);

    /// <summary>The one dataset folder the command works on.</summary>
    public string Folder() => _positional.Count == 1
        ? _positional[0]
        : throw new CliUsageException($"'{Command}' takes exactly one dataset folder");
}
