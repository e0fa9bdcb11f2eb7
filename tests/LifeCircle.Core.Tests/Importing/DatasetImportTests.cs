using LifeCircle.Core.Data.Packages;
using LifeCircle.Core.Features;
using LifeCircle.Core.Importing;
using LifeCircle.Core.Model;
using LifeCircle.Core.Publishing;
using LifeCircle.Tests.Shared;

namespace LifeCircle.Core.Tests.Importing;

/// <summary>The import use case over an in-memory store (publishing into tables is tested in LifeCircle.Storage.Tests).</summary>
public sealed class DatasetImportTests : IAsyncLifetime
{
    private readonly TempFolder _folder = new("lc-usecase");
    private readonly InMemoryDistrictDataStore _store = new();

    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync()
    {
        _folder.Dispose();
        return Task.CompletedTask;
    }

    [Fact]
    public async Task APackageIsPublishedUnderItsContentVersionWithItsWarnings()
    {
        SecondDistrictPackage.Write(_folder, rows => rows.Add("hb-far,远方药店,far,pharmacy,150302001001,existing,106.8355,39.6700"));
        var result = await new DatasetImport(_store).RunAsync(_folder);

        Assert.False(result.HasErrors);
        Assert.False(result.AlreadyPublished);
        Assert.True(result.EntitiesWritten > 0);
        var dataset = CheckedPackage.Read(_folder).Dataset!;
        Assert.Equal(DatasetVersionIds.Compute(dataset, DatasetPublisher.CoverageEngineVersion), result.Version);
        Assert.Equal(result.Version, (await _store.GetDistrictAsync(SecondDistrictPackage.Code))!.CurrentVersion);
        var warning = Assert.Single(result.Warnings);
        Assert.Equal(("facilities.csv row 5", "geometry"), (warning.Location, warning.Field));
    }

    /// <summary>The store makes its tables while coverage is computed, so that the write phase is only writing.</summary>
    [Fact]
    public async Task AValidPackageGetsTheStoreReadyOnceBeforeItIsPublished()
    {
        SecondDistrictPackage.Write(_folder);
        var watched = new PublishCountingStore(_store);

        var result = await new DatasetImport(watched).RunAsync(_folder);

        Assert.False(result.HasErrors);
        Assert.Equal(["prepare", "publish"], watched.Calls);
    }

    [Fact]
    public async Task APackageWithoutThemesIsPublishedWithTheStandardThemesAndSaysSo()
    {
        SecondDistrictPackage.Write(_folder);
        File.Delete(Path.Combine(_folder, "themes.json"));

        var result = await new DatasetImport(_store).RunAsync(_folder);

        Assert.False(result.HasErrors);
        Assert.Equal([("themes", "(file)"), ("facilities", "themes"), ("facilities", "provenance")], result.Derived.Select(n => (n.Location, n.Field)));
        Assert.Contains("2 of 8", result.Derived[0].Message);
        Assert.Contains("3 record(s)", result.Derived[1].Message);
        Assert.NotNull(result.Version);
    }

    [Fact]
    public async Task TheCurrentVersionImportedAgainIsAlreadyPublishedAndNeitherDerivedNorWritten()
    {
        SecondDistrictPackage.Write(_folder);
        var first = await new DatasetImport(_store).RunAsync(_folder);
        var watched = new PublishCountingStore(_store);
        var again = await new DatasetImport(watched).RunAsync(_folder);

        Assert.True(again.AlreadyPublished);
        Assert.Equal((first.District, first.Version), (again.District, again.Version));
        Assert.Equal(0, again.EntitiesWritten);
        Assert.Equal(0, watched.Publishes);
        Assert.Equal(0, again.Timings.DeriveMs);
    }

    [Fact]
    public async Task APackageWithErrorsWritesNothingAndListsEachErrorOnce()
    {
        SecondDistrictPackage.Write(_folder, rows =>
        {
            rows.Add("hb-x,药店,x,pharmacy,150302001001,existing,abc,39.67");
            rows.Add("hb-y,药店,x,casino,150302001001,existing,106.82,39.67");
        });
        var watched = new PublishCountingStore(_store);
        var result = await new DatasetImport(watched).RunAsync(_folder);

        Assert.True(result.HasErrors);
        Assert.Null(result.Version);
        Assert.Equal(["facilities.csv row 5: lon", "facilities.csv row 6: category"], result.Errors.Select(p => $"{p.Location}: {p.Field}"));
        Assert.Empty(watched.Calls);
        Assert.Empty(await _store.ListDistrictsAsync());
    }

    [Fact]
    public void TheSampleHasNeitherErrorsNorWarningsAndNeedsNothingDerived()
    {
        var check = CheckedPackage.Read(RepositoryPaths.SampleDataset);
        Assert.Empty(check.Errors);
        Assert.Empty(check.Warnings);
        Assert.Empty(check.Derived);
        Assert.Null(check.Dataset!.Metadata.Derived);
    }

    /// <summary>The store is asked for the current version while the package is checked; a package with errors still gets its errors, not the store's.</summary>
    [Fact]
    public async Task APackageWithErrorsListsItsErrorsEvenWhenTheStoreCannotBeReached()
    {
        SecondDistrictPackage.Write(_folder, rows => rows.Add("hb-y,药店,x,casino,150302001001,existing,106.82,39.67"));
        var unreachable = new PublishCountingStore(_store) { Unreachable = true };

        var result = await new DatasetImport(unreachable).RunAsync(_folder);

        Assert.Equal(["facilities.csv row 5: category"], result.Errors.Select(p => $"{p.Location}: {p.Field}"));
        Assert.Equal(0, unreachable.Publishes);
    }

    [Fact]
    public async Task AValidPackageFailsWithTheStoresErrorWhenTheStoreCannotBeReached()
    {
        SecondDistrictPackage.Write(_folder);
        var unreachable = new PublishCountingStore(_store) { Unreachable = true };

        var error = await Assert.ThrowsAsync<IOException>(() => new DatasetImport(unreachable).RunAsync(_folder));

        Assert.Contains("cannot be reached", error.Message, StringComparison.Ordinal);
        Assert.Equal(0, unreachable.Publishes);
    }

    /// <summary>Passes everything to the real store and counts the publishes it was asked for; or, <see cref="Unreachable"/>, fails as a store that cannot be reached.</summary>
    private sealed class PublishCountingStore(IDistrictDataStore inner) : IDistrictDataStore
    {
        public int Publishes => Calls.Count(c => c == "publish");

        /// <summary>"prepare" and "publish", in the order the import asked for them.</summary>
        public List<string> Calls { get; } = [];

        public bool Unreachable { get; init; }

        public Task<PublishResult> PublishAsync(Dataset dataset, PublishOptions? options = null, CancellationToken cancellationToken = default)
        {
            Calls.Add("publish");
            return inner.PublishAsync(dataset, options, cancellationToken);
        }

        public Task PrepareToPublishAsync(CancellationToken cancellationToken = default)
        {
            Calls.Add("prepare");
            return inner.PrepareToPublishAsync(cancellationToken);
        }

        public Task<IReadOnlyList<PublishedDistrict>> ListDistrictsAsync(CancellationToken cancellationToken = default) => inner.ListDistrictsAsync(cancellationToken);

        public async Task<PublishedDistrict?> GetDistrictAsync(string districtCode, CancellationToken cancellationToken = default)
        {
            await Task.Yield();
            return Unreachable ? throw new IOException("The store cannot be reached.") : await inner.GetDistrictAsync(districtCode, cancellationToken);
        }

        public Task<PublishedDistrict?> GetDistrictVersionAsync(string districtCode, string version, CancellationToken cancellationToken = default) =>
            inner.GetDistrictVersionAsync(districtCode, version, cancellationToken);

        public Task<DatasetCatalogue?> GetCatalogueAsync(DatasetVersionRef version, CancellationToken cancellationToken = default) => inner.GetCatalogueAsync(version, cancellationToken);

        public IAsyncEnumerable<FeatureRecord> ReadLayerAsync(DatasetVersionRef version, string layer, CancellationToken cancellationToken = default) =>
            inner.ReadLayerAsync(version, layer, cancellationToken);

        public Task<string?> GetDocumentAsync(DatasetVersionRef version, string key, CancellationToken cancellationToken = default) => inner.GetDocumentAsync(version, key, cancellationToken);
    }
}
