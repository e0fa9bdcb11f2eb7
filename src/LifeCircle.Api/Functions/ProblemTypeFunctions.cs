namespace LifeCircle.Api.Functions;

/// <summary>The pages problem documents' type URLs lead to: what each kind of refusal means and what to do.</summary>
public sealed class ProblemTypeFunctions(DocumentEndpoint endpoint)
{
    [Function("GetProblemTypes")]
    [ApiOperation("Service", "Every problem type", "The kinds of error this API answers with (application/problem+json): slug, status, title, what each means and what to do, and how to report a fault.", Schema = "ProblemTypes", UnavailableSchema = null)]
    public Task<IActionResult> List(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", "head", Route = "problems")] HttpRequest req, CancellationToken cancellationToken) =>
        endpoint.ServeAsync(req, ProblemTypeOperations.ListAsync, cancellationToken);

    [Function("GetProblemType")]
    [ApiOperation("Service", "One problem type", "What the problem type a problem document names in 'type' means and what to do about it; the type URL of every problem leads here.", Schema = "ProblemType", UnavailableSchema = null)]
    public Task<IActionResult> Get(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", "head", Route = "problems/{slug}")] HttpRequest req, string slug, CancellationToken cancellationToken) =>
        endpoint.ServeAsync(req, (r, ct) => ProblemTypeOperations.GetAsync(r, slug, ct), cancellationToken);
}
