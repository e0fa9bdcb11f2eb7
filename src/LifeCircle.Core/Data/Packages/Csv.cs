namespace LifeCircle.Core.Data.Packages;

/// <summary>Writes CSV fields (RFC 4180); packages are read by Readers.CsvTable.</summary>
public static class Csv
{
    /// <summary>A field quoted when it holds a comma, quote or line break.</summary>
    public static string Escape(string? value) =>
        value is null ? string.Empty
        : value.IndexOfAny([',', '"', '\n', '\r']) >= 0 ? "\"" + value.Replace("\"", "\"\"") + "\"" : value;
}
