using LifeCircle.Core.Documents;
using LifeCircle.Core.Problems;
using LifeCircle.Core.Requests;

namespace LifeCircle.Core.Operations;

/// <summary>The pages problem documents' type URLs lead to: each problem type explained.</summary>
public static class ProblemTypeOperations
{
    public const string Reporting =
        "Every error is application/problem+json (RFC 9457), or a page for a browser that asks for text/html; its type leads to one of these pages. An answer that looks wrong, or a 500, "
        + "is a fault of the API: report it to the operator of this deployment with the request URL and the trace id of the 500's detail.";

    public static Task<Document> ListAsync(ResourceRequest r, CancellationToken ct)
    {
        _ = new QueryReader(r.Query, DistrictRequest.Presentation);
        return Task.FromResult<Document>(new ProblemTypesDocument(
            [.. ProblemTypes.All.Select(t => Describe(r, t))],
            Reporting,
            [
                new Link(r.Self, "self", MediaTypes.Json, "Problem types"),
                new Link(r.Resolve("/api/openapi.json"), "service-desc", MediaTypes.OpenApiJson, "The API definition"),
            ]));
    }

    public static Task<Document> GetAsync(ResourceRequest r, string slug, CancellationToken ct)
    {
        _ = new QueryReader(r.Query, DistrictRequest.Presentation);
        var type = ProblemTypes.Find(slug)
            ?? throw ProblemException.NotFound($"There is no problem type '{slug}'; the types are {string.Join(", ", ProblemTypes.All.Select(t => t.Slug))}.");
        return Task.FromResult<Document>(Describe(r, type));
    }

    private static ProblemTypeDocument Describe(ResourceRequest r, ProblemType t)
    {
        var url = r.Resolve($"{ProblemTypes.Path}/{t.Slug}");
        return new(url, t.Slug, t.Status, t.Title, t.Meaning, t.Remedy,
            [new Link(url, "self", MediaTypes.Json, t.Title), new Link(r.Resolve(ProblemTypes.Path), "up", MediaTypes.Json, "Every problem type")]);
    }
}
