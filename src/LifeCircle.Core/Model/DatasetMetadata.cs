namespace LifeCircle.Core.Model;

/// <summary>What a published dataset is, who publishes it, under which licence, and where its values come from.</summary>
/// <param name="DistrictCode">The district the dataset describes.</param>
/// <param name="Version">The publisher's version label, e.g. "2024.1".</param>
/// <param name="Crs">CRS of every coordinate in the dataset (always CRS84 once published).</param>
/// <param name="SourceCrs">CRS the source coordinates were in before conversion.</param>
/// <param name="Provenance">Per layer (null only until a package's import fills it, when dataset.json leaves it out): "sourced", "illustrative" or a mix, with a note.</param>
/// <param name="Sources">Citations of every sourced value.</param>
/// <param name="Categories">What the district declares about categories: its own, its names for standard ones, the basic ones its headline covers.</param>
/// <param name="Defaults">Per layer, text values for properties its records leave out, e.g. {"streets": {"kind": "footway"}}.</param>
/// <param name="Derived">What the import derived or defaulted because the package left it out (set by the import, not by the district).</param>
public sealed record DatasetMetadata(
    string DistrictCode,
    LocalizedText Title,
    LocalizedText Description,
    string Publisher,
    DatasetLicence Licence,
    string Version,
    string Crs = DatasetMetadata.Crs84,
    string SourceCrs = "WGS84",
    IReadOnlyDictionary<string, LayerProvenance> Provenance = null!,
    IReadOnlyList<DataSource> Sources = null!,
    CategoryDeclarations? Categories = null,
    IReadOnlyList<Derivation>? Derived = null,
    IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>>? Defaults = null)
{
    /// <summary>The CRS every published coordinate is in (the URI GeoJson.Crs84Uri names; Model cannot see Data).</summary>
    public const string Crs84 = "http://www.opengis.net/def/crs/OGC/1.3/CRS84";
}

/// <summary>A licence by SPDX-style id and URL.</summary>
public sealed record DatasetLicence(string Id, string Title, string Url);

/// <summary>How one layer of a dataset was made.</summary>
/// <param name="Origin">"sourced", "illustrative" or "mixed".</param>
public sealed record LayerProvenance(string Origin, string Note);

/// <summary>A cited source.</summary>
public sealed record DataSource(string Id, string Title, string? Url, string? Licence);
