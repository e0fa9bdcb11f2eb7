namespace LifeCircle.Cli.Tests;

/// <summary>The tool run in-process on arguments: its exit code and what it wrote to standard output and error.</summary>
internal static class CliRun
{
    public static async Task<(int Code, string Out, string Err)> Run(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        int code = await CliCommands.RunAsync(args, output, error);
        return (code, output.ToString(), error.ToString());
    }
}
