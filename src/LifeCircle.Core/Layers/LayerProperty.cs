using LifeCircle.Core.Model;

namespace LifeCircle.Core.Layers;

/// <summary>The JSON type of a layer property's value.</summary>
public enum PropertyType
{
    /// <summary>A string.</summary>
    Text,

    /// <summary>A whole number (JSON Schema "integer").</summary>
    WholeNumber,

    /// <summary>Any number.</summary>
    Number,

    /// <summary>true or false.</summary>
    Flag,

    /// <summary>An array of strings (in CSV: separated by ';').</summary>
    TextList,
}

/// <summary>Where a property's allowed values come from when they depend on the dataset.</summary>
public enum CatalogueList
{
    /// <summary>The codes of the dataset's facility categories.</summary>
    Categories,

    /// <summary>The ids of the dataset's themes.</summary>
    Themes,

    /// <summary>The codes of the dataset's areas.</summary>
    AreaCodes,
}

/// <summary>Whether a served feature always carries the property, carries null when it is unknown, or leaves it out.</summary>
public enum Presence
{
    Always,
    NullWhenUnknown,
    OmittedWhenUnknown,
}

/// <summary>How a property appears in a district's dataset package.</summary>
public enum PackageRole
{
    Required,
    Optional,

    /// <summary>Not given by the district: set by the import or computed.</summary>
    SetByImport,
}

/// <summary>One property of a layer's features: its name, type, unit, descriptions and allowed values, and how it appears in a package.</summary>
/// <param name="Name">The property name in GeoJSON, CSV and queryables, e.g. "elderly_share".</param>
public sealed record LayerProperty(string Name, PropertyType Type, LocalizedText Description)
{
    /// <summary>The unit of a number, e.g. "km2" or "min"; null when it has none.</summary>
    public string? Unit { get; init; }

    /// <summary>The allowed values when they are a fixed list.</summary>
    public IReadOnlyList<string>? Values { get; init; }

    /// <summary>Where the allowed values come from when they depend on the dataset.</summary>
    public CatalogueList? ValuesFrom { get; init; }

    public Presence Presence { get; init; } = Presence.Always;

    public PackageRole Package { get; init; } = PackageRole.Optional;

    /// <summary>The value (one of <see cref="Values"/>) taken when a package leaves the property out, or null when there is none.</summary>
    public string? PackageDefault { get; init; }

    /// <summary>The smallest value a number may have (e.g. 0 for a population), or null when any is allowed.</summary>
    public double? Minimum { get; init; }

    /// <summary>The largest value a number may have (e.g. 1 for a share), or null when any is allowed.</summary>
    public double? Maximum { get; init; }

    /// <summary>A note for package authors (English), e.g. what the value defaults to; null when there is none.</summary>
    public string? PackageNote { get; init; }

    /// <summary>A list also stored as one boolean table column per value with this prefix, e.g. "Theme_".</summary>
    public string? FlagColumnPrefix { get; init; }

    /// <summary>The typed table column of a <see cref="LayerStorage.TypedColumns"/> layer: the name in PascalCase, name_zh → NameZh.</summary>
    public string TableColumn => string.Concat(Name.Split('_').Select(w => char.ToUpperInvariant(w[0]) + w[1..]));

    /// <summary>The JSON Schema type name: "string", "integer", "number", "boolean" or "array".</summary>
    public string JsonType => Type switch
    {
        PropertyType.Text => "string",
        PropertyType.WholeNumber => "integer",
        PropertyType.Number => "number",
        PropertyType.Flag => "boolean",
        _ => "array",
    };
}
