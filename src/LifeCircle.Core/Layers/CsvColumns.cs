namespace LifeCircle.Core.Layers;

/// <summary>The columns of a point layer given as CSV: id, the layer's package properties, and lon/lat for the position.</summary>
public static class CsvColumns
{
    public const string Id = "id";
    public const string Lon = "lon";
    public const string Lat = "lat";

    /// <summary>id, the required package properties, lon, lat.</summary>
    public static IReadOnlyList<string> Required(LayerDefinition layer) =>
        [Id, .. Of(layer, PackageRole.Required), Lon, Lat];

    /// <summary>The package properties a CSV may leave out, in published order.</summary>
    public static IReadOnlyList<string> Optional(LayerDefinition layer) => [.. Of(layer, PackageRole.Optional)];

    private static IEnumerable<string> Of(LayerDefinition layer, PackageRole role) =>
        layer.AcceptsCsv
            ? layer.Properties.Where(p => p.Package == role).Select(p => p.Name)
            : throw new ArgumentException($"The {layer.Id} layer is not given as CSV.", nameof(layer));
}
