using LifeCircle.Core.Data.Layers;
using LifeCircle.Core.Features;
using LifeCircle.Core.Model;
using LifeCircle.Core.Publishing;
using LifeCircle.Tests.Shared;

namespace LifeCircle.Storage.Tests;

public class TableDistrictDataStoreReadTests
{
    private static async Task<List<FeatureRecord>> ReadAll(TableDistrictDataStore store, DatasetVersionRef version, string layer)
    {
        var list = new List<FeatureRecord>();
        await foreach (var f in store.ReadLayerAsync(version, layer))
        {
            list.Add(f);
        }

        return list;
    }

    private static IEnumerable<string> Flat(FeatureRecord f) =>
        f.Properties.Select(p => $"{p.Key}={(p.Value is string[] a ? string.Join('|', a) : p.Value)}").Prepend(f.Id).Append(f.Geometry?.AsText() ?? "null");

    [Fact]
    public async Task FacilitiesReadBackWithEveryPublishedValue()
    {
        await using var owned = TestStorage.NewStore();
        var dataset = TestDatasets.Build(facilities: 230);
        var special = TestDatasets.FullyKnown(dataset.Facilities[3]);
        dataset = dataset with { Facilities = [.. dataset.Facilities.Take(3), special, .. dataset.Facilities.Skip(4)] };
        var version = (await owned.Store.PublishAsync(dataset)).Version;

        await AssertFacilitiesReadBackAsync(owned.Store, version, dataset);
    }

    /// <summary>The API reads facilities from their pages; a version published before pages existed has only its typed rows, and is read from those.</summary>
    [Theory]
    [InlineData("typed rows gone: read from the pages")]
    [InlineData("pages gone: read from the typed rows")]
    public async Task FacilitiesReadBackFromEitherTheirPagesOrTheirTypedRows(string removed)
    {
        await using var owned = TestStorage.NewStore();
        var dataset = TestDatasets.Build(facilities: 120);
        var version = (await owned.Store.PublishAsync(dataset)).Version;
        var pk = $"{version.DistrictCode}~{version.Version}";
        await (removed.StartsWith("typed", StringComparison.Ordinal)
            ? DeleteRowsAsync(owned.Store.Tables.Facilities, $"PartitionKey eq '{pk}'")
            : DeleteRowsAsync(owned.Store.Tables.Documents, $"PartitionKey eq '{pk}' and RowKey gt 'facilities:' and RowKey lt 'facilities;'"));

        await AssertFacilitiesReadBackAsync(owned.Store, version, dataset);
    }

    /// <summary>The facilities read from the version are the dataset's, as their codec publishes them, value for value.</summary>
    private static async Task AssertFacilitiesReadBackAsync(TableDistrictDataStore store, DatasetVersionRef version, Dataset dataset)
    {
        var read = await ReadAll(store, version, Collections.FacilityLayer);

        var expected = dataset.Facilities.Select(f => FeatureRecords.From(f, LayerCodecs.Facilities)).OrderBy(f => f.Id, StringComparer.Ordinal);
        Assert.Equal(expected.Select(Flat), read.OrderBy(f => f.Id, StringComparer.Ordinal).Select(Flat));
    }

    private static async Task DeleteRowsAsync(string table, string filter)
    {
        var client = TestStorage.Service.GetTableClient(table);
        int deleted = 0;
        await foreach (var e in client.QueryAsync<Azure.Data.Tables.TableEntity>(filter, select: ["PartitionKey", "RowKey"]))
        {
            await client.DeleteEntityAsync(e.PartitionKey, e.RowKey);
            deleted++;
        }

        Assert.True(deleted > 0, $"rows matching {filter} were there to delete");
    }

    [Fact]
    public async Task DocumentLayersReadBackOnlyTheirOwnRecords()
    {
        await using var owned = TestStorage.NewStore();
        var version = (await owned.Store.PublishAsync(TestDatasets.Build(facilities: 5))).Version;

        var areas = await ReadAll(owned.Store, version, Collections.Areas.Layer);
        var blocks = await ReadAll(owned.Store, version, Collections.Blocks.Layer);

        Assert.Equal(TestDatasets.Communities, areas.Select(a => a.Id));
        Assert.Equal("community", areas[0]["kind"]);
        Assert.Empty(blocks);
    }

    [Fact]
    public async Task TwoDistrictsSideBySideDoNotSeeEachOthersFeatures()
    {
        await using var owned = TestStorage.NewStore();
        var a = await owned.Store.PublishAsync(TestDatasets.Build("999001", facilities: 12));
        var b = await owned.Store.PublishAsync(TestDatasets.Build("999002", facilities: 5));

        Assert.Equal(["999001", "999002"], (await owned.Store.ListDistrictsAsync()).Select(d => d.Code).Order());
        Assert.Equal(12, (await ReadAll(owned.Store, a.Version, Collections.FacilityLayer)).Count);
        Assert.Equal(5, (await ReadAll(owned.Store, b.Version, Collections.FacilityLayer)).Count);
    }

    [Fact]
    public async Task DerivedLayersAndDocumentsArePublishedInTheSameVersion()
    {
        await using var owned = TestStorage.NewStore();
        var dataset = TestDatasets.Build(facilities: 4);
        var feature = new FeatureRecord("b1:park", null, [new("minutes_existing", 4.5), new("basic", true)]);
        var derived = new DerivedData("engine-a", new Dictionary<string, IReadOnlyList<FeatureRecord>> { ["access"] = [feature] },
            new Dictionary<string, string> { ["coverage:north"] = "{\"x\":1}" });

        var plain = await owned.Store.PublishAsync(dataset);
        var withDerived = await owned.Store.PublishAsync(dataset, new PublishOptions { Derived = derived });
        var otherEngine = await owned.Store.PublishAsync(dataset, new PublishOptions { Derived = derived with { EngineVersion = "engine-b" } });

        Assert.Equal(DatasetVersionIds.Compute(dataset, "engine-a"), withDerived.Version.Version);
        Assert.Equal(3, new[] { plain.Version, withDerived.Version, otherEngine.Version }.Distinct().Count());
        var access = Assert.Single(await ReadAll(owned.Store, withDerived.Version, "access"));
        Assert.Equal((4.5, true), ((double)access["minutes_existing"]!, (bool)access["basic"]!));
        Assert.Equal("{\"x\":1}", await owned.Store.GetDocumentAsync(withDerived.Version, "coverage:north"));
        Assert.Null(await owned.Store.GetDocumentAsync(plain.Version, "coverage:north"));
        Assert.Null(await owned.Store.GetDocumentAsync(withDerived.Version, "no/such"));
    }

    [Fact]
    public async Task ReadsBeforeAnythingIsPublishedFindNothingRatherThanFailing()
    {
        await using var owned = TestStorage.NewStore();
        var version = new DatasetVersionRef("999001", "abc");
        Assert.Empty(await owned.Store.ListDistrictsAsync());
        Assert.Null(await owned.Store.GetDistrictAsync("999001"));
        Assert.Null(await owned.Store.GetCatalogueAsync(version));
        Assert.Empty(await ReadAll(owned.Store, version, Collections.FacilityLayer));
        Assert.Empty(await ReadAll(owned.Store, version, Collections.Circles.Layer));
    }
}
