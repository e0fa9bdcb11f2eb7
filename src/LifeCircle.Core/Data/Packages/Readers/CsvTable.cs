using Sylvan.Data.Csv;

namespace LifeCircle.Core.Data.Packages.Readers;

/// <summary>Reads a CSV file (RFC 4180; the delimiter , ; or tab detected from the header) into a <see cref="SourceTable"/> with Sylvan.Data.Csv.</summary>
public static class CsvTable
{
    /// <summary>The table in a CSV file's bytes, decoded by <see cref="TextDecoding"/> (<paramref name="encoding"/>, when declared, wins).</summary>
    /// <exception cref="DatasetFormatException">The bytes are not valid text in the encoding used, or the CSV is malformed.</exception>
    public static SourceTable Read(byte[] bytes, string file, string? encoding = null) =>
        Read(new StringReader(TextDecoding.Decode(bytes, file, encoding)), file);

    /// <summary>The table in CSV text.</summary>
    /// <exception cref="DatasetFormatException">The CSV is malformed (e.g. a quote never closed).</exception>
    public static SourceTable Read(TextReader text, string file)
    {
        // Sylvan refuses a file without a header row with its own wording; an empty table lets the layer say which columns it needs.
        if (text.Peek() == -1)
        {
            return new SourceTable([], []);
        }

        try
        {
            using var csv = CsvDataReader.Create(text, new CsvDataReaderOptions { HasHeaders = true });
            var header = Enumerable.Range(0, csv.FieldCount).Select(i => csv.GetName(i).Trim()).ToList();
            var rows = new List<(int, IReadOnlyList<string>)>();
            while (csv.Read())
            {
                var cells = Enumerable.Range(0, csv.RowFieldCount).Select(csv.GetString).ToList();
                if (cells.Any(c => c.Trim().Length > 0))
                {
                    rows.Add((csv.RowNumber + 1, cells));
                }
            }

            return new SourceTable(header.Count == 1 && header[0].Length == 0 ? [] : header, rows);
        }
        catch (CsvFormatException ex)
        {
            throw new DatasetFormatException($"{file} row {ex.RowNumber + 1}", "(row)", $"is not valid CSV: {ex.Message}");
        }
    }
}
