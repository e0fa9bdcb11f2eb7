using LifeCircle.Core.Documents;
using LifeCircle.Core.Versions;
using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;

namespace LifeCircle.Api.Rendering.Html;

/// <summary>
/// A refusal as a page, for a browser: the same problem (status, title, detail, parameter) in the reader's language, with links back.
/// API clients (no Accept, */*, JSON) keep getting application/problem+json; only f=html, or an Accept that prefers text/html to JSON, gets the page.
/// </summary>
public static class ProblemPages
{
    /// <summary>Where a district request keeps the version it resolved, so its error page can link back to that district.</summary>
    public const string VersionItem = "LifeCircle.ResolvedVersion";

    /// <summary>Whether the request asks for a page rather than problem+json: f=html, or (without f) an Accept that prefers text/html.</summary>
    /// <param name="request">The request refused.</param>
    /// <param name="parameter">The parameter the refusal is about: when it is f itself (f=html where no page is offered, an unknown f), f chooses nothing and Accept decides.</param>
    /// <remarks>
    /// Read as the documents are negotiated (RFC 9110): the most specific range naming a type gives its quality; JSON wins ties, so "*/*", no Accept,
    /// "application/json" and anything unparsable keep the JSON. A browser's "text/html,…,*/*;q=0.8" names text/html exactly and gets the page.
    /// </remarks>
    public static bool Wanted(HttpRequest request, string? parameter = null)
    {
        if (parameter != "f" && request.Query.TryGetValue("f", out var f))
        {
            return f.Count == 1 && f.ToString() == "html";
        }

        if (!request.Headers.TryGetValue(HeaderNames.Accept, out var accept) || accept.Count == 0 || !MediaTypeHeaderValue.TryParseList(accept, out var ranges))
        {
            return false;
        }

        var html = Match(ranges, "text/html");
        var json = Better(Match(ranges, MediaTypes.ProblemJson), Match(ranges, MediaTypes.Json));
        return html.Quality > 0 && (html.Quality > json.Quality || (html.Quality == json.Quality && html.Specificity > json.Specificity));
    }

    /// <summary>The problem's page, in the request's language (lang= when valid, else Accept-Language), answered with the problem's status.</summary>
    public static byte[] Render(ProblemDocument problem, HttpRequest request)
    {
        var lang = LanguageOf(request, out bool given);
        var resource = Http.HttpRequests.Resource(request);
        var version = request.HttpContext.Items.TryGetValue(VersionItem, out var v) ? v as PublishedVersion : null;
        var context = new PageContext(
            lang,
            resource.Self,
            [new Link(resource.WithParameter("f", "json"), "alternate", MediaTypes.ProblemJson, "JSON")],
            resource.WithParameter(Languages.Parameter, lang == Languages.Chinese ? Languages.English : Languages.Chinese),
            resource.Resolve(PageAssets.BasePath),
            resource.Resolve("/api"),
            version is null ? null : new DistrictUrls(resource, version.Segment).Base,
            null,
            [.. request.Query.Select(q => KeyValuePair.Create(q.Key, q.Value.ToString()))],
            LangGiven: given,
            DistrictName: version?.District.Name);
        return new HtmlRenderer().Render(problem, context).ToArray();
    }

    /// <summary>The page language; an unknown lang= (the very problem being shown, perhaps) falls back to Accept-Language instead of failing again.</summary>
    private static string LanguageOf(HttpRequest request, out bool given)
    {
        var known = request.Query.TryGetValue(Languages.Parameter, out var l) && l.Count == 1 ? Languages.Known(l.ToString()) : null;
        given = known is not null;
        return known ?? Languages.Choose(null, request.Headers.AcceptLanguage.ToString());
    }

    private static (double Quality, int Specificity) Match(IList<MediaTypeHeaderValue> ranges, string type)
    {
        var produced = new MediaTypeHeaderValue(type);
        var found = (Quality: 0.0, Specificity: -1);
        foreach (var range in ranges)
        {
            var specificity = range.MatchesAllTypes ? 0 : range.MatchesAllSubTypes ? 1 : 2;
            if (produced.IsSubsetOf(range) && specificity > found.Specificity)
            {
                found = (range.Quality ?? 1, specificity);
            }
        }

        return found;
    }

    private static (double Quality, int Specificity) Better((double Quality, int Specificity) a, (double Quality, int Specificity) b) =>
        b.Specificity > a.Specificity || (b.Specificity == a.Specificity && b.Quality > a.Quality) ? b : a;
}
