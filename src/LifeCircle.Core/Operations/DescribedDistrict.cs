using LifeCircle.Core.Model;
using LifeCircle.Core.Publishing;
using LifeCircle.Core.Versions;

namespace LifeCircle.Core.Operations;

/// <summary>A published district with what its package says about itself (from the district row, or the version's catalogue).</summary>
public sealed record DescribedDistrict(PublishedDistrict District, DistrictSummary Summary)
{
    /// <summary>The version's district described by the summary its row keeps, or for a row written before rows kept one, by its catalogue.</summary>
    public static async Task<DescribedDistrict> OfAsync(PublishedVersion version, CancellationToken ct) =>
        new(version.District, version.District.Summary ?? DistrictSummary.Of((await version.CatalogueAsync(ct)).Metadata));

    /// <summary>The package's description; a generated one when it has none, and a language left blank takes the other's.</summary>
    public LocalizedText Description
    {
        get
        {
            var (zh, en) = (Summary.Description?.Zh, Summary.Description?.En);
            if (string.IsNullOrWhiteSpace(zh) && string.IsNullOrWhiteSpace(en))
            {
                return new($"{District.Title.Zh}。{District.Name.Zh}一刻钟社区生活圈的开放数据，以 OGC API – Features 提供。",
                    $"{District.Title.En}. Open data of {District.Name.En}'s 15-minute community life circle, as OGC API – Features.");
            }

            return new(string.IsNullOrWhiteSpace(zh) ? en! : zh, string.IsNullOrWhiteSpace(en) ? zh! : en);
        }
    }

    /// <summary>Who publishes the dataset, as the package names them.</summary>
    public string Publisher => Summary.Publisher ?? "";

    /// <summary>The publisher's version label (the content-derived id is the district's CurrentVersion).</summary>
    public string VersionLabel => Summary.VersionLabel ?? "";

    /// <summary>The sources the package cites (none when it cites none).</summary>
    public IReadOnlyList<DataSource> Sources => Summary.Sources ?? [];

    /// <summary>Whether the dataset has illustrative values (the one rule, <see cref="IllustrativeNotice.AppliesTo"/>).</summary>
    public bool Illustrative => IllustrativeNotice.AppliesTo(Summary.Provenance);
}
