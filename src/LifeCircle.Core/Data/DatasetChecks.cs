using LifeCircle.Core.Model;

namespace LifeCircle.Core.Data;

/// <summary>One thing wrong with a dataset: where (file and row or feature), which field, what, and how bad.</summary>
public sealed record DatasetProblem(string Location, string Field, string Message, ProblemSeverity Severity = ProblemSeverity.Error)
{
    public override string ToString() => $"{Location}: {Field}: {Message}";
}

/// <summary>Errors stop an import; warnings are reported and let it proceed.</summary>
public enum ProblemSeverity
{
    Error,
    Warning,
}

/// <summary>Checks a dataset's internal consistency before it may be published.</summary>
public static class DatasetChecks
{
    /// <summary>Names a record for messages: "{file} feature {n}" unless the reader knows better (e.g. a CSV row).</summary>
    public delegate string RecordLocator(string file, int index);

    public static RecordLocator DefaultLocator { get; } = (file, index) => $"{file} feature {index + 1}";

    /// <summary>Every problem found: errors (which stop an import) and warnings.</summary>
    public static IReadOnlyList<DatasetProblem> Validate(Dataset d, RecordLocator? locate = null)
    {
        var at = locate ?? DefaultLocator;
        var problems = new List<DatasetProblem>();
        void Problem(string file, int index, string field, string message) =>
            problems.Add(new DatasetProblem(at(file, index), field, message));

        var categories = d.Categories.Select(c => c.Code).ToHashSet(StringComparer.Ordinal);
        var themes = d.Themes.Select(t => t.Id).ToHashSet(StringComparer.Ordinal);
        var areas = d.Areas.Select(a => a.Code).ToHashSet(StringComparer.Ordinal);

        Duplicates(d.Areas, a => a.Code, DatasetFiles.Areas, problems, at);
        Duplicates(d.Circles, c => c.Id, DatasetFiles.Circles, problems, at);
        Duplicates(d.Facilities, f => f.Id, DatasetFiles.Facilities, problems, at);
        Duplicates(d.Blocks, b => b.Id, DatasetFiles.Blocks, problems, at);
        Duplicates(d.Streets, s => s.Id, DatasetFiles.Streets, problems, at);

        for (int i = 0; i < d.Themes.Count; i++)
        {
            foreach (var code in d.Themes[i].CategoryCodes.Where(c => !categories.Contains(c)))
            {
                problems.Add(new DatasetProblem($"{DatasetFiles.Themes} item {i + 1}", "categoryCodes", $"unknown category '{code}'"));
            }
        }

        for (int i = 0; i < d.Facilities.Count; i++)
        {
            var f = d.Facilities[i];
            if (!categories.Contains(f.Category))
            {
                Problem(DatasetFiles.Facilities, i, "category", $"unknown category '{f.Category}'; see {DatasetFiles.Categories}");
            }

            foreach (var t in f.Themes.Where(t => !themes.Contains(t)))
            {
                Problem(DatasetFiles.Facilities, i, "themes", $"unknown theme '{t}'; see {DatasetFiles.Themes}");
            }

            if (f.Community is { } c && !areas.Contains(c))
            {
                Problem(DatasetFiles.Facilities, i, "community", $"unknown area code '{c}'; see {DatasetFiles.Areas}");
            }

        }

        for (int i = 0; i < d.Blocks.Count; i++)
        {
            if (!areas.Contains(d.Blocks[i].Community))
            {
                Problem(DatasetFiles.Blocks, i, "community", $"unknown area code '{d.Blocks[i].Community}'");
            }

            if (d.Blocks[i].Population < 0)
            {
                Problem(DatasetFiles.Blocks, i, "population", "must not be negative");
            }
        }

        for (int i = 0; i < d.Circles.Count; i++)
        {
            foreach (var c in d.Circles[i].CommunityCodes.Where(c => !areas.Contains(c)))
            {
                Problem(DatasetFiles.Circles, i, "communities", $"unknown area code '{c}'");
            }
        }

        problems.AddRange(DatasetGeometryChecks.Validate(d, at));
        return problems;
    }

    private static void Duplicates<T>(IReadOnlyList<T> items, Func<T, string> id, string file, List<DatasetProblem> problems, RecordLocator at)
    {
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int i = 0; i < items.Count; i++)
        {
            if (!seen.TryAdd(id(items[i]), i))
            {
                problems.Add(new DatasetProblem(at(file, i), "id", $"'{id(items[i])}' is also the id of {at(file, seen[id(items[i])])}"));
            }
        }
    }
}
