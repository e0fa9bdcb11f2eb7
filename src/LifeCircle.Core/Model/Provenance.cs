namespace LifeCircle.Core.Model;

/// <summary>Whether a value was taken from a cited source or generated to illustrate.</summary>
public enum ValueOrigin
{
    /// <summary>Stated in a cited public source.</summary>
    Sourced,

    /// <summary>Generated to be plausible; not surveyed and not to be cited as fact.</summary>
    Illustrative,
}

/// <summary>Where a record's existence, its position and its figures come from.</summary>
/// <param name="Existence">Whether the record (its name, kind, count) is sourced or illustrative.</param>
/// <param name="Position">Whether its geometry is sourced or illustrative.</param>
/// <param name="Figures">Whether its numbers (population, elderly share, capacity, year) are sourced or illustrative.</param>
/// <param name="Source">The citation for the sourced parts, if any.</param>
/// <param name="SourceCrs">The CRS the record's coordinates came in before conversion to CRS84 (e.g. GCJ-02), if not CRS84.</param>
/// <param name="Defaulted">The properties the package left out of this record, comma-separated, until the import derives or defaults them; null when none.</param>
public sealed record Provenance(ValueOrigin Existence, ValueOrigin Position, ValueOrigin Figures, string? Source = null, string? SourceCrs = null, string? Defaulted = null)
{
    /// <summary>Everything about the record is generated.</summary>
    public static Provenance Illustrative { get; } = new(ValueOrigin.Illustrative, ValueOrigin.Illustrative, ValueOrigin.Illustrative);

    /// <summary>Whether the package left <paramref name="property"/> out of this record.</summary>
    public bool IsDefaulted(string property) => Defaulted is { } d && d.Split(',').Contains(property);
}
