using System.Globalization;
using System.Text;
using LifeCircle.Core.Data.Packages;
using LifeCircle.Core.Documents;

namespace LifeCircle.Api.Rendering;

/// <summary>Writes coverage statistics as a tidy CSV file: UTF-8 with a BOM (so spreadsheets read Chinese), one row per figure.</summary>
public sealed class CsvRenderer : IDocumentRenderer
{
    public const string MediaType = "text/csv; charset=utf-8; header=present";

    /// <summary>The header, in column order.</summary>
    public static IReadOnlyList<string> Columns { get; } =
    [
        "district", "dataset_version", "area", "area_kind", "area_name_zh", "area_name_en", "scenario", "figure",
        "theme", "theme_name_zh", "theme_name_en", "category", "category_name_zh", "category_name_en", "threshold_minutes",
        "residents", "residents_reached", "share", "elderly", "elderly_reached", "elderly_share",
        "facilities", "median_minutes", "p90_minutes", "method",
    ];

    public IReadOnlyList<string> Formats { get; } = ["csv"];

    public IReadOnlyList<string> AllMediaTypes { get; } = [MediaType];

    public string? MediaTypeOf(Document document) => document is CoverageDocument or CoverageFileDocument ? MediaType : null;

    public bool AcceptsAlso(string mediaRange) => false;

    public ReadOnlyMemory<byte> Render(Document document) => document switch
    {
        CoverageDocument coverage => Write(coverage),
        CoverageFileDocument file => Write(file.Coverage),
        _ => throw new ArgumentException($"{nameof(CsvRenderer)} does not write {document.GetType().Name}.", nameof(document)),
    };

    private static byte[] Write(CoverageDocument d)
    {
        var text = new StringBuilder();
        Line(text, Columns);
        foreach (var r in CoverageTable.Rows(d))
        {
            Line(text,
            [
                d.District, d.DatasetVersion, r.Area, r.AreaKind, r.AreaName.Zh, r.AreaName.En, r.Scenario, r.Figure,
                r.Theme, r.ThemeName?.Zh, r.ThemeName?.En, r.Category, r.CategoryName?.Zh, r.CategoryName?.En, Number(r.Threshold),
                Number(r.Residents), Number(r.ResidentsReached), Number(r.Share), Number(r.Elderly), Number(r.ElderlyReached), Number(r.ElderlyShare),
                Number(r.Facilities), Number(r.MedianMinutes), Number(r.P90Minutes), d.Method.Method,
            ]);
        }

        var encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: true);
        return [.. encoding.GetPreamble(), .. encoding.GetBytes(text.ToString())];
    }

    private static void Line(StringBuilder text, IEnumerable<string?> cells) =>
        text.AppendJoin(',', cells.Select(c => Csv.Escape(c ?? ""))).Append("\r\n");

    // Shortest round-trip text, as the JSON gives the same figure.
    private static string? Number(double? v) => v?.ToString("R", CultureInfo.InvariantCulture);

    private static string? Number(long? v) => v?.ToString(CultureInfo.InvariantCulture);
}
