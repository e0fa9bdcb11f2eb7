using LifeCircle.Core.Model;
using LifeCircle.Core.Publishing;
using LifeCircle.Core.Queries;
using LifeCircle.Tests.Shared;

namespace LifeCircle.Storage.Tests;

public class TableDistrictDataStoreQueryTests
{
    public static TheoryData<string> Filters() => ["none", "category", "theme", "multi-theme", "community", "status", "bbox", "combined", "nothing"];

    private static FacilityFilter Filter(string name) => name switch
    {
        "none" => FacilityFilter.None,
        "category" => new FacilityFilter(Category: "pharmacy"),
        "theme" => new FacilityFilter(Theme: "education"),
        "multi-theme" => new FacilityFilter(Theme: "green-health"),
        "community" => new FacilityFilter(Community: "C3"),
        "status" => new FacilityFilter(Status: FacilityStatus.Planned),
        "bbox" => new FacilityFilter(new GeoBoundingBox(100.02, 30.01, 100.055, 30.07)),
        "combined" => new FacilityFilter(new GeoBoundingBox(100, 30, 100.05, 30.1), "park", "city-appearance", "C1", FacilityStatus.Existing),
        "nothing" => new FacilityFilter(Category: "park", Theme: "education"),
        _ => throw new ArgumentOutOfRangeException(nameof(name)),
    };

    [Theory]
    [MemberData(nameof(Filters))]
    public async Task EachFilterReturnsExactlyTheFacilitiesTheInMemoryFilterMatches(string name)
    {
        await using var owned = TestStorage.NewStore();
        var dataset = TestDatasets.Build(facilities: 230);
        var published = await owned.Store.PublishAsync(dataset);
        var filter = Filter(name);

        var page = await owned.Store.QueryFacilitiesAsync(published.Version, new FacilityQueryOptions { Filter = filter, PageSize = 1000 });

        var expected = dataset.Facilities.Where(filter.Matches).Select(f => f.Id).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(expected, page.Values.Select(f => f.Id).ToList());
        Assert.Null(page.ContinuationToken);
        Assert.Equal(expected.Count, await owned.Store.CountFacilitiesAsync(published.Version, filter));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(7)]
    [InlineData(100)]
    [InlineData(229)]
    public async Task FollowingContinuationTokensReturnsEveryFacilityExactlyOnce(int pageSize)
    {
        await using var owned = TestStorage.NewStore();
        var dataset = TestDatasets.Build(facilities: 230);
        var version = (await owned.Store.PublishAsync(dataset)).Version;

        var seen = new List<string>();
        string? token = null;
        int pages = 0;
        do
        {
            var page = await owned.Store.QueryFacilitiesAsync(version, new FacilityQueryOptions { PageSize = pageSize, ContinuationToken = token });
            Assert.True(page.Values.Count <= pageSize);
            Assert.True(page.ContinuationToken is null || page.Values.Count == pageSize, "only the last page may be short");
            seen.AddRange(page.Values.Select(f => f.Id));
            token = page.ContinuationToken;
            pages++;
        }
        while (token is not null);

        Assert.Equal(dataset.Facilities.Select(f => f.Id).Order(StringComparer.Ordinal), seen);
        Assert.Equal((230 + pageSize - 1) / pageSize, pages);
    }

    [Fact]
    public async Task AFacilityReadBackHasEveryValueItWasWrittenWith()
    {
        await using var owned = TestStorage.NewStore();
        var dataset = TestDatasets.Build(facilities: 10);
        var original = dataset.Facilities[3] with
        {
            Address = "乌海市海南区 1 号",
            Year = 2023,
            Capacity = 120,
            Provenance = new Provenance(ValueOrigin.Sourced, ValueOrigin.Illustrative, ValueOrigin.Sourced, "article"),
        };
        var version = (await owned.Store.PublishAsync(dataset with { Facilities = [.. dataset.Facilities.Take(3), original] })).Version;

        var read = await owned.Store.GetFacilityAsync(version, original.Id);

        Assert.NotNull(read);
        Assert.Equal((original.Name, original.Category, original.Community, original.Address, original.Status, original.Year, original.Capacity, original.Provenance),
            (read.Name, read.Category, read.Community, read.Address, read.Status, read.Year, read.Capacity, read.Provenance));
        Assert.Equal(original.Themes, read.Themes);
        Assert.Equal(original.Location.Coordinate, read.Location.Coordinate);
    }

    [Theory]
    [InlineData("no-such-id")]
    [InlineData("a/b")]
    [InlineData("a#b")]
    public async Task UnknownOrImpossibleIdsGiveNull(string id)
    {
        await using var owned = TestStorage.NewStore();
        var version = (await owned.Store.PublishAsync(TestDatasets.Build(facilities: 3))).Version;
        Assert.Null(await owned.Store.GetFacilityAsync(version, id));
    }

    [Fact]
    public async Task ReadsBeforeAnythingIsPublishedFindNothingRatherThanFailing()
    {
        await using var owned = TestStorage.NewStore();
        var version = new DatasetVersionRef("999001", "abc");
        Assert.Empty(await owned.Store.ListDistrictsAsync());
        Assert.Null(await owned.Store.GetDistrictAsync("999001"));
        Assert.Null(await owned.Store.GetCatalogueAsync(version));
        Assert.Empty((await owned.Store.QueryFacilitiesAsync(version, new FacilityQueryOptions())).Values);
        Assert.Equal(0, await owned.Store.CountFacilitiesAsync(version, FacilityFilter.None));
    }
}
