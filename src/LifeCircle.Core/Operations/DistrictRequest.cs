using LifeCircle.Core.Publishing;
using LifeCircle.Core.Requests;
using LifeCircle.Core.Versions;

namespace LifeCircle.Core.Operations;

/// <summary>A request for one of a district's resources, with the dataset version it reads resolved once.</summary>
public sealed record DistrictRequest(ResourceRequest Request, PublishedVersion Version)
{
    /// <summary>The format parameter every resource accepts (checked where the response is rendered).</summary>
    public const string Format = "f";

    /// <summary>URLs of this district's resources, naming the district as the request did.</summary>
    public DistrictUrls Urls { get; } = new(Request, Version.Segment);

    public QueryParameters Query => Request.Query;

    /// <summary>The parameters every resource accepts that change only how it is written: f, and lang for the HTML pages.</summary>
    public static IReadOnlyList<string> Presentation { get; } = [Format, Languages.Parameter];

    /// <summary>Refuses any parameter but f and lang: for resources that take no other.</summary>
    public void TakesNoParameters() => _ = new QueryReader(Query, Presentation);

    /// <summary>Every published district, for the resources above them (the list, the DCAT catalogue), which take no parameters but f and lang.</summary>
    public static Task<DistrictListing> ListDistrictsAsync(ResourceRequest r, VersionResolver versions, CancellationToken ct)
    {
        _ = new QueryReader(r.Query, Presentation);
        return versions.ListAsync(ct);
    }

    /// <summary>Catalogues read at once when listing district rows that keep no summary of their version (written before rows kept one).</summary>
    public const int CatalogueReadsAtOnce = 4;

    /// <summary>The same, each with what its package says about itself: kept in the district row, or for an earlier row read from its version's catalogue.</summary>
    public static async Task<(IReadOnlyList<DescribedDistrict> Districts, bool StorageUnreachable)> ListDescribedAsync(ResourceRequest r, VersionResolver versions, CancellationToken ct)
    {
        var (districts, unreachable) = await ListDistrictsAsync(r, versions, ct);
        var described = districts.Select(d => d.Summary is { } summary ? new DescribedDistrict(d, summary) : null).ToArray();
        // A few catalogue reads at a time: a list of hundreds of earlier rows must not send hundreds of reads to storage at once.
        var earlier = Enumerable.Range(0, districts.Count).Where(i => described[i] is null);
        await Parallel.ForEachAsync(earlier, new ParallelOptions { MaxDegreeOfParallelism = CatalogueReadsAtOnce, CancellationToken = ct }, async (i, token) =>
            described[i] = await DescribedDistrict.OfAsync(versions.CurrentOf(districts[i]), token));
        return (described!, unreachable);
    }
}
