using System.Collections.Concurrent;
using LifeCircle.Core.Versions;
using Microsoft.AspNetCore.Http;

namespace LifeCircle.Api.Http;

/// <summary>Whole answers of immutable dataset versions, kept by the request that produced them, so a repeated request is written from memory with each content coding encoded once.</summary>
/// <remarks>
/// A version never changes, so the same request (origin, path, query, Accept, Accept-Language) on the same version has the
/// same answer, give or take an items page's timeStamp, which is then the time it was first written (its ETag is weak for that reason).
/// The answers have their own byte budget, apart from the version cache, so that any number of distinct requests can never push
/// the versions' snapshots out; least recently used answers go first.
/// </remarks>
public sealed class AnswerCache(AnswerCacheOptions options)
{
    private readonly VersionCache _answers = new(new VersionCacheOptions { BudgetBytes = options.BudgetBytes });

    /// <summary>Answers held now and their estimated bytes.</summary>
    public (int Count, long Bytes) Size => (_answers.Count, _answers.EstimatedBytes);

    /// <summary>The answer kept for this request on this version, if any.</summary>
    public bool TryGet(HttpRequest request, PublishedVersion version, out ApiResponse answer)
    {
        answer = null!;
        return HttpRequests.IsRead(request) && _answers.TryGet(Key(request, version), out answer);
    }

    /// <summary>Keeps a successful answer for the next identical request, unless it is too large to be worth a place.</summary>
    /// <returns>The answer to send now (the kept one, so its codings are encoded once).</returns>
    public ApiResponse Keep(HttpRequest request, PublishedVersion version, ApiResponse answer)
    {
        // Only GETs and HEADs (whose answer is the GET's): a POST's answer depends on its body, which is not part of the key.
        // With If-None-Match the body may have been left unwritten for a 304, so such an answer is never kept.
        if (!HttpRequests.IsRead(request) || answer.Status != 200 || answer.NotModified || answer.Body.Length > options.MaxAnswerBytes || version.StorageUnreachable
            || request.Headers.IfNoneMatch.Count > 0)
        {
            return answer;
        }

        var kept = new ApiResponse(answer.Status, answer.ContentType, answer.Body)
        {
            ETag = answer.ETag ?? Validators.OfBody(answer.Body.Span),
            CacheControl = answer.CacheControl,
            Encodings = new ConcurrentDictionary<string, byte[]>(StringComparer.Ordinal),
        };
        foreach (var (name, value) in answer.Headers)
        {
            kept.Headers[name] = value;
        }

        var key = Key(request, version);
        // The body, up to two codings of it (a fraction of its size), and the key.
        _answers.Set(key, kept, (answer.Body.Length * 3L / 2) + (key.Part.Length * 2L) + 512);
        return kept;
    }

    private static VersionCacheKey Key(HttpRequest r, PublishedVersion version) =>
        new(version.District.Code, version.Id, string.Join('\n',
            r.Scheme, r.Host.Value, r.PathBase.Value, r.Path.Value, r.QueryString.Value, r.Headers.Accept.ToString(), r.Headers.AcceptLanguage.ToString()));
}

/// <summary>The budget of the <see cref="AnswerCache"/> (configuration section <c>LifeCircle:Cache</c>: AnswerMegabytes, MaxAnswerKilobytes).</summary>
public sealed record AnswerCacheOptions
{
    /// <summary>Bytes all kept answers may hold together; 0 keeps none.</summary>
    public long BudgetBytes { get; init; } = 32L * 1024 * 1024;

    /// <summary>Larger answers are written afresh each time: a few of them would fill the budget.</summary>
    public int MaxAnswerBytes { get; init; } = 1024 * 1024;
}
