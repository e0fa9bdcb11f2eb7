namespace LifeCircle.Cli;

/// <summary>A one-line text progress bar for long imports (redrawn in place on a terminal, a line per 10% otherwise).</summary>
public sealed class ProgressBar(TextWriter output) : IProgress<(int Written, int Total)>
{
    private const int Width = 30;
    private readonly object _gate = new();
    private readonly bool _interactive = !Console.IsOutputRedirected && ReferenceEquals(output, Console.Out);
    private int _lastDecile = -1;
    private bool _drawn;

    public void Report((int Written, int Total) value)
    {
        lock (_gate)
        {
            int filled = value.Total == 0 ? Width : value.Written * Width / value.Total;
            int decile = value.Total == 0 ? 10 : value.Written * 10 / value.Total;
            string line = $"[{new string('#', filled)}{new string('.', Width - filled)}] {value.Written}/{value.Total} entities";
            if (_interactive)
            {
                output.Write("\r" + line);
                _drawn = true;
            }
            else if (decile != _lastDecile)
            {
                output.WriteLine(line);
                _lastDecile = decile;
            }
        }
    }

    public void Finish()
    {
        if (_drawn)
        {
            output.WriteLine();
        }
    }
}
