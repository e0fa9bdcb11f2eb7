using LifeCircle.Core.Documents;
using Microsoft.AspNetCore.Http;

namespace LifeCircle.Api.Http;

/// <summary>Turns a refused request into an RFC 9457 application/problem+json response.</summary>
public static class Problems
{
    public static ApiResponse From(ProblemException problem, HttpRequest request)
    {
        var response = Create(problem.Status, problem.Title, problem.Detail, request, problem.Parameter);
        if (problem.RetryAfterSeconds is int seconds)
        {
            response.Headers["Retry-After"] = seconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        return response;
    }

    public static ApiResponse Create(int status, string title, string detail, HttpRequest request, string? parameter = null)
    {
        var response = ApiResponse.FromJson(
            new ProblemDocument(
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
}
