namespace LifeCircle.Api.Functions;

/// <summary>Themes, categories and circles as plain JSON definitions, for app developers who do not want GeoJSON.</summary>
public sealed class DefinitionFunctions(DocumentEndpoint endpoint)
{
    [Function("GetThemes")]
    [ApiOperation("Definitions", "The themed circles", "The eight themed circles (or a district's own): names, lead bureau, and their facility categories with walking levels.", Schema = "Themes")]
    public Task<IActionResult> Themes(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", "head", Route = "districts/{code}/themes")] HttpRequest req, string code, CancellationToken cancellationToken) =>
        endpoint.ServeAsync(req, code, DefinitionOperations.ThemesAsync, cancellationToken);

    [Function("GetCategories")]
    [ApiOperation("Definitions", "The facility categories", "Every facility category: names, the walking level (5, 10 or 15 minutes) at which residents should reach it, basic or quality tier, and the standard it follows.", Schema = "Categories")]
    public Task<IActionResult> Categories(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", "head", Route = "districts/{code}/categories")] HttpRequest req, string code, CancellationToken cancellationToken) =>
        endpoint.ServeAsync(req, code, DefinitionOperations.CategoriesAsync, cancellationToken);

    [Function("GetCircleDefinitions")]
    [ApiOperation("Definitions", "The life circles", "Each 15-minute life circle: names, residents, area, member communities, phase and year, and the walking thresholds it promises.", Schema = "Circles")]
    public Task<IActionResult> Circles(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", "head", Route = "districts/{code}/circles")] HttpRequest req, string code, CancellationToken cancellationToken) =>
        endpoint.ServeAsync(req, code, DefinitionOperations.CirclesAsync, cancellationToken);
}
