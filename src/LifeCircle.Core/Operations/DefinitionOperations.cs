using LifeCircle.Core.Catalogue;
using LifeCircle.Core.Documents;
using LifeCircle.Core.Features;
using LifeCircle.Core.Queries;

namespace LifeCircle.Core.Operations;

/// <summary>Themes, categories and circles as plain JSON definitions, for app developers who do not want GeoJSON.</summary>
public static class DefinitionOperations
{
    /// <summary>Walking speed the walking levels assume (GB 50180 distances at routing engines' default pace).</summary>
    public const double WalkingSpeedKmh = 3.6;

    public static async Task<Document> ThemesAsync(DistrictRequest r, CancellationToken ct)
    {
        r.TakesNoParameters();
        var catalogue = await r.Version.CatalogueAsync(ct);
        var categories = catalogue.Categories.ToDictionary(c => c.Code);
        return new ThemesDocument(
            [.. catalogue.Themes.Select(t => new ThemeDefinition(t.Id, t.Name, t.LeadBureau, [.. t.CategoryCodes.Select(c => categories[c])]))],
            Links(r, "themes"));
    }

    public static async Task<Document> CategoriesAsync(DistrictRequest r, CancellationToken ct)
    {
        r.TakesNoParameters();
        var catalogue = await r.Version.CatalogueAsync(ct);
        return new CategoriesDocument(
            [.. StandardCategories.WalkingLevels.Select(m => new WalkingLevel(m, Math.Round(m * WalkingSpeedKmh * 1000 / 60)))],
            WalkingSpeedKmh, catalogue.Categories, Links(r, "categories"));
    }

    public static async Task<Document> CirclesAsync(DistrictRequest r, CancellationToken ct)
    {
        r.TakesNoParameters();
        var snapshot = await r.Version.SnapshotAsync(Collections.Circles, ct);
        var all = snapshot.Query(new FeatureQuery { Limit = int.MaxValue }).Features;
        return new CirclesDocument(
            StandardCategories.WalkingLevels,
            WalkingSpeedKmh,
            [.. all.Select(c => (IReadOnlyDictionary<string, object?>)c.Properties
                .ToDictionary(p => p.Key, p => p.Value is double d && d == Math.Floor(d) ? (object)(long)d : p.Value)
                .Prepend(new KeyValuePair<string, object?>("id", c.Id)).ToDictionary())],
            [.. Links(r, "circles"), new Link(r.Urls.Items(Collections.Circles.Id), "alternate", MediaTypes.GeoJson, "The circles as GeoJSON")]);
    }

    private static IReadOnlyList<Link> Links(DistrictRequest r, string what) =>
    [
        new(r.Request.Self, "self", MediaTypes.Json, what),
        new(r.Urls.Base, "up", MediaTypes.Json, "The district's landing page"),
    ];
}
