namespace LifeCircle.Core.Queries.Cql2;

/// <summary>A compiled CQL2 LIKE pattern (% any run, _ one character, \ escapes the next) matched without backtracking blow-up.</summary>
/// <remarks>
/// The greedy matcher remembers only the last % it passed, so a match costs at most
/// pattern length × text length steps, whatever the pattern; a regex with nested .* can take exponential time.
/// </remarks>
public sealed class LikePattern
{
    private const int AnyRun = -1, AnyOne = -2;

    // A literal UTF-16 code unit, or AnyRun / AnyOne; consecutive % are merged into one AnyRun.
    private readonly int[] _tokens;

    private LikePattern(int[] tokens) => _tokens = tokens;

    public static LikePattern Compile(string pattern)
    {
        var tokens = new List<int>(pattern.Length);
        for (int i = 0; i < pattern.Length; i++)
        {
            char c = pattern[i];
            if (c == '\\' && i + 1 < pattern.Length)
            {
                tokens.Add(pattern[++i]);
            }
            else if (c == '%')
            {
                if (tokens.Count == 0 || tokens[^1] != AnyRun)
                {
                    tokens.Add(AnyRun);
                }
            }
            else
            {
                tokens.Add(c == '_' ? AnyOne : c);
            }
        }

        return new LikePattern([.. tokens]);
    }

    /// <summary>True when the whole text matches the pattern (ordinal, case-sensitive).</summary>
    public bool IsMatch(string text)
    {
        int t = 0, p = 0, lastRun = -1, resumeAt = 0;
        while (t < text.Length)
        {
            if (p < _tokens.Length && (_tokens[p] == AnyOne || _tokens[p] == text[t]))
            {
                t++;
                p++;
            }
            else if (p < _tokens.Length && _tokens[p] == AnyRun)
            {
                lastRun = p++;
                resumeAt = t;
            }
            else if (lastRun >= 0)
            {
                // Let the last % swallow one more character and retry what follows it.
                p = lastRun + 1;
                t = ++resumeAt;
            }
            else
            {
                return false;
            }
        }

        while (p < _tokens.Length && _tokens[p] == AnyRun)
        {
            p++;
        }

        return p == _tokens.Length;
    }
}
