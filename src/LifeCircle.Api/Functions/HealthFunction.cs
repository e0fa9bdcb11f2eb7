using LifeCircle.Core.Publishing;
using LifeCircle.Core.Versions;

namespace LifeCircle.Api.Functions;

/// <summary>Reports whether the API can reach its storage and how many districts it serves.</summary>
public sealed class HealthFunction(DocumentEndpoint endpoint, IDistrictDataStore store, VersionCache cache)
{
    [Function("GetHealth")]
    [ApiOperation("Service", "Whether the API is up", "Whether the API reaches its storage (503 and status unhealthy when it does not), how many districts it serves, and how much it holds in memory. Never cached.", Schema = "Health", Formats = [], UnavailableSchema = "Health")]
    public Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", "head", Route = "health")] HttpRequest req, CancellationToken cancellationToken) =>
        endpoint.ServeAsync(req, (r, ct) => HealthOperations.CheckAsync(r, store, cache, ct), cancellationToken);
}
