using NetTopologySuite.Geometries;

namespace LifeCircle.Core.Features;

/// <summary>One feature of any collection as it is served: id, CRS84 geometry and flat typed properties.</summary>
/// <remarks>
/// Property values are string, double, bool, an array of strings, or null, as in the GeoJSON files.
/// Whole numbers are doubles too, as in JSON; the writer prints them without a fraction.
/// </remarks>
public sealed class FeatureRecord(string id, Geometry? geometry, IReadOnlyList<KeyValuePair<string, object?>> properties)
{
    private Dictionary<string, object?>? _lookup;

    public string Id { get; } = id;

    public Geometry? Geometry { get; } = geometry;

    /// <summary>Properties in published order.</summary>
    public IReadOnlyList<KeyValuePair<string, object?>> Properties { get; } = properties;

    /// <summary>The property's value, or null when it is absent or null.</summary>
    public object? this[string name] => (_lookup ??= Properties.ToDictionary(p => p.Key, p => p.Value)).GetValueOrDefault(name);

    /// <summary>Whether the feature has this property at all (even with a null value).</summary>
    public bool Has(string name) => (_lookup ??= Properties.ToDictionary(p => p.Key, p => p.Value)).ContainsKey(name);
}
