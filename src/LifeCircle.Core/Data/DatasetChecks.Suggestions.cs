namespace LifeCircle.Core.Data;

/// <summary>Helps with an unknown value: the allowed values, and the nearest one ("did you mean").</summary>
public static class Suggestions
{
    /// <summary>At most this many allowed values are listed in a hint.</summary>
    public const int MaxListed = 60;

    /// <summary>"; did you mean 'x'?" when an allowed value is near <paramref name="value"/>, else empty.</summary>
    public static string DidYouMean(string value, IEnumerable<string> allowed) =>
        Nearest(value, allowed) is { } near ? $"; did you mean '{near}'?" : string.Empty;

    /// <summary>The allowed value nearest to <paramref name="value"/> (edit distance, ignoring case, '-', '_' and spaces), or null when none is near.</summary>
    public static string? Nearest(string value, IEnumerable<string> allowed)
    {
        var v = Normal(value);
        if (v.Length == 0)
        {
            return null;
        }

        var best = allowed
            .Select(a => (a, n: Normal(a)))
            .Select(x => (x.a, distance: x.n.Contains(v, StringComparison.Ordinal) || (x.n.Length > 0 && v.Contains(x.n, StringComparison.Ordinal)) ? 1 : Distance(v, x.n)))
            .OrderBy(x => x.distance).ThenBy(x => x.a, StringComparer.Ordinal)
            .FirstOrDefault();
        return best.a is not null && best.distance <= Math.Max(2, v.Length / 3) ? best.a : null;
    }

    /// <summary>A hint naming the allowed values (the first <see cref="MaxListed"/> when there are more) and where they come from.</summary>
    public static string Allowed(string kind, IEnumerable<string> allowed, string file)
    {
        var all = allowed.Order(StringComparer.Ordinal).ToList();
        if (all.Count == 0)
        {
            return $"{file} defines no {kind}s: fix or add it";
        }

        string list = string.Join(", ", all.Take(MaxListed)) + (all.Count > MaxListed ? $", … ({all.Count} in all)" : string.Empty);
        return $"use {("aeiou".Contains(kind[0], StringComparison.Ordinal) ? "an" : "a")} {kind} of {file}: {list}";
    }

    private static string Normal(string s) =>
        new(s.ToLowerInvariant().Where(c => c is not ('-' or '_' or ' ')).ToArray());

    private static int Distance(string a, string b)
    {
        var previous = Enumerable.Range(0, b.Length + 1).ToArray();
        var current = new int[b.Length + 1];
        for (int i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (int j = 1; j <= b.Length; j++)
            {
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1));
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }
}
