namespace LifeCircle.Core.Features;

/// <summary>A property clients may filter and sort on, with its JSON Schema type and, where the values are a known list, that list.</summary>
/// <param name="Type">"string", "number", "integer", "boolean" or "array" (of strings).</param>
/// <param name="Enum">The allowed values, or null when any value of the type is allowed.</param>
public sealed record QueryableProperty(string Name, string Type, string Description, IReadOnlyList<string>? Enum = null)
{
    /// <summary>The unit of a number, e.g. "min" or "km2"; null when it has none.</summary>
    public string? Unit { get; init; }

    public bool IsNumeric => Type is "number" or "integer";
}
