using Azure.Data.Tables;
using LifeCircle.Core.Coverage;
using LifeCircle.Core.Features;
using LifeCircle.Core.Importing;
using LifeCircle.Core.Model;
using LifeCircle.Core.Operations;
using LifeCircle.Core.Publishing;
using LifeCircle.Core.Queries;
using LifeCircle.Core.Versions;
using LifeCircle.Tests.Shared;

namespace LifeCircle.Storage.Tests;

/// <summary>Isochrones are not stored: a version computes them from its published layers when first read, as the import used to.</summary>
public class ComputedIsochronesTests
{
    [Fact]
    public async Task AnImportStoresNoIsochroneRows()
    {
        await using var owned = TestStorage.NewStore();
        var result = await new DatasetImport(owned.Store).RunAsync(RepositoryPaths.SampleDataset);

        var rows = await DocumentRowKeysAsync(owned.Store, new DatasetVersionRef(result.District!, result.Version!));
        Assert.Contains(rows, k => k.StartsWith(Collections.Access.Layer + ":", StringComparison.Ordinal));
        Assert.DoesNotContain(rows, k => k.StartsWith(Collections.Isochrones.Layer, StringComparison.Ordinal));
    }

    [Fact]
    public async Task TheSampleDistrictsIsochronesReadFromItsPublishedVersionAreThoseComputedFromItsDataset()
    {
        await using var owned = TestStorage.NewStore();
        await new DatasetImport(owned.Store).RunAsync(RepositoryPaths.SampleDataset);
        var dataset = CheckedPackage.Read(RepositoryPaths.SampleDataset).Dataset!;

        var served = await ServedAsync(owned.Store, dataset.District.Code);

        Assert.True(dataset.Streets.Count > 0);
        AssertSameFeatures(ComputedFrom(dataset), served);
    }

    [Fact]
    public async Task AVersionWithoutStreetsGetsTheStraightLineAreasTheImportDrew()
    {
        await using var owned = TestStorage.NewStore();
        var dataset = TestDatasets.Build("999001", facilities: 30);
        await DatasetPublisher.PublishAsync(owned.Store, dataset);

        var served = await ServedAsync(owned.Store, "999001");

        Assert.Empty(dataset.Streets);
        Assert.All(served, f => Assert.Equal("straight-line-x1.3", f["method"]));
        AssertSameFeatures(ComputedFrom(dataset), served);
    }

    [Fact]
    public async Task IsochroneRowsAVersionStoredBeforeAreIgnoredAndTheLayerComputed()
    {
        await using var owned = TestStorage.NewStore();
        var dataset = TestDatasets.Build("999001", facilities: 12);
        var derived = DatasetPublisher.Derive(dataset);
        var layers = new Dictionary<string, IReadOnlyList<FeatureRecord>>(derived.Layers)
        {
            [Collections.Isochrones.Layer] = [new FeatureRecord("stored-by-older-code:5", null, [new("minutes", 5.0)])],
        };
        var published = await owned.Store.PublishAsync(dataset, new PublishOptions { Derived = derived with { Layers = layers } });
        Assert.Contains(await DocumentRowKeysAsync(owned.Store, published.Version), k => k.StartsWith(Collections.Isochrones.Layer + ":", StringComparison.Ordinal));

        var served = await ServedAsync(owned.Store, "999001");

        AssertSameFeatures(ComputedFrom(dataset), served);
    }

    [Fact]
    public async Task TheIsochronesOutlineCountsEveryAreaAndContainsThemAllWithoutComputingTheLayer()
    {
        await using var owned = TestStorage.NewStore();
        await new DatasetImport(owned.Store).RunAsync(RepositoryPaths.SampleDataset);
        var options = new VersionCacheOptions();
        var counting = new CountingComputedLayers();
        var version = await new VersionResolver(owned.Store, new VersionCache(options), options, counting).ResolveAsync("150303");

        var outline = await ComputedLayers.IsochronesOutlineAsync(version, default);
        Assert.Equal(0, counting.Calls);

        var served = (await version.SnapshotAsync(Collections.Isochrones, default)).Query(new FeatureQuery { Limit = int.MaxValue }).Features;
        Assert.Equal(1, counting.Calls);
        Assert.Equal(served.Count, outline.Count);
        var actual = new NetTopologySuite.Geometries.Envelope();
        foreach (var f in served)
        {
            actual.ExpandToInclude(f.Geometry!.EnvelopeInternal);
        }

        Assert.True(outline.Extent.Contains(actual), $"{outline.Extent} contains {actual}");
        Assert.True(outline.Extent.Area < actual.Area * 2, $"{outline.Extent} is not far larger than {actual}");
    }

    private sealed class CountingComputedLayers : IComputedLayers
    {
        public int Calls { get; private set; }

        public Task<IReadOnlyList<FeatureRecord>> ComputeAsync(PublishedVersion version, CollectionDefinition collection, CancellationToken cancellationToken)
        {
            Calls++;
            return new ComputedLayers().ComputeAsync(version, collection, cancellationToken);
        }
    }

    /// <summary>What the import computed and stored before isochrones were computed on read.</summary>
    private static IReadOnlyList<FeatureRecord> ComputedFrom(Dataset dataset)
    {
        var network = CoverageNetwork.Build(dataset);
        return CoverageLayers.IsochroneFeatures(dataset, CoverageComputation.Compute(dataset, network), network, Walking.Default);
    }

    private static async Task<IReadOnlyList<FeatureRecord>> ServedAsync(IDistrictDataStore store, string code)
    {
        var options = new VersionCacheOptions();
        var version = await new VersionResolver(store, new VersionCache(options), options, new ComputedLayers()).ResolveAsync(code);
        return (await version.SnapshotAsync(Collections.Isochrones, default)).Query(new FeatureQuery { Limit = int.MaxValue }).Features;
    }

    private static void AssertSameFeatures(IReadOnlyList<FeatureRecord> expected, IReadOnlyList<FeatureRecord> served)
    {
        Assert.Equal(expected.Select(f => f.Id).Order(StringComparer.Ordinal), served.Select(f => f.Id));
        var byId = expected.ToDictionary(f => f.Id);
        foreach (var f in served)
        {
            var e = byId[f.Id];
            Assert.Equal(e.Properties, f.Properties);
            Assert.True(e.Geometry!.EqualsExact(f.Geometry, 1e-9), $"{f.Id}: {f.Geometry} differs from {e.Geometry}");
        }
    }

    private static async Task<List<string>> DocumentRowKeysAsync(TableDistrictDataStore store, DatasetVersionRef version)
    {
        var keys = new List<string>();
        var pk = $"{version.DistrictCode}~{version.Version}";
        await foreach (var e in TestStorage.Service.GetTableClient(store.Tables.Documents).QueryAsync<TableEntity>(
                           TableClient.CreateQueryFilter($"PartitionKey eq {pk}"), select: ["RowKey"]))
        {
            keys.Add(e.RowKey);
        }

        return keys;
    }
}
