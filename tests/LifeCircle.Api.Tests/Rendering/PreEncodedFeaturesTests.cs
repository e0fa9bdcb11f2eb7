using LifeCircle.Api.Rendering;
using LifeCircle.Core.Data;
using LifeCircle.Core.Documents;
using LifeCircle.Core.Features;
using LifeCircle.Core.Geodesy;
using LifeCircle.Core.Publishing;
using LifeCircle.Core.Queries;
using LifeCircle.Core.Requests;
using LifeCircle.Core.Versions;
using LifeCircle.Tests.Shared;

namespace LifeCircle.Api.Tests.Rendering;

/// <summary>Pages copied from pre-encoded features, over the sample district published into memory.</summary>
public class PreEncodedFeaturesTests
{
    private static readonly DateTimeOffset At = new(2026, 5, 1, 8, 0, 0, TimeSpan.Zero);

    public static TheoryData<string, string> CollectionsAndCrss()
    {
        var data = new TheoryData<string, string>();
        foreach (var collection in new[] { Collections.Facilities, Collections.Areas, Collections.Streets, Collections.Circles })
        {
            foreach (var crs in CoordinateSystems.All)
            {
                data.Add(collection.Id, crs.Uri);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(CollectionsAndCrss))]
    public async Task APageCopiedFromPreEncodedFeaturesIsByteForByteThePageWrittenFeatureByFeature(string collectionId, string crsUri)
    {
        var (_, version) = await PublishedSampleAsync();
        var collection = Collections.Find(collectionId)!;
        var crs = CoordinateSystems.Find(crsUri)!;
        var snapshot = await version.SnapshotAsync(collection, default);
        var encoded = await PreEncodedFeatures.BuildAsync(version, collection, crs, default);

        Assert.True(snapshot.Count > 0);
        Assert.Equal(snapshot.Count, encoded.Count);
        foreach (var query in new[] { new FeatureQuery { Limit = 10 }, new FeatureQuery { Offset = 3, Limit = 100 }, new FeatureQuery { Limit = int.MaxValue } })
        {
            var page = snapshot.Query(query);
            var items = new ItemsDocument(collection.Id, page, new OutputOptions(crs, null, false), version.Id, [], At);

            Assert.All(page.Features, f => Assert.True(encoded.TryGet(f.Id, out _)));
            Assert.Equal(FeatureJsonWriter.Collection(items).ToArray(), FeatureJsonWriter.Collection(items, encoded).ToArray());
        }
    }

    [Fact]
    public async Task TheEncodedFeaturesAreBuiltOncePerVersionCollectionAndCrsAndCountInTheCacheBudget()
    {
        var (cache, version) = await PublishedSampleAsync();
        await version.SnapshotAsync(Collections.Facilities, default);
        var before = cache.EstimatedBytes;

        var first = await PreEncodedFeatures.BuildAsync(version, Collections.Facilities, CoordinateSystems.Crs84, default);
        var again = await PreEncodedFeatures.BuildAsync(version, Collections.Facilities, CoordinateSystems.Crs84, default);
        var otherCrs = await PreEncodedFeatures.BuildAsync(version, Collections.Facilities, CoordinateSystems.WebMercator, default);

        Assert.Same(first, again);
        Assert.NotSame(first, otherCrs);
        Assert.Equal(before + first.EstimatedBytes + otherCrs.EstimatedBytes, cache.EstimatedBytes);
    }

    [Fact]
    public async Task APageAskedBeforeTheFeaturesAreEncodedDoesNotWaitForThemAndStartsTheirEncodingForTheNext()
    {
        var (_, version) = await PublishedSampleAsync();
        await version.SnapshotAsync(Collections.Facilities, default);

        var pending = PreEncodedFeatures.ForAsync(version, Collections.Facilities, CoordinateSystems.Crs84, default);
        Assert.True(pending.IsCompleted, "the first page must not wait for the encoding");
        var first = await pending;
        var built = await PreEncodedFeatures.BuildAsync(version, Collections.Facilities, CoordinateSystems.Crs84, default);
        var next = await PreEncodedFeatures.ForAsync(version, Collections.Facilities, CoordinateSystems.Crs84, default);

        // Null while the encoding it started runs; on a loaded machine that encoding may already have finished (the same instance).
        Assert.True(first is null || ReferenceEquals(first, built));
        Assert.Same(built, next);
    }

    [Fact]
    public void OnlyPagesWithEveryPropertyAndTheGeometryAreCopied()
    {
        Assert.True(PreEncodedFeatures.Serves(new OutputOptions(CoordinateSystems.Gcj02, null, false)));
        Assert.False(PreEncodedFeatures.Serves(new OutputOptions(CoordinateSystems.Crs84, ["name"], false)));
        Assert.False(PreEncodedFeatures.Serves(new OutputOptions(CoordinateSystems.Crs84, null, true)));
    }

    private static async Task<(VersionCache Cache, PublishedVersion Version)> PublishedSampleAsync()
    {
        var store = new InMemoryDistrictDataStore();
        var published = await DatasetPublisher.PublishAsync(store, DatasetFiles.Read(RepositoryPaths.SampleDataset));
        var api = new InMemoryApi(store);
        return (api.Cache, await api.Versions.ResolveAsync(published.Version.DistrictCode, null, default));
    }
}
