using System.Text.Json;
using System.Text.RegularExpressions;

namespace LifeCircle.Core.Data.Packages;

/// <summary>Says in a package author's terms what System.Text.Json found wrong in dataset.json, themes.json or categories.json:
/// the JSON path, what belongs there, and the line; never a .NET type name.</summary>
/// <remarks>The serializer's exceptions carry the path and line but say the rest only in their message, so the message is read here.</remarks>
public static partial class ManifestJsonErrors
{
    /// <summary>The problems for one exception of reading <paramref name="file"/>.</summary>
    public static IEnumerable<DatasetProblem> Of(string file, JsonException ex)
    {
        string path = (ex as LayerEntryException)?.FullPath ?? ex.Path ?? "$";
        string line = ex.LineNumber is { } l ? $" (line {l + 1})" : "";
        if (MissingRequired().Match(ex.Message) is { Success: true } missing)
        {
            var names = missing.Groups["names"].Value.Split(',').Select(n => n.Trim().Trim('\'')).Where(n => n.Length > 0).ToList();
            return [names.Count == 1
                ? new DatasetProblem(file, $"{path}.{names[0]}", $"is required{line}") { Hint = RequiredHint(path, names[0]) }
                : new DatasetProblem(file, path, $"lacks {string.Join(", ", names.Select(n => $"\"{n}\""))}, which are required{line}") { Hint = "see schemas/dataset.schema.json and docs/dataset-format.md" }];
        }

        if (NotConvertible().Match(ex.Message) is { Success: true } converted)
        {
            return [new DatasetProblem(file, path, $"is not {Expected(converted.Groups["type"].Value)}{line}")];
        }

        if (ex.Message.Contains("doesn't allow null values", StringComparison.Ordinal) || ex.Message.Contains("doesn't allow setting null values", StringComparison.Ordinal))
        {
            return [new DatasetProblem(file, path, $"is null{line}; give a value or leave the member out where it is optional")];
        }

        // A syntax error: the parser's own words (without its path and position, said here once) describe it, except for the trailing comma.
        string said = PositionSuffix().Replace(ex.Message, "").TrimEnd('.', ' ');
        bool trailingComma = said.Contains("trailing comma", StringComparison.Ordinal);
        return [new DatasetProblem(file, path, $"is not valid JSON{line}: {(trailingComma ? "a comma follows the last member of an object or list" : said)}")
        {
            Hint = trailingComma || said.Contains("invalid start of", StringComparison.Ordinal)
                ? "JSON allows no comma after the last member of an object or list, and no comments; check the line above too"
                : null,
        }];
    }

    /// <summary>The problem for a document that is not UTF-8 (e.g. saved as "ANSI", GBK, by Notepad on Chinese Windows), at its first bad byte.</summary>
    public static DatasetProblem NotUtf8(string file, byte[] bytes)
    {
        System.Text.Unicode.Utf8.ToUtf16(bytes, new char[bytes.Length], out int valid, out _, replaceInvalidSequences: false);
        int line = 1 + bytes.AsSpan(0, valid).Count((byte)'\n');
        return new DatasetProblem(file, "(encoding)", $"is not UTF-8 (line {line}, byte 0x{bytes[Math.Min(valid, bytes.Length - 1)]:X2})")
        {
            Hint = $"save {file} as UTF-8 (e.g. Notepad: Save as, Encoding UTF-8); JSON files are read as UTF-8 only",
        };
    }

    private static string RequiredHint(string path, string name) => (path, name) switch
    {
        (_, "id" or "title") when path.Contains("sources", StringComparison.Ordinal) =>
            "each source is {\"id\": \"ledger\", \"title\": \"…\"} (optionally \"url\", \"licence\"); records cite it in \"source\"",
        (_, "licence") => "give {\"id\": \"CC-BY-4.0\", \"title\": \"…\", \"url\": \"https://creativecommons.org/licenses/by/4.0/\"}",
        (_, "version") => "give the version label of this release, e.g. \"2025.1\"",
        _ => $"add \"{name}\" here (see schemas/dataset.schema.json)",
    };

    /// <summary>What a value of a model type is, in JSON words.</summary>
    private static string Expected(string type) => type switch
    {
        _ when type.EndsWith("LocalizedText", StringComparison.Ordinal) => "an object of texts {\"zh\": \"…\", \"en\": \"…\"}",
        "System.String" => "a text in quotes",
        "System.Int32" or "System.Int64" => "a whole number",
        "System.Double" or "System.Decimal" => "a number",
        "System.Boolean" => "true or false",
        _ when type.StartsWith("System.Collections.Generic.List", StringComparison.Ordinal)
            || type.StartsWith("System.Collections.Generic.IReadOnlyList", StringComparison.Ordinal) => "a list [ … ]",
        _ => "an object { … }",
    };

    [GeneratedRegex(@"missing required properties including: (?<names>.+?)\.?$")]
    private static partial Regex MissingRequired();

    [GeneratedRegex(@"could not be converted to (?<type>.+?)\. Path:")]
    private static partial Regex NotConvertible();

    [GeneratedRegex(@"\s*(Path: .*?)?\s*\|?\s*LineNumber: \d+ \| BytePositionInLine: \d+\.?$")]
    private static partial Regex PositionSuffix();
}
