using LifeCircle.Core.Data;
using LifeCircle.Core.Model;

namespace LifeCircle.Core.Importing;

public static partial class PackageCompletion
{
    private const string Declarations = "metadata.categories";

    /// <summary>Adds the district's own categories, attaches its aliases and rewrites facilities that use one, and checks the declared headline categories.</summary>
    private static Dataset Categories(Dataset d, Work work)
    {
        var declared = d.Metadata.Categories;
        var categories = d.Categories.ToList();
        var extend = declared?.Extend ?? [];
        for (int i = 0; i < extend.Count; i++)
        {
            var c = extend[i];
            if (categories.Any(k => k.Code == c.Code))
            {
                work.Problems.Add(Error($"{Declarations}.extend[{i}]", $"'{c.Code}' is already a category",
                    $"to give a catalogue category your own name, map the name to '{c.Code}' in {Declarations}.aliases"));
            }
            else if (!Catalogue.StandardCategories.WalkingLevels.Contains(c.WalkingMinutes))
            {
                work.Problems.Add(Error($"{Declarations}.extend[{i}].walkingMinutes", $"is {c.WalkingMinutes}", "give 5, 10 or 15"));
            }
            else
            {
                categories.Add(c);
            }
        }

        var codes = categories.Select(c => c.Code).ToHashSet(StringComparer.Ordinal);
        var aliases = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (alias, target) in declared?.Aliases ?? new Dictionary<string, string>())
        {
            if (!codes.Contains(target))
            {
                work.Problems.Add(Error($"{Declarations}.aliases.{alias}", $"names the unknown category '{target}'{Suggestions.DidYouMean(target, codes)}",
                    Suggestions.Allowed("category", codes, "the catalogue")));
            }
            else if (codes.Contains(alias))
            {
                work.Problems.Add(Error($"{Declarations}.aliases.{alias}", "is itself a category code", "leave it out: a code needs no alias"));
            }
            else
            {
                aliases[alias] = target;
            }
        }

        foreach (var code in declared?.Headline ?? [])
        {
            if (!codes.Contains(code))
            {
                work.Problems.Add(Error($"{Declarations}.headline", $"unknown category '{code}'{Suggestions.DidYouMean(code, codes)}", Suggestions.Allowed("category", codes, "the catalogue")));
            }
        }

        categories = [.. categories.Select(c => aliases.Where(a => a.Value == c.Code).Select(a => a.Key).ToList() is { Count: > 0 } names
            ? c with { Aliases = [.. c.Aliases ?? [], .. names] }
            : c)];
        var facilities = d.Facilities.ToList();
        foreach (var group in facilities.Where(f => aliases.ContainsKey(f.Category)).GroupBy(f => f.Category).ToList())
        {
            work.Derive("facilities", "category", $"'{group.Key}' is an alias of '{aliases[group.Key]}'", group.Count());
        }

        facilities = [.. facilities.Select(f => aliases.TryGetValue(f.Category, out var code) ? f with { Category = code } : f)];
        int themed = 0;
        facilities = [.. facilities.Select(f =>
        {
            if (f.Themes.Count > 0)
            {
                return f;
            }

            var themes = d.Themes.Where(t => t.CategoryCodes.Contains(f.Category)).Select(t => t.Id).ToList();
            themed += themes.Count > 0 ? 1 : 0;
            return themes.Count > 0 ? f with { Themes = themes } : f;
        })];
        work.Derive("facilities", "themes", themed > 0 ? "every theme whose categories include the facility's category" : "", themed);
        return d with { Categories = categories, Facilities = facilities };
    }

    private static DatasetProblem Error(string field, string message, string hint) =>
        new(DatasetFiles.Descriptor, field, message) { Hint = hint };
}
