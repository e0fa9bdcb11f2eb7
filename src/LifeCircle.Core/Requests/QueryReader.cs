using System.Globalization;
using LifeCircle.Core.Problems;

namespace LifeCircle.Core.Requests;

/// <summary>Reads query parameters strictly: unknown, repeated or empty parameters are refused, never ignored.</summary>
public sealed class QueryReader
{
    private readonly QueryParameters _query;

    public QueryReader(QueryParameters query, IReadOnlyCollection<string> allowed)
    {
        _query = query;
        foreach (var (name, values) in query.All)
        {
            if (!allowed.Contains(name))
            {
                throw ProblemException.BadParameter(name, $"unknown parameter; this resource accepts: {string.Join(", ", allowed)}");
            }

            if (values.Count > 1)
            {
                throw ProblemException.BadParameter(name, "given more than once; give it once");
            }
        }
    }

    /// <summary>The value, or null when absent; an empty value is refused.</summary>
    public string? Optional(string name)
    {
        if (_query[name] is not { } values)
        {
            return null;
        }

        var value = string.Join(',', values);
        return string.IsNullOrWhiteSpace(value)
            ? throw ProblemException.BadParameter(name, "is empty; omit it or give a value")
            : value;
    }

    /// <summary>A whole number in min..max, or the default when absent.</summary>
    public int Int(string name, int defaultValue, int min, int max)
    {
        var text = Optional(name);
        if (text is null)
        {
            return defaultValue;
        }

        if (!int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out int value) || value < min || value > max)
        {
            throw ProblemException.BadParameter(name, $"'{text}' is not allowed; give a whole number from {min} to {max}");
        }

        return value;
    }

    /// <summary>One of the allowed values (exact, case-sensitive), or null when absent.</summary>
    public string? OneOf(string name, IReadOnlyCollection<string> allowed)
    {
        var text = Optional(name);
        if (text is null || allowed.Contains(text))
        {
            return text;
        }

        var shown = allowed.Count <= 60 ? string.Join(", ", allowed) : string.Join(", ", allowed.Take(60)) + ", …";
        throw ProblemException.BadParameter(name, $"'{text}' is not known; allowed values: {shown}");
    }
}
