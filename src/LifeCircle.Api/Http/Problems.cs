using Microsoft.AspNetCore.Http;

namespace LifeCircle.Api.Http;

/// <summary>Turns a refused request into an RFC 9457 application/problem+json response.</summary>
public static class Problems
{
    public static ApiResponse From(ApiProblemException problem, HttpRequest request) =>
        Create(problem.Status, problem.Title, problem.Detail, request, problem.Parameter);

    public static ApiResponse Create(int status, string title, string detail, HttpRequest request, string? parameter = null)
    {
        var response = ApiResponse.FromJson(
            new ProblemBody(
                $"https://lifecircle.example/problems/{status}",
                title,
                status,
                detail,
                request.Path.Value ?? "/",
                parameter),
            status,
            ApiResponse.ProblemJson);
        response.CacheControl = ApiResponse.CacheNever;
        return response;
    }

    /// <summary>The members of a problem document; "parameter" is an extension member naming the offending parameter.</summary>
    private sealed record ProblemBody(string Type, string Title, int Status, string Detail, string Instance, string? Parameter);
}
