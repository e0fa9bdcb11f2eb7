using Azure.Data.Tables;
using LifeCircle.Core.Documents;
using LifeCircle.Core.Features;
using LifeCircle.Core.Model;
using LifeCircle.Core.Operations;
using LifeCircle.Core.Publishing;
using LifeCircle.Core.Requests;
using LifeCircle.Core.Versions;
using LifeCircle.Tests.Shared;

namespace LifeCircle.Storage.Tests;

/// <summary>A district row keeps what the district list shows of its version's metadata, so listing reads no catalogue.</summary>
public class DistrictEntitiesTests
{
    /// <summary>The properties of a district row as they were before it kept the summary.</summary>
    private static readonly string[] EarlierProperties =
        ["NameZh", "NameEn", "Population", "CurrentVersion", "TitleZh", "TitleEn", "LicenceId", "LicenceTitle", "LicenceUrl", "PublishedAt", "FacilityCount"];

    /// <summary>A district whose metadata says something of its own: description, publisher, label, a source, sourced or not.</summary>
    private static Dataset Described(int i)
    {
        var d = TestDatasets.Build($"9990{i:00}", facilities: 6);
        return d with
        {
            Metadata = d.Metadata with
            {
                Description = new($"第{i}区的数据", $"Data of district {i}"),
                Publisher = $"Bureau {i}",
                Version = $"2025.{i}",
                Sources = [new DataSource($"s{i}", $"Survey {i}", $"https://example.org/survey/{i}", "CC-BY-4.0")],
                Provenance = new Dictionary<string, LayerProvenance> { ["facilities"] = new(i % 2 == 0 ? "sourced" : "illustrative", "test") },
            },
        };
    }

    private static async Task<List<Dataset>> PublishAsync(TableDistrictDataStore store, int districts)
    {
        var datasets = Enumerable.Range(1, districts).Select(Described).ToList();
        foreach (var d in datasets)
        {
            await store.PublishAsync(d);
        }

        return datasets;
    }

    private static async Task<DistrictListDocument> ListAsync(IDistrictDataStore store)
    {
        var options = new VersionCacheOptions();
        var versions = new VersionResolver(store, new VersionCache(options), options, new ComputedLayers());
        var request = new ResourceRequest("http://localhost/api", "/districts", "http://localhost/api/districts", QueryParameters.None);
        return (DistrictListDocument)await DistrictOperations.ListAsync(request, versions, default);
    }

    /// <summary>Each listed district shows its own package's description, publisher, version label, sources and illustrative flag.</summary>
    private static void AssertDescribed(IReadOnlyList<Dataset> datasets, DistrictListDocument list)
    {
        Assert.Equal(datasets.Select(d => d.District.Code).Order(StringComparer.Ordinal), list.Districts.Select(d => d.Code));
        foreach (var listed in list.Districts)
        {
            var m = datasets.Single(d => d.District.Code == listed.Code).Metadata;
            Assert.Equal(m.Description, listed.Descriptions);
            Assert.Equal(m.Publisher, listed.Publisher);
            Assert.Equal(m.Version, listed.VersionLabel);
            Assert.Equal(m.Sources, listed.Sources);
            Assert.Equal(m.Provenance["facilities"].Origin == "illustrative", listed.Illustrative);
        }
    }

    [Fact]
    public async Task TheDistrictRowKeepsTheSummaryOfItsVersionsMetadataEvenOneLongerThanAPropertyHolds()
    {
        await using var owned = TestStorage.NewStore();
        var d = Described(1);
        // Some 60,000 characters of citations: more than one string property holds (64 KiB).
        d = d with { Metadata = d.Metadata with { Sources = [.. Enumerable.Range(0, 400).Select(i => new DataSource($"s{i}", $"Survey {i} " + new string('x', 120), null, null))] } };
        await owned.Store.PublishAsync(d);

        var row = Assert.Single(await owned.Store.ListDistrictsAsync());

        Assert.NotNull(row.Summary);
        Assert.Equal(DistrictSummary.Of(d.Metadata) with { Sources = null, Provenance = null }, row.Summary with { Sources = null, Provenance = null });
        Assert.Equal(d.Metadata.Sources, row.Summary.Sources);
        Assert.Equal(d.Metadata.Provenance, row.Summary.Provenance);
    }

    [Fact]
    public async Task AnOlderVersionIsNotGivenTheCurrentVersionsSummary()
    {
        await using var owned = TestStorage.NewStore();
        var first = Described(1);
        var older = (await owned.Store.PublishAsync(first)).Version;
        var current = (await owned.Store.PublishAsync(first with { Metadata = first.Metadata with { Version = "2026.1", Publisher = "Another bureau" } })).Version;

        var pinnedOlder = await owned.Store.GetDistrictVersionAsync(older.DistrictCode, older.Version);
        var pinnedCurrent = await owned.Store.GetDistrictVersionAsync(current.DistrictCode, current.Version);

        Assert.Null(pinnedOlder!.Summary);
        Assert.Equal("2026.1", pinnedCurrent!.Summary!.VersionLabel);
    }

    [Fact]
    public async Task ListingDistrictsPublishedNowReadsNoCatalogueSoItAnswersWhileStorageCannotGiveOne()
    {
        await using var owned = TestStorage.NewStore();
        var datasets = await PublishAsync(owned.Store, 3);
        var store = new CatalogueWatchingStore(owned.Store) { Unreachable = true };

        var list = await ListAsync(store);

        Assert.Equal(0, store.Reads);
        AssertDescribed(datasets, list);
    }

    [Fact]
    public async Task RowsWrittenBeforeTheSummaryAreDescribedFromTheirCataloguesAFewReadsAtATime()
    {
        await using var owned = TestStorage.NewStore();
        var datasets = await PublishAsync(owned.Store, 12);
        var table = TestStorage.Service.GetTableClient(owned.Store.Tables.Districts);
        await foreach (var row in table.QueryAsync<TableEntity>())
        {
            var earlier = new TableEntity(row.PartitionKey, row.RowKey);
            foreach (var name in EarlierProperties)
            {
                earlier[name] = row[name];
            }

            await table.UpsertEntityAsync(earlier, TableUpdateMode.Replace);
        }

        var store = new CatalogueWatchingStore(owned.Store);

        var list = await ListAsync(store);

        Assert.Equal(datasets.Count, store.Reads);
        Assert.InRange(store.MostAtOnce, 1, DistrictRequest.CatalogueReadsAtOnce);
        AssertDescribed(datasets, list);
    }

    /// <summary>The table store, counting catalogue reads and how many overlap; while Unreachable, a catalogue read fails as it does with storage down.</summary>
    private sealed class CatalogueWatchingStore(IDistrictDataStore inner) : IDistrictDataStore
    {
        private int _running;

        public bool Unreachable { get; init; }

        public int Reads;

        public int MostAtOnce;

        public async Task<DatasetCatalogue?> GetCatalogueAsync(DatasetVersionRef version, CancellationToken cancellationToken = default)
        {
            Interlocked.Increment(ref Reads);
            var running = Interlocked.Increment(ref _running);
            lock (this)
            {
                MostAtOnce = Math.Max(MostAtOnce, running);
            }

            try
            {
                // As long as a read from remote storage, so that reads started together overlap.
                await Task.Delay(30, cancellationToken);
                return Unreachable ? throw new StoreUnavailableException("Storage is down for this test.") : await inner.GetCatalogueAsync(version, cancellationToken);
            }
            finally
            {
                Interlocked.Decrement(ref _running);
            }
        }

        public Task<IReadOnlyList<PublishedDistrict>> ListDistrictsAsync(CancellationToken cancellationToken = default) => inner.ListDistrictsAsync(cancellationToken);

        public Task<PublishedDistrict?> GetDistrictAsync(string districtCode, CancellationToken cancellationToken = default) => inner.GetDistrictAsync(districtCode, cancellationToken);

        public Task<PublishedDistrict?> GetDistrictVersionAsync(string districtCode, string version, CancellationToken cancellationToken = default) =>
            inner.GetDistrictVersionAsync(districtCode, version, cancellationToken);

        public IAsyncEnumerable<FeatureRecord> ReadLayerAsync(DatasetVersionRef version, string layer, CancellationToken cancellationToken = default) =>
            inner.ReadLayerAsync(version, layer, cancellationToken);

        public Task<string?> GetDocumentAsync(DatasetVersionRef version, string key, CancellationToken cancellationToken = default) => inner.GetDocumentAsync(version, key, cancellationToken);

        public Task<PublishResult> PublishAsync(Dataset dataset, PublishOptions? options = null, CancellationToken cancellationToken = default) =>
            inner.PublishAsync(dataset, options, cancellationToken);
    }
}
