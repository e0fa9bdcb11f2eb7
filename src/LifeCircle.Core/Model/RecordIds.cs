namespace LifeCircle.Core.Model;

/// <summary>What a record id (a facility id, an area code, …) may be: the one rule the package checks and the store apply.</summary>
/// <remarks>An id is a Table Storage key and a URL path segment (…/items/{id}); Table Storage rejects '/', '\', '#', '?' and
/// control characters in keys, and keys are at most 1 KiB (255 characters leaves room and is plenty for an id).</remarks>
public static class RecordIds
{
    public const int MaxLength = 255;

    /// <summary>The rule, as messages state it.</summary>
    public const string Rule = "an id is 1 to 255 characters without '/', '\\', '#', '?' or control characters";

    /// <summary>True when <paramref name="id"/> can be a record id (and so a table key).</summary>
    public static bool IsValid(string id) => Problem(id) is null;

    /// <summary>What is wrong with <paramref name="id"/> (e.g. "contains '/'"), or null when it is a valid id.</summary>
    public static string? Problem(string id)
    {
        if (id.Length == 0)
        {
            return "is empty";
        }

        if (id.Length > MaxLength)
        {
            return $"is {id.Length} characters long";
        }

        var bad = id.Where(c => c is '/' or '\\' or '#' or '?' || char.IsControl(c)).Distinct().ToList();
        return bad.Count == 0 ? null : "contains " + string.Join(", ", bad.Select(Shown));
    }

    /// <summary>An id with each character an id cannot hold replaced by '-', as a suggestion.</summary>
    public static string Repaired(string id) =>
        new([.. id.Select(c => c is '/' or '\\' or '#' or '?' || char.IsControl(c) ? '-' : c)]);

    private static string Shown(char c) => char.IsControl(c) ? $"the control character U+{(int)c:X4}" : $"'{c}'";
}
