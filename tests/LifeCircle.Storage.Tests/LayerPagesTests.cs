using Azure.Data.Tables;
using LifeCircle.Core.Data;
using LifeCircle.Core.Features;
using LifeCircle.Core.Publishing;
using LifeCircle.Tests.Shared;

namespace LifeCircle.Storage.Tests;

public class LayerPagesTests
{
    private static FeatureRecord Feature(int i, string name) =>
        new($"f{i:00000}", GeoJson.Point(106.8 + i * 1e-5, 39.4), [new("name", name), new("n", (double)i)]);

    private static async Task<List<FeatureRecord>> ReadAll(TableDistrictDataStore store, DatasetVersionRef version, string layer)
    {
        var list = new List<FeatureRecord>();
        await foreach (var f in store.ReadLayerAsync(version, layer))
        {
            list.Add(f);
        }

        return list;
    }

    [Fact]
    public void FeaturesArePackedIntoPagesThatStayUnderTheLimitsOfOneEntity()
    {
        var features = Enumerable.Range(0, 2_500).Select(i => FeatureRecords.ToJson(Feature(i, new string('长', i % 7 == 0 ? 900 : 3)))).ToList();

        var pages = LayerPages.Pack("pk", "access", features).ToList();

        Assert.True(pages.Count >= 3, $"{pages.Count} pages");
        Assert.All(pages, p => Assert.True(ChunkedJson.Length(p) <= LayerPages.PageChars + 2));
        Assert.Equal(Enumerable.Range(0, pages.Count).Select(i => $"access:~{i:D6}"), pages.Select(p => p.RowKey));
        Assert.Equal(features.Select(j => FeatureRecords.Parse(j).Id), pages.SelectMany(LayerPages.Unpack).Select(f => f.Id));
    }

    [Fact]
    public async Task ADerivedLayerOfThousandsOfFeaturesReadsBackWholeAndInOrderFromAFewRows()
    {
        await using var owned = TestStorage.NewStore();
        var features = Enumerable.Range(0, 2_345).Select(i => Feature(i, $"第 {i} 号")).ToList();
        var derived = new DerivedData("test", new Dictionary<string, IReadOnlyList<FeatureRecord>> { ["access"] = features }, new Dictionary<string, string>());

        var result = await owned.Store.PublishAsync(TestDatasets.Build(facilities: 3), new PublishOptions { Derived = derived });
        var read = await ReadAll(owned.Store, result.Version, "access");

        Assert.Equal(features.Select(FeatureRecords.ToJson), read.Select(FeatureRecords.ToJson));
        Assert.True(result.EntitiesWritten < 30, $"{result.EntitiesWritten} entities for {features.Count} derived features");
    }

    [Fact]
    public async Task RowsOfOneFeatureEachWrittenBeforePagesExistedAreStillRead()
    {
        await using var owned = TestStorage.NewStore();
        var version = (await owned.Store.PublishAsync(TestDatasets.Build(facilities: 3))).Version;
        var old = new TableEntity(TableDistrictDataStore.PartitionKey(version), "access:b1:kindergarten");
        ChunkedJson.Put(old, FeatureRecords.ToJson(Feature(7, "旧")));
        await TestStorage.Service.GetTableClient(owned.Store.Tables.Documents).AddEntityAsync(old);

        var read = Assert.Single(await ReadAll(owned.Store, version, "access"));

        Assert.Equal("f00007", read.Id);
        Assert.Equal("旧", read["name"]);
    }

    [Fact]
    public async Task PagesStoredAsTextBeforePagesWereCompressedAreStillRead()
    {
        await using var owned = TestStorage.NewStore();
        var version = (await owned.Store.PublishAsync(TestDatasets.Build(facilities: 3))).Version;
        var features = Enumerable.Range(0, 40).Select(i => Feature(i, $"旧页 {i}")).ToList();
        var old = new TableEntity(TableDistrictDataStore.PartitionKey(version), "access:~000000") { ["Features"] = features.Count };
        ChunkedJson.Put(old, "[" + string.Join(',', features.Select(FeatureRecords.ToJson)) + "]");
        await TestStorage.Service.GetTableClient(owned.Store.Tables.Documents).AddEntityAsync(old);

        var read = await ReadAll(owned.Store, version, "access");

        Assert.Equal(features.Select(FeatureRecords.ToJson), read.Select(FeatureRecords.ToJson));
    }

    [Fact]
    public void PagesAreStoredCompressed()
    {
        var features = Enumerable.Range(0, 1_500).Select(i => FeatureRecords.ToJson(Feature(i, $"第 {i} 号"))).ToList();

        var pages = LayerPages.Pack("pk", "access", features).ToList();

        Assert.All(pages, p => Assert.DoesNotContain("Json0", p.Keys));
        Assert.True(pages.Sum(ChunkedJson.Length) * 3 < features.Sum(j => j.Length), "compressed pages are at least three times smaller than their text");
    }

    [Fact]
    public void FeaturesOfOnePageShareTheirPropertyNamesAndEqualValuesButKeepTheirOwn()
    {
        var features = Enumerable.Range(0, 3).Select(i => new FeatureRecord($"f{i}", GeoJson.Point(106.8, 39.4),
            [new("status", "existing"), new("name", i == 2 ? "其他" : "同名"), new("n", (double)i)])).ToList();

        var read = LayerPages.Pack("pk", "access", features.Select(FeatureRecords.ToJson)).SelectMany(LayerPages.Unpack).ToList();

        Assert.Equal(features.Select(FeatureRecords.ToJson), read.Select(FeatureRecords.ToJson));
        Assert.Same(read[0].Properties[0].Key, read[2].Properties[0].Key);
        Assert.Same(read[0]["status"], read[2]["status"]);
        Assert.Same(read[0]["name"], read[1]["name"]);
        Assert.Equal("其他", read[2]["name"]);
    }
}
