using LifeCircle.Api.Rendering.Html;
using LifeCircle.Core.Documents;
using LifeCircle.Core.Problems;
using Microsoft.AspNetCore.Http;

namespace LifeCircle.Api.Http;

/// <summary>Turns a refused request into an RFC 9457 application/problem+json response whose type is the absolute URL of the page explaining it.</summary>
/// <remarks>A browser (f=html, or an Accept preferring text/html) gets the same problem as a page in its language, with the same status: <see cref="ProblemPages"/>.</remarks>
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
        var problem = new ProblemDocument(
            TypeUrl(request, ProblemTypes.Of(status, title)),
            title,
            status,
            detail,
            request.Path.Value ?? "/",
            parameter);
        ApiResponse response;
        if (ProblemPages.Wanted(request, parameter))
        {
            response = new ApiResponse(status, HtmlRenderer.MediaType, ProblemPages.Render(problem, request));
            response.Headers["Vary"] = "Accept, Accept-Language";
        }
        else
        {
            response = ApiResponse.FromJson(problem, status, ApiResponse.ProblemJson);
        }

        response.CacheControl = ApiResponse.CacheNever;
        return response;
    }

    /// <summary>The absolute URL on this API of the page that explains the problem type.</summary>
    public static string TypeUrl(HttpRequest request, ProblemType type) => RequestUrls.Resolve(request, $"{ProblemTypes.Path}/{type.Slug}");
}
