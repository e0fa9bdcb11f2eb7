using LifeCircle.Api.Rendering;
using LifeCircle.Core.Documents;
using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;

namespace LifeCircle.Api.Http;

/// <summary>Picks the renderer of a response from f= or the Accept header, in this one place; renderers are tried in registration order.</summary>
public sealed class ContentNegotiation(IEnumerable<IDocumentRenderer> renderers)
{
    public const string Parameter = "f";

    private readonly IReadOnlyList<IDocumentRenderer> _renderers = [.. renderers];

    // Every media type any renderer writes, parsed once: the early Accept check runs on every request that sends Accept.
    private readonly IReadOnlyList<(IDocumentRenderer Renderer, MediaTypeHeaderValue Type)> _written =
        [.. renderers.SelectMany(r => r.AllMediaTypes.Select(m => (r, new MediaTypeHeaderValue(m.Split(';')[0]))))];

    /// <summary>The values f may take.</summary>
    public IReadOnlyList<string> Formats => [.. _renderers.SelectMany(r => r.Formats)];

    /// <summary>For files served as they are (the API definition, schemas, the docs page): refuses any parameter but f, and any f the operation does not declare.</summary>
    public static void RequireOnlyFormat(HttpRequest request, ApiOperationAttribute operation) =>
        new QueryReader(HttpRequests.Query(request), operation.Formats.Length > 0 ? [Parameter] : []).OneOf(Parameter, operation.Formats);

    /// <summary>Refuses an f value no renderer offers, and a lang that is not offered (before any work is done).</summary>
    public void CheckFormat(HttpRequest request)
    {
        if (request.Query.TryGetValue(Parameter, out var f) && f.Count == 1 && !Formats.Contains(f.ToString()))
        {
            throw ProblemException.BadParameter(Parameter, $"'{f}' is not known; allowed values: {string.Join(", ", Formats)}");
        }

        if (request.Query.TryGetValue(Languages.Parameter, out var lang) && lang.Count == 1)
        {
            _ = Languages.Choose(lang.ToString(), null);
        }
    }

    /// <summary>Refuses (406), before any work is done, an Accept header without f= that allows nothing any renderer writes.</summary>
    /// <remarks>One that allows some media type, but none of this resource's, is refused once the document says what it is (<see cref="Choose"/>).</remarks>
    public void CheckAcceptable(HttpRequest request)
    {
        if (!request.Query.ContainsKey(Parameter) && request.Headers.TryGetValue(HeaderNames.Accept, out var accept) && accept.Count > 0
            && MediaTypeHeaderValue.TryParseList(accept, out var ranges) && !_written.Any(w => BestMatch(w.Renderer, w.Type, ranges).Quality > 0))
        {
            throw new ProblemException(406, "Not acceptable",
                $"This API writes {string.Join(", ", _written.Select(w => w.Type.MediaType.ToString()))}; the Accept header '{accept}' allows none. "
                + "Accept one of them, or name one of this resource's formats with f (the API definition lists them).");
        }
    }

    /// <summary>The renderer and media type for this document: the one f names, else the one the Accept header prefers, else 406.</summary>
    /// <remarks>
    /// Accept is read as RFC 9110 says: the highest quality wins, and a range names a type more strongly the more specific it is,
    /// so a browser's "text/html,…,*/*;q=0.8" picks HTML while "*/*" or no Accept at all picks the first renderer (JSON).
    /// </remarks>
    public (IDocumentRenderer Renderer, string MediaType) Choose(HttpRequest request, Document document) =>
        ChooseAmong(request, [.. _renderers.Select(r => (Renderer: r, MediaType: r.MediaTypeOf(document)!)).Where(c => c.MediaType is not null)]);

    /// <summary>For a file sent as it is (a download), the same rule as for a document: 400 for an f that does not select its media type, 406 for an Accept that allows none of it.</summary>
    public void RequireFile(HttpRequest request, string mediaType)
    {
        var type = mediaType.Split(';')[0];
        var renderer = _renderers.FirstOrDefault(r => r.AllMediaTypes.Any(m => m.Split(';')[0] == type))
            ?? throw new InvalidOperationException($"No renderer writes {type}, so no f selects it.");
        _ = ChooseAmong(request, [(renderer, mediaType)]);
    }

    private static (IDocumentRenderer Renderer, string MediaType) ChooseAmong(HttpRequest request, IReadOnlyList<(IDocumentRenderer Renderer, string MediaType)> candidates)
    {
        if (request.Query.TryGetValue(Parameter, out var f))
        {
            return candidates.FirstOrDefault(c => c.Renderer.Formats.Contains(f.ToString())) is { Renderer: not null } chosen ? chosen
                : throw ProblemException.BadParameter(Parameter, $"'{f}' is not offered for this resource; offered: {string.Join(", ", candidates.SelectMany(c => c.Renderer.Formats))}");
        }

        if (!request.Headers.TryGetValue(HeaderNames.Accept, out var accept) || accept.Count == 0 || !MediaTypeHeaderValue.TryParseList(accept, out var ranges))
        {
            return candidates[0];
        }

        var best = candidates
            .Select((c, order) => (Candidate: c, Order: order, Match: BestMatch(c.Renderer, new MediaTypeHeaderValue(c.MediaType.Split(';')[0]), ranges)))
            .Where(x => x.Match.Quality > 0)
            .OrderByDescending(x => x.Match.Quality).ThenByDescending(x => x.Match.Specificity).ThenBy(x => x.Order)
            .ToList();
        return best.Count > 0 ? best[0].Candidate
            : throw new ProblemException(406, "Not acceptable",
                $"This resource is available as {string.Join(" or ", candidates.Select(Named))}; the Accept header '{accept}' allows none. "
                + $"Accept one of them, or add {Parameter}={candidates[0].Renderer.Formats[0]} to override.");
    }

    /// <summary>A candidate's media type as a 406 names it, with application/json where that range selects it too (GeoJSON, JSON Schema).</summary>
    private static string Named((IDocumentRenderer Renderer, string MediaType) candidate)
    {
        var type = candidate.MediaType.Split(';')[0];
        return type != MediaTypes.Json && candidate.Renderer.AcceptsAlso(MediaTypes.Json) ? $"{type} (or {MediaTypes.Json})" : type;
    }

    /// <summary>The quality of the most specific range that names the media type (2 exact, 1 type/*, 0 */*); quality 0 when none does.</summary>
    private static (double Quality, int Specificity) BestMatch(IDocumentRenderer renderer, MediaTypeHeaderValue produced, IList<MediaTypeHeaderValue> ranges)
    {
        var found = (Quality: 0.0, Specificity: -1);
        foreach (var range in ranges)
        {
            if (!produced.IsSubsetOf(range) && !renderer.AcceptsAlso(range.MediaType.ToString()))
            {
                continue;
            }

            var specificity = range.MatchesAllTypes ? 0 : range.MatchesAllSubTypes ? 1 : 2;
            if (specificity > found.Specificity)
            {
                found = (range.Quality ?? 1, specificity);
            }
        }

        return found;
    }
}
