using System.CommandLine;
using LifeCircle.Core.Geodesy;

namespace LifeCircle.Cli.Commands;

/// <summary>Arguments several commands take, described once.</summary>
public static class CliArguments
{
    /// <summary>PACKAGE: the dataset package a command reads.</summary>
    public static Argument<string> Package() => new("PACKAGE") { Description = "The package: a folder or a .zip file" };

    /// <summary>--crs: the CRS points are given and answered in, as the API names them.</summary>
    public static Option<string?> Crs() => new("--crs") { Description = "The CRS of the points given and printed: CRS84 (default), GCJ-02, BD-09, or the URIs the API takes", HelpName = "CRS" };

    /// <summary>A --crs value as the API's URI: the short names CRS84, EPSG:4326, EPSG:3857, GCJ-02 and BD-09 are read as their URIs, anything else is passed on (and refused there).</summary>
    public static string? CrsUri(string? given) => given is null ? null : ShortCrsNames.GetValueOrDefault(given.ToUpperInvariant(), given);

    private static readonly Dictionary<string, string> ShortCrsNames = new()
    {
        ["CRS84"] = CoordinateSystems.Crs84.Uri, ["EPSG:4326"] = CoordinateSystems.Epsg4326.Uri, ["EPSG:3857"] = CoordinateSystems.WebMercator.Uri,
        ["GCJ-02"] = CoordinateSystems.Gcj02.Uri, ["BD-09"] = CoordinateSystems.Bd09.Uri,
    };

    /// <summary>--format: how an answer is printed; the first of <paramref name="formats"/> is the default.</summary>
    public static Option<string> Format(params string[] formats)
    {
        var option = new Option<string>("--format") { Description = $"Output: {string.Join(", ", formats)}", HelpName = "F", DefaultValueFactory = _ => formats[0] };
        option.AcceptOnlyFromAmong(formats);
        return option;
    }
}
