using System.CommandLine;

namespace LifeCircle.Cli.Commands;

/// <summary>Arguments several commands take, described once.</summary>
public static class CliArguments
{
    /// <summary>PACKAGE: the dataset package a command reads.</summary>
    public static Argument<string> Package() => new("PACKAGE") { Description = "The package: a folder or a .zip file" };
}
