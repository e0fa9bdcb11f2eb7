using Spectre.Console;

namespace LifeCircle.Cli.Commands;

/// <summary>Shows how many entities an import has written: a Spectre progress bar on a terminal, a plain line per 10% otherwise.</summary>
public static class ImportProgress
{
    public static async Task<T> RunAsync<T>(CliContext cli, Func<IProgress<(int Written, int Total)>, Task<T>> run)
    {
        if (!cli.Rich)
        {
            return await run(new PlainLines(cli.Output));
        }

        return await cli.Terminal.Progress()
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn())
            .StartAsync(async context =>
            {
                var task = context.AddTask("writing entities", autoStart: true, maxValue: 1);
                return await run(new Callback(v =>
                {
                    task.MaxValue = Math.Max(1, v.Total);
                    task.Value = v.Written;
                }));
            });
    }

    /// <summary>Reports synchronously (Progress&lt;T&gt; would post to the thread pool and could report after the import returned).</summary>
    private sealed class Callback(Action<(int Written, int Total)> report) : IProgress<(int Written, int Total)>
    {
        public void Report((int Written, int Total) value) => report(value);
    }

    private sealed class PlainLines(TextWriter output) : IProgress<(int Written, int Total)>
    {
        private readonly Lock _gate = new();
        private int _lastDecile = -1;

        public void Report((int Written, int Total) value)
        {
            lock (_gate)
            {
                int decile = value.Total == 0 ? 10 : value.Written * 10 / value.Total;
                if (decile != _lastDecile)
                {
                    output.WriteLine($"{value.Written}/{value.Total} entities written");
                    _lastDecile = decile;
                }
            }
        }
    }
}
