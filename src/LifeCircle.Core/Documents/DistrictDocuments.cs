using LifeCircle.Core.Model;

namespace LifeCircle.Core.Documents;

/// <summary>The districts that publish data, each described as on its landing page.</summary>
public sealed record DistrictListDocument(IReadOnlyList<LandingDocument> Districts, IReadOnlyList<Link> Links) : Document
{
    /// <summary>Listed from the districts last read while storage was unreachable.</summary>
    internal bool StorageUnreachable { get; init; }

    public override bool ServedFromMemory() => StorageUnreachable;
}

/// <summary>A district's OGC API – Features landing page: who it is, its current version, what its package says about itself, and links to everything else.</summary>
/// <param name="Description">The English description (OGC's member), as in <paramref name="Descriptions"/>.</param>
/// <param name="Descriptions">The package's description in both languages, or a generated one when the package has none.</param>
/// <param name="VersionLabel">The publisher's version label from dataset.json (e.g. "2025.2"); CurrentVersion is the content-derived id.</param>
/// <param name="Illustrative">True when any layer is not wholly sourced: the pages then carry <see cref="IllustrativeNotice"/>.</param>
public sealed record LandingDocument(
    string Title,
    LocalizedText Titles,
    string Description,
    LocalizedText Descriptions,
    string Code,
    LocalizedText Name,
    int Population,
    string CurrentVersion,
    DateTimeOffset PublishedAt,
    int FacilityCount,
    DatasetLicence Licence,
    string Publisher,
    string VersionLabel,
    IReadOnlyList<DataSource> Sources,
    bool Illustrative,
    IReadOnlyList<Link> Links) : Document;

/// <summary>The conformance classes the API implements.</summary>
public sealed record ConformanceDocument(IReadOnlyList<string> ConformsTo) : Document;

/// <summary>Whether the API reaches its storage, how many districts it serves, and how much it holds in memory.</summary>
/// <param name="Status">"healthy", or "unhealthy" when storage cannot be reached (answered 503).</param>
/// <param name="Districts">Districts published; null when storage cannot be reached.</param>
/// <param name="CachedEntries">Entries the version cache holds (what is still served while storage is down).</param>
public sealed record HealthDocument(string Status, int? Districts, string Storage, int CachedEntries) : Document
{
    public override int HttpStatus() => Status == "healthy" ? 200 : 503;
}

/// <summary>An RFC 9457 problem: why a request was refused; "parameter" names the offending parameter.</summary>
public sealed record ProblemDocument(string Type, string Title, int Status, string Detail, string Instance, string? Parameter) : Document
{
    public override string JsonMediaType() => MediaTypes.ProblemJson;
}

/// <summary>The DCAT-AP catalogue (JSON-LD) of every published dataset.</summary>
/// <param name="IllustrativeDistricts">Names of the listed districts whose datasets have illustrative values, for the page's notice (not part of the JSON-LD).</param>
public sealed record CatalogDocument(IReadOnlyDictionary<string, object?> JsonLd, IReadOnlyList<LocalizedText>? IllustrativeDistricts = null) : Document
{
    public override string JsonMediaType() => MediaTypes.JsonLd;

    public override object JsonContent() => JsonLd;

    /// <summary>Built from the districts last read while storage was unreachable.</summary>
    internal bool StorageUnreachable { get; init; }

    public override bool ServedFromMemory() => StorageUnreachable;
}
