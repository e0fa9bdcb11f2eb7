using LifeCircle.Core.Documents;
using LifeCircle.Core.Publishing;
using LifeCircle.Core.Requests;

namespace LifeCircle.Api.Functions;

/// <summary>Reports whether the API can reach its storage and how many districts it serves.</summary>
public sealed class HealthFunction(DocumentEndpoint endpoint, IDistrictDataStore store)
{
    [Function("GetHealth")]
    [ApiOperation("Service", "Whether the API is up", "Whether the API reaches its storage, and how many districts it serves. Never cached.", Schema = "Health", AcceptsFormat = false)]
    public Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "health")] HttpRequest req, CancellationToken cancellationToken) =>
        endpoint.ServeAsync(req, async (r, ct) =>
        {
            _ = new QueryReader(r.Query, []);
            return new HealthDocument("healthy", (await store.ListDistrictsAsync(ct)).Count);
        }, cancellationToken);
}
