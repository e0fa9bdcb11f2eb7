using LifeCircle.Api.Http;
using LifeCircle.Core.Publishing;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Logging;

namespace LifeCircle.Api.Functions;

/// <summary>Reports whether the API can reach its storage and how many districts it serves.</summary>
public sealed class HealthFunction(IDistrictDataStore store, ILogger<HealthFunction> logger)
{
    [Function("GetHealth")]
    [ApiOperation("Service", "Whether the API is up", "Whether the API reaches its storage, and how many districts it serves. Never cached.", Schema = "Health", AcceptsFormat = false)]
    public Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "health")] HttpRequest req,
        CancellationToken cancellationToken) =>
        RequestPipeline.RunAsync(req, logger, async () =>
        {
            _ = new QueryReader(req.Query, []);
            var districts = await store.ListDistrictsAsync(cancellationToken);
            var response = ApiResponse.FromJson(new { status = "healthy", districts = districts.Count });
            response.CacheControl = ApiResponse.CacheNever;
            return response;
        });
}
