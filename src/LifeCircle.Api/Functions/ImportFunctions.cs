using System.Security.Cryptography;
using System.Text;
using LifeCircle.Core.Data.Packages;
using LifeCircle.Core.Importing;
using LifeCircle.Core.Publishing;
using Microsoft.AspNetCore.Http.Features;
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
        Schema = "ImportResult", RequestContentType = "application/zip", Formats = [])]
    public Task<IActionResult> Import(
        [HttpTrigger(AuthorizationLevel.Function, "post", Route = "imports")] HttpRequest req,
        CancellationToken cancellationToken) =>
        RequestPipeline.RunAsync(req, logger, () => ImportAsync(req, cancellationToken));

    private async Task<ApiResponse> ImportAsync(HttpRequest req, CancellationToken cancellationToken)
    {
        _ = new QueryReader(HttpRequests.Query(req), []);
        Authorize(req);
        var limits = settings.ToPackageLimits();
        var buffer = await ReadBodyAsync(req, limits.MaxCompressedBytes, cancellationToken);
        var result = await ImportPackageAsync(buffer, limits, cancellationToken);
        logger.LogInformation("Imported district {District} version {Version} ({Entities} entities)", result.District, result.Version, result.EntitiesWritten);
        var response = ApiResponse.FromJson(new
        {
            district = result.District,
            version = result.Version,
            alreadyPublished = result.AlreadyPublished,
            entitiesWritten = result.EntitiesWritten,
            warnings = result.Warnings.Select(p => p.ToString()),
            derived = result.Derived.Select(p => p.ToString()),
        });
        response.CacheControl = ApiResponse.CacheNever;
        return response;
    }

    /// <summary>Reads the body into memory while counting it: never more than <paramref name="limit"/> bytes are held, and one more byte is a 413.</summary>
    private static async Task<MemoryStream> ReadBodyAsync(HttpRequest req, long limit, CancellationToken cancellationToken)
    {
        if (req.ContentLength > limit)
        {
            throw TooLarge(limit);
        }

        // Let the server admit bodies up to the app's own limit (its default may be lower); the count below enforces it.
        if (req.HttpContext.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } bodySize)
        {
            bodySize.MaxRequestBodySize = limit + 1;
        }

        var buffer = new MemoryStream((int)Math.Min(Math.Min(req.ContentLength ?? 0, limit), Array.MaxLength));
        var chunk = new byte[81920];
        try
        {
            int n;
            while ((n = await req.Body.ReadAsync(chunk, cancellationToken)) > 0)
            {
                if (buffer.Length + n > limit)
                {
                    throw TooLarge(limit);
                }

                buffer.Write(chunk, 0, n);
            }
        }
        catch (BadHttpRequestException ex) when (ex.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            throw TooLarge(limit);
        }

        if (buffer.Length == 0)
        {
            throw ProblemException.BadParameter("body", "is empty; send the package as a .zip");
        }

        buffer.Position = 0;
        return buffer;
    }

    private static ProblemException TooLarge(long limit) =>
        new(413, "Package too large", $"Parameter 'body': the package is larger than {PackageLimits.Bytes(limit)}; at most {PackageLimits.Bytes(limit)} are accepted ({ImportSettings.SettingFor(nameof(PackageLimits.MaxCompressedBytes))}).", "body");

    /// <summary>422: the package unpacks beyond a limit; names the file and the limit (and the setting that sets it).</summary>
    private static ProblemException OverLimit(PackageLimitException ex) =>
        new(422, "Package over a limit", $"{ex.File}: {ex.Problem} ({ImportSettings.SettingFor(ex.Limit)}); nothing was imported.");

    /// <summary>Runs the import use case on the uploaded .zip; a body that is not a zip is a 400, a package over a limit or with errors a 422.</summary>
    private async Task<ImportResult> ImportPackageAsync(MemoryStream zip, PackageLimits limits, CancellationToken cancellationToken)
    {
        PackageSource source;
        try
        {
            source = PackageSource.FromZip(zip, limits);
        }
        catch (InvalidDataException)
        {
            throw ProblemException.BadParameter("body", "is not a .zip file");
        }
        catch (PackageLimitException ex)
        {
            throw ex.Compressed ? TooLarge(limits.MaxCompressedBytes) : OverLimit(ex);
        }

        ImportResult result;
        using (source)
        {
            try
            {
                result = await new DatasetImport(writer).RunAsync(source, cancellationToken: cancellationToken);
            }
            catch (PackageLimitException ex)
            {
                throw OverLimit(ex);
            }
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
