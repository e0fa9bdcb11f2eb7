using LifeCircle.Core.Features;
using LifeCircle.Core.Layers;
using LifeCircle.Core.Queries;
using LifeCircle.Core.Versions;

namespace LifeCircle.Api.Rendering.Html;

/// <summary>The names behind a dataset's codes (categories, themes, areas), so a page can say 银行营业网点 where the data says bank.</summary>
public sealed record PageVocabulary(
    IReadOnlyDictionary<string, LocalizedText> Categories, IReadOnlyDictionary<string, LocalizedText> Themes, IReadOnlyDictionary<string, LocalizedText> Areas)
{
    /// <summary>The vocabulary of a published version: its catalogue's categories and themes, and its areas' names; built once and kept with the version.</summary>
    public static Task<PageVocabulary> OfAsync(PublishedVersion version, CancellationToken ct) =>
        version.DerivedAsync("page-vocabulary", token => BuildAsync(version, token), v => 200L * (v.Categories.Count + v.Themes.Count + v.Areas.Count), ct);

    private static async Task<PageVocabulary> BuildAsync(PublishedVersion version, CancellationToken ct)
    {
        var catalogue = await version.CatalogueAsync(ct);
        var areas = (await version.SnapshotAsync(Collections.Areas, ct)).Query(new FeatureQuery { Limit = int.MaxValue }, ct).Features;
        return new(
            catalogue.Categories.ToDictionary(c => c.Code, c => c.Name),
            catalogue.Themes.ToDictionary(t => t.Id, t => t.Name),
            areas.Where(a => a["name_zh"] is string).ToDictionary(a => a.Id, a => new LocalizedText((string)a["name_zh"]!, a["name_en"] as string ?? (string)a["name_zh"]!)));
    }

    /// <summary>The names of a property's values when they are codes of the catalogue, else null.</summary>
    public IReadOnlyDictionary<string, LocalizedText>? For(LayerProperty? property) => property?.ValuesFrom switch
    {
        CatalogueList.Categories => Categories,
        CatalogueList.Themes => Themes,
        CatalogueList.AreaCodes => Areas,
        _ => null,
    };
}
