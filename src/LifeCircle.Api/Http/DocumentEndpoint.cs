using LifeCircle.Api.Pages;
using LifeCircle.Api.Rendering;
using LifeCircle.Api.Rendering.Html;
using LifeCircle.Core.Documents;
using LifeCircle.Core.Features;
using LifeCircle.Core.Operations;
using LifeCircle.Core.Queries;
using LifeCircle.Core.Requests;
using LifeCircle.Core.Versions;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Logging;

namespace LifeCircle.Api.Http;

/// <summary>What every read function does around its operation, written once: check f, bind the request, resolve the version, render the document.</summary>
/// <remarks>A buffered answer's queries must finish within the <see cref="RequestBudget"/> (503 otherwise); a client that goes away stops the work.</remarks>
public sealed class DocumentEndpoint(
    VersionResolver versions, ContentNegotiation negotiation, ILogger<DocumentEndpoint> logger, RequestBudget? budget = null, AnswerCache? answers = null)
{
    private readonly RequestBudget _budget = budget ?? RequestBudget.Default;

    /// <summary>Answers a resource that belongs to no district.</summary>
    public Task<IActionResult> ServeAsync(HttpRequest req, Func<ResourceRequest, CancellationToken, Task<Document>> operation, CancellationToken ct) =>
        RequestPipeline.RunAsync(req, logger, async () =>
        {
            negotiation.CheckFormat(req);
            negotiation.CheckAcceptable(req);
            var document = await WithinBudgetAsync(req, token => operation(HttpRequests.Resource(req), token), ct);
            if (document.ServedFromMemory())
            {
                req.HttpContext.Response.Headers[StorageStatusHeader] = StorageUnreachableStatus;
            }

            return await RenderAsync(req, document, null, ct);
        });

    /// <summary>Answers one of a district's resources, read from the version the path (and a paging cursor) name.</summary>
    public Task<IActionResult> ServeAsync(HttpRequest req, string segment, Func<DistrictRequest, CancellationToken, Task<Document>> operation, CancellationToken ct) =>
        RequestPipeline.RunAsync(req, logger, async () =>
        {
            negotiation.CheckFormat(req);
            negotiation.CheckAcceptable(req);
            PublishedVersion? version = null;
            ApiResponse? kept = null;
            var document = await WithinBudgetAsync(req, async token =>
            {
                var r = await ResolveAsync(req, HttpRequests.Resource(req), segment, token);
                version = r.Version;
                return answers is not null && answers.TryGet(req, r.Version, out kept) ? null! : await operation(r, token);
            }, ct);
            if (kept is not null)
            {
                return kept;
            }

            var response = await RenderAsync(req, document, version, ct);
            return answers is null || version is null ? response : answers.Keep(req, version, response);
        });

    /// <summary>Answers one of a district's resources whose handler writes its own response (streamed downloads).</summary>
    public Task<IActionResult> StreamAsync(HttpRequest req, string segment, Func<DistrictRequest, CancellationToken, Task<IActionResult>> operation, CancellationToken ct) =>
        RequestPipeline.RunAnyAsync(req, logger, async () =>
        {
            negotiation.CheckFormat(req);
            return await operation(await ResolveAsync(req, HttpRequests.Resource(req), segment, ct), ct);
        });

    private async Task<Document> WithinBudgetAsync(HttpRequest req, Func<CancellationToken, Task<Document>> operation, CancellationToken ct)
    {
        // The budget bounds the queries' own work (503 when it runs out); the client leaving cancels everything, waits included.
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(ct, req.HttpContext.RequestAborted);
        using var budget = QueryBudget.Limit(_budget.Time);
        return await operation(linked.Token);
    }

    private async Task<DistrictRequest> ResolveAsync(HttpRequest req, ResourceRequest r, string segment, CancellationToken ct)
    {
        var version = await versions.ResolveAsync(segment, ItemsRequest.CursorOf(r.Query)?.Version, ct);
        req.HttpContext.Items[ProblemPages.VersionItem] = version; // a refusal from here on is about this district: its page links back to it
        if (version.StorageUnreachable)
        {
            // Said on the answer, whatever it turns out to be: a client may tell a possibly outdated version from a fresh one.
            req.HttpContext.Response.Headers[StorageStatusHeader] = StorageUnreachableStatus;
        }

        return new(r, version);
    }

    /// <summary>Set when storage could not be reached and the answer comes from the version last known to be current.</summary>
    public const string StorageStatusHeader = "X-Storage-Status";

    /// <summary>The <see cref="StorageStatusHeader"/> value of such an answer.</summary>
    public const string StorageUnreachableStatus = "unreachable; served from memory";

    /// <summary>The version's pre-encoded features when the document is an items page that may copy them.</summary>
    private static async Task<PreEncodedFeatures?> PreEncodedAsync(HttpRequest req, ItemsDocument items, PublishedVersion? version, CancellationToken ct)
    {
        if (version is null || items.DatasetVersion != version.Id
            || items.Page.Features.Count == 0 || !PreEncodedFeatures.Serves(items.Output) || Collections.Find(items.CollectionId) is not { } collection)
        {
            return null;
        }

        using var linked = CancellationTokenSource.CreateLinkedTokenSource(ct, req.HttpContext.RequestAborted);
        return await PreEncodedFeatures.ForAsync(version, collection, items.Output.Crs, linked.Token);
    }

    private async Task<ApiResponse> RenderAsync(HttpRequest req, Document document, PublishedVersion? version, CancellationToken ct)
    {
        var (renderer, mediaType) = negotiation.Choose(req, document);
        // An items page differs from the last only in its timeStamp while the version is the same, so the clock must not change its tag.
        // A page's words depend on Accept-Language too, so its tag names the language it is written in.
        var tagged = renderer is HtmlRenderer ? $"{mediaType};lang={PageContexts.LanguageOf(req)}" : mediaType;
        var etag = document is ItemsDocument page && document.HttpStatus() == 200 ? Validators.OfVersionedRequest(req, page.DatasetVersion, tagged) : null;
        ReadOnlyMemory<byte> body;
        if (etag is not null && Validators.IfNoneMatchHolds(req, etag))
        {
            body = ReadOnlyMemory<byte>.Empty; // the pipeline answers 304 to this tag, so the page need not be written
        }
        else if (renderer is JsonRenderer && document is ItemsDocument items && await PreEncodedAsync(req, items, version, ct) is { } encoded)
        {
            body = FeatureJsonWriter.Collection(items, encoded);
        }
        else if (renderer is HtmlRenderer html)
        {
            body = html.Render(document, await PageContexts.ForAsync(req, document, version, ct));
        }
        else
        {
            body = renderer.Render(document);
        }

        var response = new ApiResponse(document.HttpStatus(), mediaType, body) { ETag = etag };
        if (document.ContentCrs() is { } crs)
        {
            response.Headers["Content-Crs"] = $"<{crs}>";
        }

        if (document.FileName() is { } file && renderer is not HtmlRenderer)
        {
            response.Headers["Content-Disposition"] = StreamedResponse.Attachment(file);
        }

        // Which renderer answers depends on Accept (a browser gets the page), and a page's words on Accept-Language.
        response.Headers["Vary"] = "Accept, Accept-Language, Accept-Encoding";
        if (renderer is HtmlRenderer pages && (document is EmbedDocument || pages.Options.TilesOrigin is not null))
        {
            response.Headers["Content-Security-Policy"] = SecurityHeaders.WithImagesFrom(
                document is EmbedDocument ? SecurityHeaders.EmbedPolicy : SecurityHeaders.HtmlPolicy, pages.Options.TilesOrigin);
        }

        if (document is HealthDocument)
        {
            response.CacheControl = ApiResponse.CacheNever;
        }

        if (response.Status == 503)
        {
            response.Headers["Retry-After"] = "5";
        }

        return response;
    }
}
