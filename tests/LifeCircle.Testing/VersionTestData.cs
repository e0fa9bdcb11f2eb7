using LifeCircle.Core.Features;
using LifeCircle.Core.Model;
using LifeCircle.Core.Publishing;
using NetTopologySuite.Geometries;

namespace LifeCircle.Tests.Shared;

/// <summary>Versions of made-up districts put into an in-memory store: n facilities each, on a grid.</summary>
public static class VersionTestData
{
    private static readonly GeometryFactory Factory = new(new PrecisionModel(), 4326);

    public static PublishedDistrict District(string code, string version, int facilities = 10) =>
        new(code, new("区" + code, "District " + code), 1000, version, new("标题", "Title"), new("CC-BY-4.0", "CC BY 4.0", "https://creativecommons.org/licenses/by/4.0/"),
            DateTimeOffset.UnixEpoch, facilities);

    public static PublishedDistrict Put(InMemoryDistrictDataStore store, string code, string version, int facilities, bool makeCurrent = true)
    {
        var district = District(code, version, facilities);
        var dataset = TestDatasets.Build(code);
        var catalogue = new DatasetCatalogue(dataset.Metadata, dataset.Themes, dataset.Categories, [.. dataset.Areas.Select(a => a.Code)]);
        var features = Enumerable.Range(0, facilities).Select(i => new FeatureRecord(
            $"f{i:D5}",
            Factory.CreatePoint(new Coordinate(106.8 + (i % 100) * 0.001, 39.4 + (i / 100) * 0.001)),
            [new("name_zh", $"设施{i}"), new("name_en", $"Facility {i}"), new("category", TestDatasets.Categories[i % 3]), new("themes", new[] { "education" }), new("year", 2020.0 + (i % 5))]))
            .ToList();
        store.Put(district, catalogue, new Dictionary<string, IReadOnlyList<FeatureRecord>> { [Collections.Facilities.Layer] = features }, makeCurrent: makeCurrent);
        return district;
    }
}
