using LifeCircle.Core.Features;
using LifeCircle.Core.Model;
using LifeCircle.Core.Queries;
using LifeCircle.Core.Requests;

namespace LifeCircle.Core.Documents;

/// <summary>A district's collections.</summary>
public sealed record CollectionsDocument(IReadOnlyList<Link> Links, IReadOnlyList<string> Crs, IReadOnlyList<CollectionDocument> Collections) : Document;

/// <summary>One collection: titles, geometry type, extents, CRSs and links.</summary>
public sealed record CollectionDocument(
    string Id,
    string Title,
    string Description,
    LocalizedText Titles,
    LocalizedText Descriptions,
    string ItemType,
    string GeometryType,
    int NumberOfFeatures,
    CollectionExtent Extent,
    IReadOnlyList<string> Crs,
    string StorageCrs,
    IReadOnlyList<Link> Links) : Document;

/// <summary>The spatial and temporal extent of a collection.</summary>
public sealed record CollectionExtent(SpatialExtent Spatial, TemporalExtent Temporal);

/// <summary>Bounding boxes in a CRS.</summary>
public sealed record SpatialExtent(IReadOnlyList<double[]> Bbox, string Crs);

/// <summary>Intervals (null ends are open) in a temporal reference system.</summary>
public sealed record TemporalExtent(IReadOnlyList<string?[]> Interval, string Trs);

/// <summary>A collection's queryable properties as a JSON Schema.</summary>
public sealed record QueryablesDocument(IReadOnlyDictionary<string, object> Schema) : Document
{
    public override string JsonMediaType() => MediaTypes.SchemaJson;

    public override object JsonContent() => Schema;
}

/// <summary>One page of a collection's features, with paging members and links.</summary>
/// <param name="CollectionId">The collection the features come from (renderers may reuse what they encoded of it).</param>
public sealed record ItemsDocument(string CollectionId, FeaturePage Page, OutputOptions Output, string DatasetVersion, IReadOnlyList<Link> Links, DateTimeOffset TimeStamp) : Document
{
    public override string JsonMediaType() => MediaTypes.GeoJson;

    public override string? ContentCrs() => Output.Crs.Uri;
}

/// <summary>One feature with its links.</summary>
public sealed record FeatureDocument(string CollectionId, FeatureRecord Feature, OutputOptions Output, IReadOnlyList<Link> Links) : Document
{
    public override string JsonMediaType() => MediaTypes.GeoJson;

    public override string? ContentCrs() => Output.Crs.Uri;
}
