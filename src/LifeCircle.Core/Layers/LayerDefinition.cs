using LifeCircle.Core.Model;

namespace LifeCircle.Core.Layers;

/// <summary>Where a layer comes from: the district's package, or computed from the published layers (at import, or when first read).</summary>
public enum LayerSource
{
    Package,
    Computed,
}

/// <summary>How a layer's records are kept in Table Storage (docs/storage.md).</summary>
public enum LayerStorage
{
    /// <summary>One row per record in the layer's own table, one typed column per property.</summary>
    TypedColumns,

    /// <summary>One row per record in the documents table, holding the record's GeoJSON Feature.</summary>
    Documents,

    /// <summary>Not stored: computed from the version's published layers when first read, and kept in the version cache.</summary>
    NotStored,
}

/// <summary>One layer, defined once: the collection id it is published and stored under, its titles, geometry and properties.</summary>
/// <param name="Id">The one name of the layer: collection id in URLs, stored layer, package file stem, e.g. "facilities".</param>
/// <param name="ItemName">What one feature is, e.g. "facility" (for messages and the item schema's file name).</param>
/// <param name="TemporalProperty">A year-valued property that datetime filters apply to, or null.</param>
/// <param name="Properties">Every property of a feature, in published order.</param>
public sealed record LayerDefinition(
    string Id,
    string ItemName,
    LocalizedText Title,
    LocalizedText Description,
    LayerGeometry Geometry,
    string? TemporalProperty,
    LayerSource Source,
    LayerStorage Storage,
    IReadOnlyList<LayerProperty> Properties)
{
    /// <summary>Whether the package may give this layer as CSV with id, lon and lat columns (point layers only).</summary>
    public bool AcceptsCsv { get; init; }

    public LayerProperty Property(string name) =>
        Properties.FirstOrDefault(p => p.Name == name) ?? throw new ArgumentException($"The {Id} layer has no property '{name}'.", nameof(name));
}
