using LifeCircle.Api.Http;
using LifeCircle.Core.Data;
using LifeCircle.Core.Publishing;
using LifeCircle.Core.Queries;
using Microsoft.AspNetCore.Http;

namespace LifeCircle.Api.Facilities;

/// <summary>The validated query of GET …/collections/facilities/items.</summary>
public sealed record FacilityItemsRequest(DatasetVersionRef Version, FacilityQueryOptions Options)
{
    public const string Limit = "limit";
    public const string Bbox = "bbox";
    public const string Category = "category";
    public const string Theme = "theme";
    public const string Community = "community";
    public const string Status = "status";
    public const string Cursor = "cursor";

    /// <summary>Every query parameter the items resource accepts.</summary>
    public static IReadOnlyList<string> Parameters { get; } = [Limit, Bbox, Category, Theme, Community, Status, Cursor];

    /// <summary>Reads and checks every parameter against the district's current (or the cursor's) dataset version.</summary>
    public static async Task<FacilityItemsRequest> ParseAsync(HttpRequest request, IDistrictDataStore store, PublishedDistrict district, CancellationToken ct)
    {
        var query = new QueryReader(request.Query, Parameters);
        int limit = query.Int(Limit, FacilityQueryOptions.DefaultPageSize, 1, FacilityQueryOptions.MaxPageSize);

        var cursorText = query.Optional(Cursor);
        var cursor = cursorText is null ? null : PageCursor.Decode(cursorText, Cursor);
        var version = cursor is null ? district.Current : new DatasetVersionRef(district.Code, cursor.Version);
        var catalogue = await Districts.CatalogueAsync(store, version, cursor is null ? null : Cursor, ct);

        GeoBoundingBox? bbox = null;
        if (query.Optional(Bbox) is { } bboxText)
        {
            bbox = GeoBoundingBox.TryParse(bboxText, out var error)
                ?? throw ApiProblemException.BadParameter(Bbox, $"{error}; give minLon,minLat,maxLon,maxLat in CRS84 degrees, e.g. 106.85,39.42,106.90,39.46");
        }

        var status = query.OneOf(Status, Vocabulary.StatusNames.ToArray());
        var filter = new FacilityFilter(
            bbox,
            query.OneOf(Category, catalogue.Categories.Select(c => c.Code).ToArray()),
            query.OneOf(Theme, catalogue.Themes.Select(t => t.Id).ToArray()),
            query.OneOf(Community, catalogue.AreaCodes.ToArray()),
            status is null ? null : Vocabulary.ParseStatus(status));

        return new FacilityItemsRequest(version, new FacilityQueryOptions
        {
            Filter = filter,
            PageSize = limit,
            ContinuationToken = cursor?.After,
        });
    }
}
