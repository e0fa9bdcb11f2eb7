using System.Text.Json;
using Azure.Data.Tables;
using LifeCircle.Core.Data;
using LifeCircle.Core.Model;
using LifeCircle.Core.Publishing;

namespace LifeCircle.Storage;

/// <summary>Maps the districts table's rows: one per district, naming its current dataset version and keeping what the district list shows of it.</summary>
internal static class DistrictEntities
{
    public static TableEntity ToEntity(Dataset d, string version, DateTimeOffset publishedAt)
    {
        var entity = Row(d, version, publishedAt);
        // Json0…: the summary as JSON, chunked like every long JSON text (a package may cite many sources).
        ChunkedJson.Put(entity, JsonSerializer.Serialize(DistrictSummary.Of(d.Metadata), JsonText.Compact));
        return entity;
    }

    private static TableEntity Row(Dataset d, string version, DateTimeOffset publishedAt) => new(TableDistrictDataStore.DistrictPartition, d.District.Code)
    {
        ["NameZh"] = d.District.Name.Zh,
        ["NameEn"] = d.District.Name.En,
        ["Population"] = d.District.Population,
        ["CurrentVersion"] = version,
        ["TitleZh"] = d.Metadata.Title.Zh,
        ["TitleEn"] = d.Metadata.Title.En,
        ["LicenceId"] = d.Metadata.Licence.Id,
        ["LicenceTitle"] = d.Metadata.Licence.Title,
        ["LicenceUrl"] = d.Metadata.Licence.Url,
        ["PublishedAt"] = publishedAt,
        ["FacilityCount"] = d.Facilities.Count,
    };

    public static PublishedDistrict FromEntity(TableEntity e) => new(
        e.RowKey,
        new LocalizedText(e.GetString("NameZh"), e.GetString("NameEn")),
        e.GetInt32("Population") ?? 0,
        e.GetString("CurrentVersion"),
        new LocalizedText(e.GetString("TitleZh"), e.GetString("TitleEn")),
        new DatasetLicence(e.GetString("LicenceId"), e.GetString("LicenceTitle"), e.GetString("LicenceUrl")),
        e.GetDateTimeOffset("PublishedAt") ?? DateTimeOffset.MinValue,
        e.GetInt32("FacilityCount") ?? 0)
    {
        // Rows written before publishing kept the summary have none: the list reads their catalogue instead.
        Summary = ChunkedJson.Length(e) > 0 ? JsonSerializer.Deserialize<DistrictSummary>(ChunkedJson.Get(e), JsonText.Compact) : null,
    };
}
