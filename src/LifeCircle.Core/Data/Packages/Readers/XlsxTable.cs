using System.Globalization;
using MiniExcelLibs;

namespace LifeCircle.Core.Data.Packages.Readers;

/// <summary>Reads one worksheet of an Excel workbook (.xlsx) into a <see cref="SourceTable"/> with MiniExcel: the first row names the columns.</summary>
public static class XlsxTable
{
    /// <summary>The table on <paramref name="sheet"/> (the first worksheet when null).</summary>
    /// <exception cref="DatasetFormatException">The file is not an .xlsx workbook, or has no such sheet.</exception>
    public static SourceTable Read(byte[] bytes, string file, string? sheet = null)
    {
        using var stream = new MemoryStream(bytes, writable: false);
        List<IDictionary<string, object?>> rows;
        try
        {
            var sheets = stream.GetSheetNames();
            if (sheet is not null && !sheets.Contains(sheet))
            {
                throw new DatasetFormatException(file, "sheet", $"'{sheet}' is not a worksheet of the workbook; it has {string.Join(", ", sheets)}");
            }

            stream.Position = 0;
            rows = [.. stream.Query(useHeaderRow: false, sheetName: sheet ?? sheets.FirstOrDefault(), excelType: ExcelType.XLSX).Cast<IDictionary<string, object?>>()];
        }
        catch (Exception ex) when (ex is InvalidDataException or System.Xml.XmlException or InvalidOperationException or NotSupportedException)
        {
            throw new DatasetFormatException(file, "(file)", $"is not an Excel workbook (.xlsx): {ex.Message}");
        }

        if (rows.Count == 0)
        {
            return new SourceTable([], []);
        }

        var columns = rows[0].Keys.ToList();
        var header = columns.Select(c => Text(rows[0][c]).Trim()).ToList();
        var data = new List<(int, IReadOnlyList<string>)>();
        for (int i = 1; i < rows.Count; i++)
        {
            var cells = columns.Select(c => Text(rows[i].TryGetValue(c, out var v) ? v : null)).ToList();
            if (cells.Any(c => c.Trim().Length > 0))
            {
                data.Add((i + 1, cells));
            }
        }

        return new SourceTable(header, data);
    }

    /// <summary>A cell as the text a CSV would hold: numbers in invariant culture with all their digits, dates as ISO dates.</summary>
    private static string Text(object? value) => value switch
    {
        null => string.Empty,
        double d => d.ToString("R", CultureInfo.InvariantCulture),
        DateTime t => t.TimeOfDay == TimeSpan.Zero ? t.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : t.ToString("s", CultureInfo.InvariantCulture),
        bool b => b ? "true" : "false",
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? string.Empty,
    };
}
