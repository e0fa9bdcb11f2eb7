using System.Runtime.CompilerServices;
using Azure.Data.Tables;
using LifeCircle.Core.Documents;
using LifeCircle.Core.Features;
using LifeCircle.Core.Importing;
using LifeCircle.Core.Layers;
using LifeCircle.Core.Model;
using LifeCircle.Core.Operations;
using LifeCircle.Core.Publishing;
using LifeCircle.Core.Requests;
using LifeCircle.Core.Versions;
using LifeCircle.Tests.Shared;

namespace LifeCircle.Storage.Tests;

/// <summary>A version's layer outlines are written when it is published, so describing its collections reads no layer.</summary>
public class LayerOutlinesTests
{
    private static IEnumerable<CollectionDefinition> Stored => Collections.All.Where(c => c.Definition.Storage != LayerStorage.NotStored);

    [Fact]
    public async Task ThePublishedOutlinesAreExactlyWhatEachStoredLayersSnapshotGives()
    {
        await using var owned = TestStorage.NewStore();
        var result = await new DatasetImport(owned.Store).RunAsync(RepositoryPaths.SampleDataset);
        var json = await owned.Store.GetDocumentAsync(new DatasetVersionRef(result.District!, result.Version!), LayerOutlines.Document);
        Assert.NotNull(json);
        var published = LayerOutlines.Parse(json);
        var version = await Resolver(owned.Store).ResolveAsync(result.District!);

        Assert.All(Stored, c =>
        {
            var fromLayer = version.SnapshotAsync(c, default).GetAwaiter().GetResult().Outline;
            Assert.True(fromLayer.Count > 0, c.Id);
            Assert.Equal(fromLayer.Count, published[c.Layer].Count);
            Assert.Equal(fromLayer.Extent, published[c.Layer].Extent);
            Assert.Equal(fromLayer.YearRange, published[c.Layer].YearRange);
        });
        Assert.NotNull(published[Collections.Facilities.Layer].YearRange);
    }

    [Fact]
    public async Task ListingTheCollectionsOfAPublishedVersionReadsNoLayer()
    {
        await using var owned = TestStorage.NewStore();
        await new DatasetImport(owned.Store).RunAsync(RepositoryPaths.SampleDataset);
        var counting = new LayerCountingStore(owned.Store);

        var listed = await ListAsync(counting);

        Assert.Equal(0, counting.LayersRead);
        Assert.Equal(Collections.All.Count, listed.Collections.Count);
        Assert.All(listed.Collections, c => Assert.True(c.NumberOfFeatures > 0, c.Id));
    }

    [Fact]
    public async Task AVersionPublishedWithoutOutlinesIsDescribedFromItsLayersAlike()
    {
        await using var owned = TestStorage.NewStore();
        var result = await new DatasetImport(owned.Store).RunAsync(RepositoryPaths.SampleDataset);
        var withOutlines = await ListAsync(owned.Store);
        var table = TestStorage.Service.GetTableClient(owned.Store.Tables.Documents);
        await table.DeleteEntityAsync(TableDistrictDataStore.PartitionKey(new DatasetVersionRef(result.District!, result.Version!)), LayerOutlines.Document);
        var counting = new LayerCountingStore(owned.Store);

        var fromLayers = await ListAsync(counting);

        Assert.True(counting.LayersRead >= Stored.Count(), $"{counting.LayersRead} layers read");
        Assert.Equal(
            withOutlines.Collections.Select(c => (c.Id, c.NumberOfFeatures, Box(c))),
            fromLayers.Collections.Select(c => (c.Id, c.NumberOfFeatures, Box(c))));
    }

    private static string Box(CollectionDocument c) => string.Join(",", c.Extent.Spatial.Bbox.SelectMany(b => b)) + "|" + string.Join(",", c.Extent.Temporal.Interval.SelectMany(i => i));

    private static VersionResolver Resolver(IDistrictDataStore store)
    {
        var options = new VersionCacheOptions();
        return new VersionResolver(store, new VersionCache(options), options, new ComputedLayers());
    }

    private static async Task<CollectionsDocument> ListAsync(IDistrictDataStore store)
    {
        var version = await Resolver(store).ResolveAsync("150303");
        var request = new ResourceRequest("http://localhost/api", "/districts/150303/collections", "http://localhost/api/districts/150303/collections", QueryParameters.None);
        return (CollectionsDocument)await CollectionOperations.ListAsync(new DistrictRequest(request, version), default);
    }

    /// <summary>The table store, counting the layers read through it.</summary>
    private sealed class LayerCountingStore(IDistrictDataStore inner) : IDistrictDataStore
    {
        public int LayersRead { get; private set; }

        public Task<IReadOnlyList<PublishedDistrict>> ListDistrictsAsync(CancellationToken cancellationToken = default) => inner.ListDistrictsAsync(cancellationToken);

        public Task<PublishedDistrict?> GetDistrictAsync(string districtCode, CancellationToken cancellationToken = default) => inner.GetDistrictAsync(districtCode, cancellationToken);

        public Task<PublishedDistrict?> GetDistrictVersionAsync(string districtCode, string version, CancellationToken cancellationToken = default) =>
            inner.GetDistrictVersionAsync(districtCode, version, cancellationToken);

        public Task<DatasetCatalogue?> GetCatalogueAsync(DatasetVersionRef version, CancellationToken cancellationToken = default) => inner.GetCatalogueAsync(version, cancellationToken);

        public async IAsyncEnumerable<FeatureRecord> ReadLayerAsync(DatasetVersionRef version, string layer, [EnumeratorCancellation] CancellationToken cancellationToken = default)
        {
            LayersRead++;
            await foreach (var f in inner.ReadLayerAsync(version, layer, cancellationToken))
            {
                yield return f;
            }
        }

        public Task<string?> GetDocumentAsync(DatasetVersionRef version, string key, CancellationToken cancellationToken = default) => inner.GetDocumentAsync(version, key, cancellationToken);

        public Task<PublishResult> PublishAsync(Dataset dataset, PublishOptions? options = null, CancellationToken cancellationToken = default) =>
            inner.PublishAsync(dataset, options, cancellationToken);
    }
}
