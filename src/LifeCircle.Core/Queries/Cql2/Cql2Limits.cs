namespace LifeCircle.Core.Queries.Cql2;

/// <summary>How large an anonymous filter may be; each limit is reported by name when exceeded.</summary>
public static class Cql2Limits
{
    /// <summary>Characters of filter text (either encoding).</summary>
    public const int MaxFilterLength = 8 * 1024;

    /// <summary>Nested AND/OR/NOT levels and parentheses (also keeps the recursive parsers' stacks small).</summary>
    public const int MaxDepth = 32;

    /// <summary>Values in one IN list.</summary>
    public const int MaxInListValues = 1_000;

    /// <summary>Vertices of one geometry literal.</summary>
    public const int MaxVertices = 10_000;
}
