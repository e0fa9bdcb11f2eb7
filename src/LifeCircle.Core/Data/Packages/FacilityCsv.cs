using System.Globalization;
using LifeCircle.Core.Data.Packages.Readers;
using LifeCircle.Core.Layers;
using LifeCircle.Core.Model;

namespace LifeCircle.Core.Data.Packages;

/// <summary>Reads facilities from a table (CSV or worksheet) with lon/lat columns, reporting each bad cell by row and column.</summary>
/// <remarks>
/// The columns are the facility layer's package properties (<see cref="LayerRegistry.Facilities"/>) plus id, lon and lat;
/// themes are separated by ';'. Missing provenance and name_en are marked as defaulted, for the import to fill
/// (the layer's declared origin, else sourced: a district's own register is its source; the Chinese name) and list.
/// </remarks>
public static class FacilityCsv
{
    public static IReadOnlyList<string> Required { get; } = CsvColumns.Required(LayerRegistry.Facilities);

    public static IReadOnlyList<string> Optional { get; } = CsvColumns.Optional(LayerRegistry.Facilities);

    /// <summary>Words registers use for a facility's status, and the status each means: named in the message, never read silently.</summary>
    private static readonly Dictionary<string, string> UsualStatus = new(StringComparer.Ordinal)
    {
        ["已建成"] = "existing", ["建成"] = "existing", ["已建"] = "existing", ["现状"] = "existing", ["现有"] = "existing", ["运营"] = "existing",
        ["规划"] = "planned", ["拟建"] = "planned", ["规划新建"] = "planned", ["待建"] = "planned",
        ["在建"] = "under-construction", ["建设中"] = "under-construction", ["施工中"] = "under-construction",
    };

    /// <summary>Column names registers and map exports commonly use, and the column each stands for: named in messages, never read silently.</summary>
    private static readonly Dictionary<string, string> Usual = new(StringComparer.OrdinalIgnoreCase)
    {
        ["编号"] = "id", ["设施编号"] = "id", ["ID"] = "id", ["名称"] = "name_zh", ["设施名称"] = "name_zh", ["name"] = "name_zh",
        ["类型"] = "category", ["设施类型"] = "category", ["类别"] = "category", ["经度"] = "lon", ["lng"] = "lon", ["longitude"] = "lon", ["x"] = "lon",
        ["纬度"] = "lat", ["latitude"] = "lat", ["y"] = "lat", ["社区代码"] = "community", ["地址"] = "address",
        ["状态"] = "status", ["建设状态"] = "status", ["年份"] = "year", ["建成年份"] = "year", ["容量"] = "capacity", ["来源"] = "source",
    };

    /// <summary>Facilities with coordinates as given (not yet converted), each bad row reported and skipped.</summary>
    /// <param name="table">The rows of a CSV file or a worksheet.</param>
    /// <param name="lines">The row each returned facility was read from.</param>
    public static List<Facility> Read(SourceTable table, string fileName, IReadOnlyList<Theme> themes, ICollection<DatasetProblem> problems, out IReadOnlyList<int> lines)
    {
        var facilities = new List<Facility>();
        var read = new List<int>();
        lines = read;
        if (table.Header.Count == 0)
        {
            problems.Add(new DatasetProblem(fileName, "(header)", $"is missing: {(table.Rows.Count == 0 ? "the file is empty" : "the first row is blank")}; the first row must name the columns {string.Join(", ", Required)}"));
            return facilities;
        }

        var header = table.Header.ToList();
        var missing = Required.Where(r => !header.Contains(r)).ToList();
        var hinted = new HashSet<string>(StringComparer.Ordinal);
        foreach (var column in missing)
        {
            var defaulted = header.Except(table.FileHeader).ToList();
            var likely = header.FirstOrDefault(h => Usual.GetValueOrDefault(h) == column);
            if (likely is not null)
            {
                hinted.Add(likely);
            }

            problems.Add(new DatasetProblem($"{fileName} row 1", column, $"required column is missing; the header has {string.Join(", ", table.FileHeader)}"
                + (defaulted.Count > 0 ? $" (dataset.json's defaults add {string.Join(", ", defaulted)})" : ""))
            {
                Hint = likely is null ? null : $"the column '{likely}' looks like {column}: rename it to {column} in the first row",
            });
        }

        // A column already named in a missing column's hint is not warned about again.
        foreach (var unknown in header.Where(h => !Required.Contains(h) && !Optional.Contains(h) && !hinted.Contains(h)))
        {
            string message = Usual.GetValueOrDefault(unknown) is { } like && !header.Contains(like)
                ? $"unknown column; it looks like {like}: rename it to {like} in the first row"
                : $"unknown column; allowed: {string.Join(", ", Required.Concat(Optional))}";
            problems.Add(new DatasetProblem($"{fileName} row 1", unknown, message, ProblemSeverity.Warning));
        }

        if (missing.Count > 0)
        {
            return facilities;
        }

        foreach (var (line, fields) in table.Rows)
        {
            string location = $"{fileName} row {line}";
            string? Cell(string name)
            {
                int i = header.IndexOf(name);
                return i >= 0 && i < fields.Count && fields[i].Trim().Length > 0 ? fields[i].Trim() : null;
            }

            int before = problems.Count;
            void Bad(string field, string message) => problems.Add(new DatasetProblem(location, field, message));

            double Number(string name)
            {
                var text = Cell(name);
                if (text is not null && double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out double v) && double.IsFinite(v))
                {
                    return v;
                }

                string point = text?.Replace(',', '.') ?? "";
                if (text is not null && text.Count(c => c == ',') == 1 && double.TryParse(point, NumberStyles.Float, CultureInfo.InvariantCulture, out _))
                {
                    problems.Add(new DatasetProblem(location, name, $"'{text}' is written with a decimal comma: write {point}")
                    {
                        Cause = "decimal comma",
                        Hint = "numbers take a decimal point: save the sheet with '.' as the decimal separator, or replace ',' by '.' in the column",
                    });
                    return double.NaN;
                }

                Bad(name, text is null ? "is required" : $"'{text}' is not a number");
                return double.NaN;
            }

            int? Whole(string name)
            {
                var text = Cell(name);
                if (text is null)
                {
                    return null;
                }

                if (int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out int v))
                {
                    return v;
                }

                Bad(name, $"'{text}' is not a whole number");
                return null;
            }

            ValueOrigin Origin(string name)
            {
                var text = Cell(name);
                if (text is null)
                {
                    return ValueOrigin.Sourced;
                }

                var origin = Vocabulary.ParseOrigin(text);
                if (origin is null)
                {
                    Bad(name, $"'{text}' is not allowed; give sourced or illustrative");
                }

                return origin ?? ValueOrigin.Sourced;
            }

            var id = Cell("id");
            var nameZh = Cell("name_zh");
            var category = Cell("category");
            if (id is null) Bad("id", "is required");
            if (nameZh is null) Bad("name_zh", "is required");
            if (category is null) Bad("category", "is required");
            double lon = Number("lon"), lat = Number("lat");
            var statusText = Cell("status") ?? "existing";
            var status = Vocabulary.ParseStatus(statusText);
            if (status is null)
            {
                Bad("status", $"'{statusText}' is not allowed; give {string.Join(", ", Vocabulary.StatusNames)}"
                    + (UsualStatus.GetValueOrDefault(statusText) is { } meant ? $" ('{statusText}' is {meant}: write {meant})" : ""));
            }

            int? year = Whole("year"), capacity = Whole("capacity");
            // What the row leaves out is marked, so the import defaults it as it does for GeoJSON and lists the derivation.
            string[] left = [.. new[] { "name_en", "provenance", "position_provenance", "figures_provenance" }.Where(c => Cell(c) is null)];
            var provenance = new Provenance(Origin("provenance"), Origin("position_provenance"), Origin("figures_provenance"), Cell("source"),
                Defaulted: left.Length > 0 ? string.Join(',', left) : null);
            if (problems.Count > before)
            {
                continue;
            }

            read.Add(line);
            var listed = Cell("themes")?.Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
            facilities.Add(new Facility(
                id!, new LocalizedText(nameZh!, Cell("name_en") ?? nameZh!), category!,
                listed ?? themes.Where(t => t.CategoryCodes.Contains(category!)).Select(t => t.Id).ToArray(),
                Cell("community"), Cell("address"), status!.Value, year, capacity, provenance,
                GeoJson.Factory.CreatePoint(new NetTopologySuite.Geometries.Coordinate(lon, lat))));
        }

        return facilities;
    }
}
