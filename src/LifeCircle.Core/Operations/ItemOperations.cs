using LifeCircle.Core.Documents;
using LifeCircle.Core.Problems;
using LifeCircle.Core.Requests;

namespace LifeCircle.Core.Operations;

/// <summary>The features of every collection: filtered, sorted, paged, in any supported CRS.</summary>
public static class ItemOperations
{
    public static async Task<Document> ItemsAsync(DistrictRequest r, string collectionId, CancellationToken ct)
    {
        var collection = CollectionOperations.Find(collectionId);
        var request = ItemsRequest.Parse(r.Query, collection, await r.Version.CatalogueAsync(ct));
        var page = (await r.Version.SnapshotAsync(collection, ct)).Query(request.Query, ct);
        var links = new List<Link>
        {
            new(r.Request.Self, "self", MediaTypes.GeoJson, "This page"),
            new(r.Urls.Collection(collection.Id), "collection", MediaTypes.Json, collection.Title.En),
            new(r.Version.District.Licence.Url, "license", "text/html", r.Version.District.Licence.Title),
        };
        int offset = request.Query.Offset, limit = request.Query.Limit;
        if (offset + page.Features.Count < page.NumberMatched)
        {
            links.Add(new(r.Request.WithParameter(ItemsRequest.Cursor, new PageCursor(r.Version.Id, offset + limit, request.Selection).Encode()), "next", MediaTypes.GeoJson, "Next page"));
        }

        if (offset > 0)
        {
            links.Add(new(r.Request.WithParameter(ItemsRequest.Cursor, new PageCursor(r.Version.Id, Math.Max(0, offset - limit), request.Selection).Encode()), "prev", MediaTypes.GeoJson, "Previous page"));
        }

        return new ItemsDocument(collection.Id, page, request.Output, r.Version.Id, links, DateTimeOffset.UtcNow);
    }

    public static async Task<Document> ItemAsync(DistrictRequest r, string collectionId, string featureId, CancellationToken ct)
    {
        var output = ItemsRequest.ParseItemOutput(r.Query);
        var collection = CollectionOperations.Find(collectionId);
        var feature = (await r.Version.SnapshotAsync(collection, ct)).Get(featureId)
            ?? throw ProblemException.NotFound($"Collection '{collectionId}' of district {r.Version.District.Code} has no feature with id '{featureId}'.");
        return new FeatureDocument(collection.Id, feature, output,
        [
            new(r.Urls.Item(collection.Id, feature.Id), "self", MediaTypes.GeoJson, "This feature"),
            new(r.Urls.Collection(collection.Id), "collection", MediaTypes.Json, collection.Title.En),
        ]);
    }
}
