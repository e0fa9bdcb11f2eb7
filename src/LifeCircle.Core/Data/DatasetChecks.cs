using LifeCircle.Core.Model;

namespace LifeCircle.Core.Data;

/// <summary>One thing wrong with a dataset: where (file and row or feature), which field, what, and how bad.</summary>
public sealed record DatasetProblem(string Location, string Field, string Message, ProblemSeverity Severity = ProblemSeverity.Error)
{
    /// <summary>How to fix it, when that is not obvious from the message.</summary>
    public string? Hint { get; init; }

    /// <summary>The id of the record the problem is about, when it is known (e.g. a feature that could not be read).</summary>
    public string? RecordId { get; init; }

    /// <summary>The record this problem follows from, when it is a reference: (the referenced file, the id referred to).</summary>
    public (string File, string Id)? DependsOn { get; init; }

    /// <summary>What this problem shares with others of one file whose messages differ only in the value (e.g. "decimal comma"): they are reported once, as this one.</summary>
    public string? Cause { get; init; }

    /// <summary>Further records with the same cause, grouped under this problem instead of being reported one by one.</summary>
    public IReadOnlyList<string> Affected { get; init; } = [];

    public override string ToString() => $"{Location}: {Field}: {Message}" + ProblemRoots.AffectedText(Affected);
}

/// <summary>Errors stop an import; warnings are reported and let it proceed; notes say what was derived or defaulted.</summary>
public enum ProblemSeverity
{
    Error,
    Warning,
    Note,
}

/// <summary>Checks a dataset's internal consistency before it may be published.</summary>
public static class DatasetChecks
{
    /// <summary>Names a record for messages: "{file} feature {n}" unless the reader knows better (e.g. a CSV row).</summary>
    public delegate string RecordLocator(string file, int index);

    public static RecordLocator DefaultLocator { get; } = (file, index) => $"{file} feature {index + 1}";

    /// <summary>A position as a file gives it (x, y in <paramref name="Crs"/>), before it was converted to WGS84.</summary>
    public readonly record struct WrittenAt(double X, double Y, string Crs);

    /// <summary>The position a record's file gives, when the record was read in another CRS than WGS84; else null.</summary>
    public delegate WrittenAt? WrittenLocator(string file, int index);

    /// <summary>Every problem found: errors (which stop an import) and warnings.</summary>
    /// <param name="written">Positions as the files give them, quoted in messages beside the converted ones.</param>
    public static IReadOnlyList<DatasetProblem> Validate(Dataset d, RecordLocator? locate = null, WrittenLocator? written = null)
    {
        var at = locate ?? DefaultLocator;
        var problems = new List<DatasetProblem>();

        var categories = d.Categories.Select(c => c.Code).ToHashSet(StringComparer.Ordinal);
        var themes = d.Themes.Select(t => t.Id).ToHashSet(StringComparer.Ordinal);
        var areas = d.Areas.Select(a => a.Code).ToHashSet(StringComparer.Ordinal);

        InvalidIds(d.Areas, a => a.Code, DatasetFiles.Areas, problems, at);
        InvalidIds(d.Circles, c => c.Id, DatasetFiles.Circles, problems, at);
        InvalidIds(d.Facilities, f => f.Id, DatasetFiles.Facilities, problems, at);
        InvalidIds(d.Blocks, b => b.Id, DatasetFiles.Blocks, problems, at);
        InvalidIds(d.Streets, s => s.Id, DatasetFiles.Streets, problems, at);
        Duplicates(d.Areas, a => a.Code, DatasetFiles.Areas, problems, at);
        Duplicates(d.Circles, c => c.Id, DatasetFiles.Circles, problems, at);
        Duplicates(d.Facilities, f => f.Id, DatasetFiles.Facilities, problems, at);
        Duplicates(d.Blocks, b => b.Id, DatasetFiles.Blocks, problems, at);
        Duplicates(d.Streets, s => s.Id, DatasetFiles.Streets, problems, at);

        // A record may give a name where a code belongs (幼儿园 for kindergarten, a community's name for its code): say which code it names.
        var categoryNames = Names(d.Categories.Select(c => (c.Code, c.Name)));
        var areaNames = Names(d.Areas.Select(a => (a.Code, a.Name)));
        // Without a categories.json the package uses the national catalogue; a hint must not send the officer to a file it does not have.
        string catalogue = Catalogue.StandardCategories.All.All(c => categories.Contains(c.Code)) ? "the national catalogue" : ProblemRoots.FileName(at, DatasetFiles.Categories);
        var aliases = d.Categories.SelectMany(c => (c.Aliases ?? []).Select(a => $"{a} ({c.Code})")).ToList();

        void Unknown(string location, string field, string kind, string value, IReadOnlySet<string> allowed, string file, IReadOnlyDictionary<string, string>? named = null) =>
            problems.Add(new DatasetProblem(location, field, $"unknown {kind} '{value}'"
                + (named?.GetValueOrDefault(value) is { } code ? $"; '{value}' is the name of {kind} '{code}': give the code" : Suggestions.DidYouMean(value, allowed)))
            {
                DependsOn = (file, value),
                Hint = Suggestions.Allowed(kind, allowed, file == DatasetFiles.Categories ? catalogue : ProblemRoots.FileName(at, file)) + (kind != "category" ? ""
                    : (aliases.Count > 0 ? $"; or an alias dataset.json declares: {string.Join(", ", aliases)}" : "")
                      + $"; or map your own name to a code in dataset.json: \"metadata\": {{\"categories\": {{\"aliases\": {{\"{value}\": \"…\"}}}}}}"),
            });

        for (int i = 0; i < d.Themes.Count; i++)
        {
            foreach (var code in d.Themes[i].CategoryCodes.Where(c => !categories.Contains(c)))
            {
                Unknown($"{DatasetFiles.Themes} item {i + 1}", "categoryCodes", "category", code, categories, DatasetFiles.Categories);
            }
        }

        for (int i = 0; i < d.Facilities.Count; i++)
        {
            var f = d.Facilities[i];
            if (!categories.Contains(f.Category))
            {
                Unknown(at(DatasetFiles.Facilities, i), "category", "category", f.Category, categories, DatasetFiles.Categories, categoryNames);
            }

            foreach (var t in f.Themes.Where(t => !themes.Contains(t)))
            {
                Unknown(at(DatasetFiles.Facilities, i), "themes", "theme", t, themes, DatasetFiles.Themes);
            }

            if (f.Community is { } c && !areas.Contains(c))
            {
                Unknown(at(DatasetFiles.Facilities, i), "community", "area code", c, areas, DatasetFiles.Areas, areaNames);
            }
        }

        for (int i = 0; i < d.Blocks.Count; i++)
        {
            if (!areas.Contains(d.Blocks[i].Community))
            {
                Unknown(at(DatasetFiles.Blocks, i), "community", "area code", d.Blocks[i].Community, areas, DatasetFiles.Areas);
            }
        }

        for (int i = 0; i < d.Circles.Count; i++)
        {
            foreach (var c in d.Circles[i].CommunityCodes.Where(c => !areas.Contains(c)))
            {
                Unknown(at(DatasetFiles.Circles, i), "communities", "area code", c, areas, DatasetFiles.Areas);
            }
        }

        problems.AddRange(DatasetGeometryChecks.Validate(d, at, written));
        return problems;
    }

    /// <summary>Each Chinese and English name that belongs to one code only, with that code.</summary>
    private static Dictionary<string, string> Names(IEnumerable<(string Code, LocalizedText Name)> items) =>
        items.SelectMany(x => new[] { (x.Name.Zh, x.Code), (x.Name.En, x.Code) }).Where(x => !string.IsNullOrWhiteSpace(x.Item1))
            .GroupBy(x => x.Item1, StringComparer.Ordinal).Where(g => g.Select(x => x.Code).Distinct().Count() == 1)
            .ToDictionary(g => g.Key, g => g.First().Code, StringComparer.Ordinal);

    /// <summary>Ids the store could not key a record by (<see cref="RecordIds"/>), each with the value and a repaired one to use instead.</summary>
    private static void InvalidIds<T>(IReadOnlyList<T> items, Func<T, string> id, string file, List<DatasetProblem> problems, RecordLocator at)
    {
        for (int i = 0; i < items.Count; i++)
        {
            if (RecordIds.Problem(id(items[i])) is { } problem)
            {
                string value = id(items[i]);
                problems.Add(new DatasetProblem(at(file, i), "id", $"'{value}' cannot be an id: it {problem}")
                {
                    Hint = $"{RecordIds.Rule}" + (value.Length is > 0 and <= RecordIds.MaxLength ? $", e.g. '{RecordIds.Repaired(value)}'" : ""),
                });
            }
        }
    }

    private static void Duplicates<T>(IReadOnlyList<T> items, Func<T, string> id, string file, List<DatasetProblem> problems, RecordLocator at)
    {
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int i = 0; i < items.Count; i++)
        {
            if (!seen.TryAdd(id(items[i]), i))
            {
                problems.Add(new DatasetProblem(at(file, i), "id", $"'{id(items[i])}' is also the id of {at(file, seen[id(items[i])])}")
                {
                    Hint = "give every record its own id",
                });
            }
        }
    }
}
