using LifeCircle.Api.Pages;
using LifeCircle.Core.Documents;
using LifeCircle.Core.Versions;

namespace LifeCircle.Api.Rendering.Html;

/// <summary>What a page needs besides its document: the language, its own URL, its siblings in other formats, and the dataset it shows.</summary>
/// <param name="Lang">zh or en.</param>
/// <param name="Self">The page's URL.</param>
/// <param name="Alternates">The same resource in other media types (rel=alternate).</param>
/// <param name="OtherLanguage">The page in the other language.</param>
/// <param name="Assets">The URL the page's scripts and styles are served under, ending in '/'.</param>
/// <param name="Dataset">The dataset version shown, or null for pages about every district.</param>
/// <param name="Home">The API's home page (/api).</param>
/// <param name="DistrictBase">The district's landing page, when the page is one district's.</param>
/// <param name="Query">The query parameters given, to echo filters on the page.</param>
/// <param name="Embed">True for an embed: no navigation, sized for an article.</param>
/// <param name="Vocabulary">The names behind the dataset's codes, for pages that show features.</param>
/// <param name="LangGiven">True when the request chose the language with lang=, which the page's links then keep.</param>
/// <param name="DistrictName">The district's name, for a page that has no <paramref name="Dataset"/> but belongs to one (an error page).</param>
public sealed record PageContext(
    string Lang, string Self, IReadOnlyList<Link> Alternates, string OtherLanguage, string Assets, string Home, string? DistrictBase, PageDataset? Dataset,
    IReadOnlyList<KeyValuePair<string, string>> Query, bool Embed = false, PageVocabulary? Vocabulary = null, bool LangGiven = false,
    LocalizedText? DistrictName = null)
{
    /// <summary>A context for rendering without a request (tests of templates): Chinese, no links.</summary>
    public static PageContext Plain { get; } = new(Languages.Chinese, "", [], "", PageAssets.BasePath, "/api", null, null, []);
}

/// <summary>The dataset version a page shows: who publishes it, under which licence, and where each layer comes from.</summary>
public sealed record PageDataset(string District, LocalizedText Name, string Version, DateTimeOffset PublishedAt, DatasetLicence Licence, string Publisher,
    IReadOnlyDictionary<string, LayerProvenance> Provenance, IReadOnlyList<DataSource> Sources)
{
    /// <summary>The dataset of a published version (its catalogue is read once and cached with the version).</summary>
    public static async Task<PageDataset> OfAsync(PublishedVersion version, CancellationToken ct)
    {
        var meta = (await version.CatalogueAsync(ct)).Metadata;
        var d = version.District;
        return new(d.Code, d.Name, version.Id, d.PublishedAt, d.Licence, meta.Publisher, meta.Provenance, meta.Sources);
    }
}

/// <summary>Builds the page context of a request.</summary>
public static class PageContexts
{
    public static async Task<PageContext> ForAsync(HttpRequest req, Document document, PublishedVersion? version, CancellationToken ct)
    {
        var lang = LanguageOf(req);
        var resource = HttpRequests.Resource(req);
        var json = document.JsonMediaType();
        var alternates = new List<Link> { new(resource.WithParameter(ContentNegotiation.Parameter, "json"), "alternate", json, json == MediaTypes.GeoJson ? "GeoJSON" : "JSON") };
        if (version is not null)
        {
            var urls = new DistrictUrls(resource, version.Segment);
            alternates.AddRange(document switch
            {
                ItemsDocument items => Downloads(urls, items.CollectionId, lang),
                FeatureDocument or CollectionDocument => [],
                CoverageDocument or DashboardDocument => [new Link(urls.Base + "/coverage.csv", "alternate", "text/csv", "CSV")],
                _ => [],
            });
            if (document is CollectionDocument c)
            {
                alternates.AddRange(Downloads(urls, c.Id, lang));
            }
        }

        return new PageContext(
            lang,
            resource.Self,
            alternates,
            resource.WithParameter(Languages.Parameter, lang == Languages.Chinese ? Languages.English : Languages.Chinese),
            resource.Resolve(PageAssets.BasePath),
            resource.Resolve("/api"),
            version is null ? null : new DistrictUrls(resource, version.Segment).Base,
            version is null ? null : await PageDataset.OfAsync(version, ct),
            [.. req.Query.Where(q => q.Key is not (ContentNegotiation.Parameter or Languages.Parameter or ItemsRequest.Cursor)).Select(q => KeyValuePair.Create(q.Key, q.Value.ToString()))],
            document is EmbedDocument,
            version is not null && document is FeatureDocument or ItemsDocument or QueryablesDocument or CirclesDocument or ProcessDocument
                ? await PageVocabulary.OfAsync(version, ct) : null,
            req.Query.ContainsKey(Languages.Parameter));
    }

    /// <summary>The page language: lang=, then Accept-Language, then Chinese (every district published so far is Chinese).</summary>
    public static string LanguageOf(HttpRequest req) =>
        Languages.Choose(req.Query.TryGetValue(Languages.Parameter, out var l) ? l.ToString() : null, req.Headers.AcceptLanguage.ToString());

    private static IEnumerable<Link> Downloads(DistrictUrls urls, string collection, string lang) =>
    [
        new($"{urls.Base}/downloads/{collection}.geojson", "alternate", MediaTypes.GeoJson, PageText.Bracketed("GeoJSON", PageText.Get("whole_layer", lang), lang)),
        new($"{urls.Base}/downloads/{collection}.csv", "alternate", "text/csv", PageText.Bracketed("CSV", PageText.Get("whole_layer", lang), lang)),
    ];
}
