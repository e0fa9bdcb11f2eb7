using LifeCircle.Api.Rendering;
using LifeCircle.Core.Features;
using LifeCircle.Core.Operations;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace LifeCircle.Api.Http;

/// <summary>Whole-layer files of a version, streamed with a validator named by the version.</summary>
public static class Downloads
{
    /// <summary>The file "{collection}.geojson" or "{collection}.csv" of the request's version, streamed; 304 when the client holds it.</summary>
    public static async Task<IActionResult> DownloadAsync(HttpRequest req, DistrictRequest r, string file, ContentNegotiation negotiation, CancellationToken ct)
    {
        r.TakesNoParameters();
        var dot = file.LastIndexOf('.');
        var format = dot < 0 ? "" : file[(dot + 1)..];
        var collection = dot < 0 ? null : Collections.Find(file[..dot]);
        if (collection is null || !LayerDownloads.Formats.TryGetValue(format, out var mediaType))
        {
            throw ProblemException.NotFound($"There is no download '{file}'; downloads are {{collection}}.geojson or {{collection}}.csv for {string.Join(", ", Collections.All.Select(c => c.Id))}.");
        }

        negotiation.RequireFile(req, mediaType);

        // A version never changes, so its files never do: the version names the content.
        var etag = $"\"{r.Version.Id}-{file}\"";
        if (Validators.IfNoneMatchHolds(req, etag))
        {
            return new ApiResponse(200, mediaType, ReadOnlyMemory<byte>.Empty) { NotModified = true, ETag = etag };
        }

        var catalogue = await r.Version.CatalogueAsync(ct);
        var features = (await r.Version.SnapshotAsync(collection, ct)).Query(new FeatureQuery { Limit = int.MaxValue }).Features;
        var name = $"{r.Version.District.Code}-{r.Version.Id}-{file}";
        return new StreamedResponse(mediaType, name, etag, (body, token) => format == "csv"
            ? LayerDownloads.WriteCsvAsync(body, features, collection.QueryablesOf(catalogue), token)
            : LayerDownloads.WriteGeoJsonAsync(body, features, token));
    }
}
