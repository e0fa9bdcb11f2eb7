namespace LifeCircle.Core.Data;

/// <summary>Reduces a list of problems to their root causes: a reference to a record that could not be read is grouped under that record's problem, and the same unknown value met on many records is one problem.</summary>
public static class ProblemRoots
{
    /// <summary>At most this many affected records are named in a problem's text.</summary>
    public const int MaxNamed = 5;

    /// <summary>The root causes, in the order first met; each dependent problem is folded into <see cref="DatasetProblem.Affected"/> of its root.</summary>
    /// <param name="fileName">The name a layer file (e.g. areas.geojson) has in this package (e.g. areas.json), to find its reading problems.</param>
    public static IReadOnlyList<DatasetProblem> Resolve(IReadOnlyList<DatasetProblem> problems, Func<string, string> fileName)
    {
        var roots = problems.Where(p => p.DependsOn is null && p.Severity == ProblemSeverity.Error).ToList();
        var result = new List<DatasetProblem>();
        var affected = new Dictionary<DatasetProblem, List<string>>(ReferenceEqualityComparer.Instance);
        var byValue = new Dictionary<((string, string), string), DatasetProblem>();
        foreach (var p in problems)
        {
            if (p.DependsOn is not { } on)
            {
                result.Add(p);
                continue;
            }

            string file = fileName(on.File);
            var root = roots.FirstOrDefault(r => r.RecordId == on.Id && r.Location.StartsWith(file + " ", StringComparison.Ordinal))
                ?? roots.FirstOrDefault(r => r.Location == file || ShapefilePart(r.Location, file))
                ?? WithoutId(roots, file);
            if (root is null && byValue.TryGetValue((on, p.Message), out var first))
            {
                root = first;
            }

            if (root is null)
            {
                byValue[(on, p.Message)] = p;
                result.Add(p);
                continue;
            }

            if (!affected.TryGetValue(root, out var list))
            {
                affected[root] = list = [];
            }

            list.Add(p.Location);
            list.AddRange(p.Affected);
        }

        return Repeated([.. result.Select(p => affected.TryGetValue(p, out var list) ? p with { Affected = [.. p.Affected, .. list.Distinct()] } : p)]);
    }

    /// <summary>The same problem (field, message and hint, or field and <see cref="DatasetProblem.Cause"/>) on many records of one file, e.g. status '已建成' on every row, as one problem naming the others.</summary>
    private static List<DatasetProblem> Repeated(List<DatasetProblem> problems)
    {
        var first = new Dictionary<(string, string, string, string?, ProblemSeverity), int>();
        var result = new List<DatasetProblem>();
        // The others of each kept problem, gathered first and joined once: a column wrong on every one of 10,000 rows stays linear.
        var others = new Dictionary<int, List<string>>();
        foreach (var p in problems)
        {
            if (RecordFile(p.Location) is not { } file)
            {
                result.Add(p);
                continue;
            }

            var key = (file, p.Field, p.Cause ?? p.Message, p.Cause is null ? p.Hint : null, p.Severity);
            if (first.TryGetValue(key, out int at))
            {
                if (!others.TryGetValue(at, out var list))
                {
                    others[at] = list = [];
                }

                list.Add(p.Location);
                list.AddRange(p.Affected);
                continue;
            }

            first[key] = result.Count;
            result.Add(p);
        }

        foreach (var (at, list) in others)
        {
            result[at] = result[at] with { Affected = [.. result[at].Affected, .. list] };
        }

        return result;
    }

    /// <summary>The file of a record's location ("facilities.csv row 7" → "facilities.csv"), or null when the location is not a record.</summary>
    public static string? RecordFile(string location)
    {
        int last = location.LastIndexOf(' ');
        int before = last > 0 ? location.LastIndexOf(' ', last - 1) : -1;
        return before > 0 && location[(before + 1)..last] is "row" or "feature" or "item" && int.TryParse(location.AsSpan(last + 1), out _) ? location[..before] : null;
    }

    /// <summary>The one record of <paramref name="file"/> that was not read for want of an id: a reference no record answers is most likely to it.</summary>
    private static DatasetProblem? WithoutId(List<DatasetProblem> roots, string file)
    {
        var unread = roots.Where(r => r.Field == "id" && r.RecordId is null && RecordFile(r.Location) == file).Take(2).ToList();
        return unread.Count == 1 ? unread[0] : null;
    }

    /// <summary>Whether <paramref name="location"/> is a file of the Shapefile <paramref name="file"/> (its .dbf, .prj, .cpg or .shx), so that the layer was not read.</summary>
    private static bool ShapefilePart(string location, string file)
    {
        if (!file.EndsWith(".shp", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        string part = location.Split(' ')[0];
        return part.Length == file.Length && part.StartsWith(file[..^3], StringComparison.OrdinalIgnoreCase)
            && part[^3..].ToLowerInvariant() is "dbf" or "prj" or "cpg" or "shx";
    }

    /// <summary>The name <paramref name="at"/> gives a file, without the record part ("areas.json feature 1" → "areas.json").</summary>
    public static string FileName(DatasetChecks.RecordLocator at, string file)
    {
        var s = at(file, 0);
        int last = s.LastIndexOf(' ');
        int before = last > 0 ? s.LastIndexOf(' ', last - 1) : -1;
        return before > 0 ? s[..before] : file;
    }

    /// <summary>" (also N more records: a, b, …)" for a problem that stands for others, else empty.</summary>
    public static string AffectedText(IReadOnlyList<string> affected) => affected.Count == 0
        ? string.Empty
        : $" (also affects {affected.Count} record(s): {string.Join(", ", affected.Take(MaxNamed))}{(affected.Count > MaxNamed ? ", …" : string.Empty)})";
}
