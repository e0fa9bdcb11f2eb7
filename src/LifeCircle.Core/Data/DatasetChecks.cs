using LifeCircle.Core.Model;

namespace LifeCircle.Core.Data;

/// <summary>One thing wrong with a dataset: where, which field, what.</summary>
public sealed record DatasetProblem(string Location, string Field, string Message)
{
    public override string ToString() => $"{Location}: {Field}: {Message}";
}

/// <summary>Checks a dataset's internal consistency before it may be published.</summary>
public static class DatasetChecks
{
    /// <summary>Every problem found (empty when the dataset may be published).</summary>
    public static IReadOnlyList<DatasetProblem> Validate(Dataset d)
    {
        var problems = new List<DatasetProblem>();
        void Problem(string file, int index, string field, string message) =>
            problems.Add(new DatasetProblem($"{file} feature {index + 1}", field, message));

        var categories = d.Categories.Select(c => c.Code).ToHashSet(StringComparer.Ordinal);
        var themes = d.Themes.Select(t => t.Id).ToHashSet(StringComparer.Ordinal);
        var areas = d.Areas.Select(a => a.Code).ToHashSet(StringComparer.Ordinal);

        Duplicates(d.Areas, a => a.Code, DatasetFiles.Areas, problems);
        Duplicates(d.Circles, c => c.Id, DatasetFiles.Circles, problems);
        Duplicates(d.Facilities, f => f.Id, DatasetFiles.Facilities, problems);
        Duplicates(d.Blocks, b => b.Id, DatasetFiles.Blocks, problems);
        Duplicates(d.Streets, s => s.Id, DatasetFiles.Streets, problems);

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

            if (f.Location.X is < -180 or > 180 || f.Location.Y is < -90 or > 90)
            {
                Problem(DatasetFiles.Facilities, i, "geometry", $"({f.Location.X}, {f.Location.Y}) is not a lon/lat position");
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

        return problems;
    }

    private static void Duplicates<T>(IReadOnlyList<T> items, Func<T, string> id, string file, List<DatasetProblem> problems)
    {
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int i = 0; i < items.Count; i++)
        {
            if (!seen.TryAdd(id(items[i]), i))
            {
                problems.Add(new DatasetProblem($"{file} feature {i + 1}", "id", $"'{id(items[i])}' is also the id of feature {seen[id(items[i])] + 1}"));
            }
        }
    }
}
