using LifeCircle.Core.Data;
using LifeCircle.Core.Publishing;
using LifeCircle.Core.Features;
using LifeCircle.Tests.Shared;

namespace LifeCircle.Storage.Tests;

public class TableDistrictDataStorePublishTests
{
    [Fact]
    public async Task PublishingMakesTheDistrictListedWithItsContentDerivedVersion()
    {
        await using var owned = TestStorage.NewStore();
        var dataset = TestDatasets.Build("999001", facilities: 150);

        var result = await owned.Store.PublishAsync(dataset);

        Assert.False(result.AlreadyPublished);
        Assert.Equal(DatasetFiles.Fingerprint(dataset), result.Version.Version);
        var district = Assert.Single(await owned.Store.ListDistrictsAsync());
        Assert.Equal(("999001", result.Version.Version, 150, "CC-BY-4.0"), (district.Code, district.CurrentVersion, district.FacilityCount, district.Licence.Id));
        var catalogue = await owned.Store.GetCatalogueAsync(result.Version);
        Assert.NotNull(catalogue);
        Assert.Equal(dataset.Categories.Select(c => c.Code), catalogue.Categories.Select(c => c.Code));
        Assert.Equal(TestDatasets.Communities, catalogue.AreaCodes);
    }

    [Fact]
    public async Task PreparingToPublishCreatesEveryTableBeforeAnythingIsPublished()
    {
        await using var owned = TestStorage.NewStore();

        await owned.Store.PrepareToPublishAsync();

        var names = new List<string>();
        await foreach (var table in TestStorage.Service.QueryAsync())
        {
            names.Add(table.Name);
        }

        Assert.All(owned.Store.Tables.All, name => Assert.Contains(name, names));
        Assert.Empty(await owned.Store.ListDistrictsAsync());
        var result = await owned.Store.PublishAsync(TestDatasets.Build(facilities: 20));
        Assert.Equal(20, await Count(owned.Store, result.Version));
    }

    [Fact]
    public async Task PublishingTheSameDatasetTwiceWritesNothingTheSecondTime()
    {
        await using var owned = TestStorage.NewStore();
        var first = await owned.Store.PublishAsync(TestDatasets.Build(facilities: 20));
        var second = await owned.Store.PublishAsync(TestDatasets.Build(facilities: 20));

        Assert.True(second.AlreadyPublished);
        Assert.Equal(0, second.EntitiesWritten);
        Assert.Equal(first.Version, second.Version);
    }

    [Fact]
    public async Task ANewVersionBecomesCurrentWhileTheOldOneStaysReadable()
    {
        await using var owned = TestStorage.NewStore();
        var old = await owned.Store.PublishAsync(TestDatasets.Build(facilities: 20));
        var @new = await owned.Store.PublishAsync(TestDatasets.Build(facilities: 30, label: "2"));

        Assert.NotEqual(old.Version, @new.Version);
        Assert.Equal(@new.Version.Version, (await owned.Store.GetDistrictAsync("999001"))!.CurrentVersion);
        Assert.Equal(20, await Count(owned.Store, old.Version));
        Assert.Equal(30, await Count(owned.Store, @new.Version));
    }

    [Fact]
    public async Task ProgressIsReportedUpToEveryEntity()
    {
        await using var owned = TestStorage.NewStore();
        var reports = new List<(int Written, int Total)>();
        await owned.Store.PublishAsync(TestDatasets.Build(facilities: 250), new PublishOptions { Progress = new SyncProgress(reports) });

        // 250 facilities in 3 batches, and the catalogue, one page of the same 250 facilities, one page of 3 areas and the layers' outlines in 1.
        Assert.Equal(4, reports.Count);
        Assert.Equal((254, 254), reports.MaxBy(r => r.Written));
    }

    [Fact]
    public async Task AnIdThatCannotBeATableKeyIsRefusedBeforeAnythingIsWritten()
    {
        await using var owned = TestStorage.NewStore();
        var d = TestDatasets.Build(facilities: 250);
        // The last facility: rows are built as they are sent, so only a check of every id first keeps the first batches unwritten.
        var bad = d with { Facilities = [.. d.Facilities.SkipLast(1), d.Facilities[^1] with { Id = "a/b" }] };

        var ex = await Assert.ThrowsAsync<ArgumentException>(() => owned.Store.PublishAsync(bad));
        Assert.Contains("'a/b'", ex.Message);
        Assert.Empty(await owned.Store.ListDistrictsAsync());
        var tables = TestStorage.Service.QueryAsync(t => t.Name == owned.Store.Tables.Facilities || t.Name == owned.Store.Tables.Datasets);
        Assert.Empty(await tables.ToListAsync());
    }

    private static async Task<int> Count(TableDistrictDataStore store, DatasetVersionRef version)
    {
        int n = 0;
        await foreach (var _ in store.ReadLayerAsync(version, Collections.FacilityLayer))
        {
            n++;
        }

        return n;
    }

    private sealed class SyncProgress(List<(int, int)> reports) : IProgress<(int Written, int Total)>
    {
        public void Report((int Written, int Total) value)
        {
            lock (reports)
            {
                reports.Add(value);
            }
        }
    }
}
