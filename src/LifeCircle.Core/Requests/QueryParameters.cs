namespace LifeCircle.Core.Requests;

/// <summary>The query parameters of a request, as the HTTP layer received them (names case-sensitive, each with its values in order).</summary>
public sealed class QueryParameters
{
    private readonly Dictionary<string, IReadOnlyList<string>> _values;

    public QueryParameters(IEnumerable<KeyValuePair<string, IReadOnlyList<string>>> parameters) =>
        _values = parameters.ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal);

    /// <summary>No parameters.</summary>
    public static QueryParameters None { get; } = new([]);

    /// <summary>Parameter names in the order given.</summary>
    public IEnumerable<string> Names => _values.Keys;

    /// <summary>Every parameter with its values.</summary>
    public IEnumerable<KeyValuePair<string, IReadOnlyList<string>>> All => _values;

    public bool Contains(string name) => _values.ContainsKey(name);

    /// <summary>The values of a parameter, or null when it is absent.</summary>
    public IReadOnlyList<string>? this[string name] => _values.GetValueOrDefault(name);

    /// <summary>The query string ("?a=1&amp;b=2") with one parameter replaced (or removed when <paramref name="value"/> is null).</summary>
    public string With(string name, string? value)
    {
        var pairs = _values.Where(p => p.Key != name).SelectMany(p => p.Value.Select(v => (p.Key, Value: v))).ToList();
        if (value is not null)
        {
            pairs.Add((name, value));
        }

        return pairs.Count == 0 ? "" : "?" + string.Join('&', pairs.Select(p => $"{Uri.EscapeDataString(p.Key)}={Uri.EscapeDataString(p.Value)}"));
    }
}
