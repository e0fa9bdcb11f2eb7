using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;

namespace LifeCircle.Api.Http;

/// <summary>Picks the response format from f= or the Accept header; everything here is JSON of some media type.</summary>
public static class ContentNegotiation
{
    public const string Parameter = "f";

    /// <summary>The values f may take.</summary>
    public static IReadOnlyList<string> Formats { get; } = ["json", "geojson"];

    /// <summary>Refuses an f value other than json/geojson.</summary>
    public static void CheckFormat(QueryReader query) => query.OneOf(Parameter, [.. Formats]);

    /// <summary>For resources that take no parameter but f: refuses anything else, a bad f, or an Accept header that rules out <paramref name="produced"/>.</summary>
    public static void RequireOnlyFormat(HttpRequest request, string produced)
    {
        CheckFormat(new QueryReader(request.Query, [Parameter]));
        CheckAccept(request, produced);
    }

    /// <summary>Answers 406 when the Accept header rules out every JSON type this resource can send.</summary>
    public static void CheckAccept(HttpRequest request, string produced)
    {
        if (request.Query.ContainsKey(Parameter) || !request.Headers.TryGetValue(HeaderNames.Accept, out var accept) || accept.Count == 0)
        {
            return;
        }

        if (!MediaTypeHeaderValue.TryParseList(accept, out var ranges))
        {
            return;
        }

        var producedType = new MediaTypeHeaderValue(produced.Split(';')[0]);
        bool acceptable = ranges.Any(r => r.Quality != 0 && (producedType.IsSubsetOf(r) || r.MediaType.Equals("application/json", StringComparison.OrdinalIgnoreCase)));
        if (!acceptable)
        {
            throw new ApiProblemException(406, "Not acceptable",
                $"This resource is available as {produced} (or application/json); the Accept header '{accept}' allows neither. Add f=json to override.");
        }
    }
}
