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

    /// <summary>The values f may take.</summary>
    public IReadOnlyList<string> Formats => [.. _renderers.SelectMany(r => r.Formats)];

    /// <summary>For files served as they are (the API definition, schemas, the docs page): refuses any parameter but f, and any f but json or geojson.</summary>
    public static void RequireOnlyFormat(HttpRequest request) =>
        new QueryReader(HttpRequests.Query(request), [Parameter]).OneOf(Parameter, ["json", "geojson"]);

    /// <summary>Refuses an f value no renderer offers (before any work is done).</summary>
    public void CheckFormat(HttpRequest request)
    {
        if (request.Query.TryGetValue(Parameter, out var f) && f.Count == 1 && !Formats.Contains(f.ToString()))
        {
            throw ProblemException.BadParameter(Parameter, $"'{f}' is not known; allowed values: {string.Join(", ", Formats)}");
        }
    }

    /// <summary>The renderer and media type for this document: the one f names, else the first the Accept header allows, else 406.</summary>
    public (IDocumentRenderer Renderer, string MediaType) Choose(HttpRequest request, Document document)
    {
        var candidates = _renderers.Select(r => (Renderer: r, MediaType: r.MediaTypeOf(document)!)).Where(c => c.MediaType is not null).ToList();
        if (request.Query.TryGetValue(Parameter, out var f))
        {
            return candidates.FirstOrDefault(c => c.Renderer.Formats.Contains(f.ToString())) is { Renderer: not null } chosen ? chosen
                : throw ProblemException.BadParameter(Parameter, $"'{f}' is not offered for this resource; offered: {string.Join(", ", candidates.SelectMany(c => c.Renderer.Formats))}");
        }

        if (!request.Headers.TryGetValue(HeaderNames.Accept, out var accept) || accept.Count == 0 || !MediaTypeHeaderValue.TryParseList(accept, out var ranges))
        {
            return candidates[0];
        }

        foreach (var candidate in candidates)
        {
            var produced = new MediaTypeHeaderValue(candidate.MediaType.Split(';')[0]);
            if (ranges.Any(r => r.Quality != 0 && (produced.IsSubsetOf(r) || candidate.Renderer.AcceptsAlso(r.MediaType.ToString()))))
            {
                return candidate;
            }
        }

        throw new ProblemException(406, "Not acceptable",
            $"This resource is available as {string.Join(" or ", candidates.Select(c => c.MediaType))} (or application/json); the Accept header '{accept}' allows none. Add f=json to override.");
    }
}
