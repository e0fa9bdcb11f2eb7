namespace LifeCircle.Core.Data.Packages.Readers;

/// <summary>A table as a district keeps it (a CSV file, a worksheet): named columns, then rows of text cells, each with its row number in the file.</summary>
/// <param name="Header">The column names of the first row, trimmed.</param>
/// <param name="Rows">Each data row with its 1-based row number (the header is row 1); blank rows are left out.</param>
public sealed record SourceTable(IReadOnlyList<string> Header, IReadOnlyList<(int Row, IReadOnlyList<string> Cells)> Rows)
{
    /// <summary>The column names the file itself has: <see cref="Header"/> without the columns <see cref="WithDefaults"/> added.</summary>
    public IReadOnlyList<string> FileHeader { get; init; } = Header;

    /// <summary>The same table with the columns <paramref name="columns"/> names (the file's name → the layer's) renamed.</summary>
    public SourceTable Renamed(IReadOnlyDictionary<string, string>? columns) =>
        columns is not { Count: > 0 } ? this : new SourceTable([.. Header.Select(h => columns.GetValueOrDefault(h) ?? h)], Rows);

    /// <summary>The same table with every empty or missing cell of a column in <paramref name="defaults"/> set to its default.</summary>
    public SourceTable WithDefaults(IReadOnlyDictionary<string, string>? defaults)
    {
        // A table without a header row (an empty file) stays so, to be reported as empty rather than as missing columns.
        if (defaults is null || defaults.Count == 0 || Header.Count == 0)
        {
            return this;
        }

        var header = Header.Concat(defaults.Keys.Where(k => !Header.Contains(k))).ToList();
        var rows = Rows.Select(r => (r.Row, (IReadOnlyList<string>)header.Select((column, i) =>
        {
            var cell = i < r.Cells.Count ? r.Cells[i] : string.Empty;
            return cell.Trim().Length == 0 && defaults.TryGetValue(column, out var value) ? value : cell;
        }).ToList())).ToList();
        return new SourceTable(header, rows) { FileHeader = FileHeader };
    }
}
