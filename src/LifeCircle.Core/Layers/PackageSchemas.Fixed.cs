namespace LifeCircle.Core.Layers;

/// <summary>The parts of the package schemas that are not layers (dataset.json's metadata and district, themes.json and categories.json), kept as JSON files beside this one.</summary>
public static partial class PackageSchemas
{
    private static string DatasetSchema => Part("dataset.json");

    private static string CatalogueSchema => Part("catalogue.json");

    private static string Part(string name)
    {
        using var stream = typeof(PackageSchemas).Assembly.GetManifestResourceStream("schema-parts/" + name)
            ?? throw new InvalidOperationException($"The schema part {name} is not embedded in LifeCircle.Core.");
        return new StreamReader(stream).ReadToEnd();
    }
}
