using LifeCircle.Core.Layers;
using LifeCircle.Core.Model;

namespace LifeCircle.Core.Features;

/// <summary>A published collection: a layer of the registry, with its queryables resolved against a dataset's catalogue.</summary>
public sealed record CollectionDefinition(LayerDefinition Definition)
{
    /// <summary>The collection id in URLs, e.g. "facilities".</summary>
    public string Id => Definition.Id;

    /// <summary>The stored layer the features come from: the same id.</summary>
    public string Layer => Definition.Id;

    public LocalizedText Title => Definition.Title;

    public LocalizedText Description => Definition.Description;

    /// <summary>A GeoJSON geometry type, or "Geometry" when the features mix types (see <see cref="GeometryFormat"/>).</summary>
    public string GeometryType => Definition.Geometry.Name;

    /// <summary>The geometry's JSON Schema format in queryables (OGC API – Features Part 5), e.g. "geometry-any".</summary>
    public string GeometryFormat => Definition.Geometry.Format;

    /// <summary>A year-valued property that datetime filters apply to, or null when the collection has none.</summary>
    public string? TemporalProperty => Definition.TemporalProperty;

    /// <summary>Every property of the layer as a queryable, with the allowed values this dataset's catalogue lists.</summary>
    public IReadOnlyList<QueryableProperty> QueryablesOf(DatasetCatalogue catalogue) =>
        [.. Definition.Properties.Select(p => new QueryableProperty(p.Name, p.JsonType, p.Description.En, AllowedValues(p, catalogue)) { Unit = p.Unit })];

    private static IReadOnlyList<string>? AllowedValues(LayerProperty p, DatasetCatalogue c) => p.ValuesFrom switch
    {
        CatalogueList.Categories => [.. c.Categories.Select(x => x.Code)],
        CatalogueList.Themes => [.. c.Themes.Select(x => x.Id)],
        CatalogueList.AreaCodes => [.. c.AreaCodes],
        _ => p.Values,
    };
}

/// <summary>The collections every district publishes: one per layer of the <see cref="LayerRegistry"/>.</summary>
public static class Collections
{
    /// <summary>The stored layer of facilities (their own table, with typed columns).</summary>
    public const string FacilityLayer = LayerIds.Facilities;

    public static CollectionDefinition Facilities { get; } = new(LayerRegistry.Facilities);

    public static CollectionDefinition Circles { get; } = new(LayerRegistry.Circles);

    public static CollectionDefinition Areas { get; } = new(LayerRegistry.Areas);

    public static CollectionDefinition Blocks { get; } = new(LayerRegistry.Blocks);

    public static CollectionDefinition Streets { get; } = new(LayerRegistry.Streets);

    public static CollectionDefinition Access { get; } = new(LayerRegistry.Access);

    public static CollectionDefinition Gaps { get; } = new(LayerRegistry.Gaps);

    public static CollectionDefinition Isochrones { get; } = new(LayerRegistry.Isochrones);

    /// <summary>Every collection, in the order they are listed.</summary>
    public static IReadOnlyList<CollectionDefinition> All { get; } = [Facilities, Circles, Areas, Blocks, Streets, Access, Gaps, Isochrones];

    public static CollectionDefinition? Find(string id) => All.FirstOrDefault(c => c.Id == id);
}
