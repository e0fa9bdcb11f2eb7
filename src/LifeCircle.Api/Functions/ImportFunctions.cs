using System.Security.Cryptography;
using System.Text;
using LifeCircle.Core.Data.Packages;
using LifeCircle.Core.Importing;
using LifeCircle.Core.Publishing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace LifeCircle.Api.Functions;

/// <summary>Imports a dataset package (.zip) over HTTP: validate, compute coverage, publish a new version atomically.</summary>
/// <remarks>
/// Two locks: in Azure the platform's function key (AuthorizationLevel.Function), and everywhere the
/// X-Import-Key this deployment is configured with. Writes go through the import identity's store.
/// </remarks>
public sealed class ImportFunctions(ImportSettings settings, [FromKeyedServices(ApiServices.ImportStoreKey)] IDistrictDataStore writer, ILogger<ImportFunctions> logger)
{
    public const string KeyHeader = "X-Import-Key";

    [Function("PostImport")]
    [ApiOperation("Imports", "Import a dataset package", "Upload a district's package as a .zip (see docs/dataset-format.md). It is validated (every error listed, nothing written when there are any), its coverage computed, and it becomes the district's current version in one switch. Needs the X-Import-Key header (and, in Azure, the function key).",
        Schema = "ImportResult", RequestContentType = "application/zip", AcceptsFormat = false)]
    public Task<IActionResult> Import(
        [HttpTrigger(AuthorizationLevel.Function, "post", Route = "imports")] HttpRequest req,
        CancellationToken cancellationToken) =>
        RequestPipeline.RunAsync(req, logger, () => ImportAsync(req, cancellationToken));

    private async Task<ApiResponse> ImportAsync(HttpRequest req, CancellationToken cancellationToken)
    {
        _ = new QueryReader(HttpRequests.Query(req), []);
        Authorize(req);
        long limit = settings.MaxPackageMegabytes * 1024L * 1024L;
        if (req.ContentLength > limit)
        {
            throw new ProblemException(413, "Package too large", $"The package is {req.ContentLength:N0} bytes; at most {limit:N0} are accepted.");
        }

        var buffer = new MemoryStream();
        await req.Body.CopyToAsync(buffer, cancellationToken);
        if (buffer.Length == 0 || buffer.Length > limit)
        {
            throw ProblemException.BadParameter("body", buffer.Length == 0 ? "is empty; send the package as a .zip" : $"is larger than {limit:N0} bytes");
        }

        buffer.Position = 0;
        var result = await ImportPackageAsync(buffer, cancellationToken);
        logger.LogInformation("Imported district {District} version {Version} ({Entities} entities)", result.District, result.Version, result.EntitiesWritten);
        var response = ApiResponse.FromJson(new
        {
            district = result.District,
            version = result.Version,
            alreadyPublished = result.AlreadyPublished,
            entitiesWritten = result.EntitiesWritten,
            warnings = result.Warnings.Select(p => p.ToString()),
        });
        response.CacheControl = ApiResponse.CacheNever;
        return response;
    }

    /// <summary>Runs the import use case on the uploaded .zip; a body that is not a zip is a 400, a package with errors a 422 listing them.</summary>
    private async Task<ImportResult> ImportPackageAsync(MemoryStream zip, CancellationToken cancellationToken)
    {
        PackageSource source;
        try
        {
            source = PackageSource.FromZip(zip);
        }
        catch (InvalidDataException)
        {
            throw ProblemException.BadParameter("body", "is not a .zip file");
        }

        ImportResult result;
        using (source)
        {
            result = await new DatasetImport(writer).RunAsync(source, cancellationToken: cancellationToken);
        }

        if (result.HasErrors)
        {
            var detail = new StringBuilder($"The package has {result.Errors.Count} error(s); nothing was imported.");
            foreach (var e in result.Errors.Take(50))
            {
                detail.Append('\n').Append(e);
            }

            throw new ProblemException(422, "Invalid package", detail.ToString());
        }

        return result;
    }

    private void Authorize(HttpRequest req)
    {
        if (string.IsNullOrEmpty(settings.Key))
        {
            throw new ProblemException(403, "Imports disabled", $"This deployment accepts no imports: {ImportSettings.Section}:Key is not set.");
        }

        var given = Encoding.UTF8.GetBytes(req.Headers[KeyHeader].ToString());
        if (!CryptographicOperations.FixedTimeEquals(given, Encoding.UTF8.GetBytes(settings.Key)))
        {
            throw new ProblemException(401, "Not authorized", $"Send this deployment's import key in the {KeyHeader} header.");
        }
    }
}
