using System.Diagnostics;
using LifeCircle.Core.Features;
using LifeCircle.Core.Problems;
using LifeCircle.Core.Queries;
using LifeCircle.Core.Versions;
using LifeCircle.Tests.Shared;

namespace LifeCircle.Core.Tests.Versions;

/// <summary>A layer computed on read (isochrones): once per version, shared by the requests that ask meanwhile, and waited for at most <see cref="VersionCacheOptions.ComputedLayerWait"/>.</summary>
public class PublishedVersionTests
{
    /// <summary>Computes a one-feature layer once released, counting the computations.</summary>
    private sealed class GatedLayers : IComputedLayers
    {
        public int Computations;

        public TaskCompletionSource Release { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public async Task<IReadOnlyList<FeatureRecord>> ComputeAsync(PublishedVersion version, CollectionDefinition collection, CancellationToken cancellationToken)
        {
            Interlocked.Increment(ref Computations);
            await Release.Task.WaitAsync(cancellationToken);
            return [new FeatureRecord("f00000:5", null, [new("minutes", 5.0)])];
        }
    }

    private readonly GatedLayers _layers = new();
    private readonly InMemoryDistrictDataStore _store = new();

    public PublishedVersionTests() => VersionTestData.Put(_store, "999001", "v1", 10);

    private VersionResolver Resolver(TimeSpan wait)
    {
        var options = new VersionCacheOptions { ComputedLayerWait = wait };
        return new VersionResolver(_store, new VersionCache(options), options, _layers);
    }

    private static async Task<FeatureSnapshot> IsochronesAsync(VersionResolver resolver, CancellationToken ct = default) =>
        await (await resolver.ResolveAsync("999001", cancellationToken: ct)).SnapshotAsync(Collections.Isochrones, ct);

    [Fact]
    public async Task ConcurrentFirstRequestsShareOneComputation()
    {
        var resolver = Resolver(TimeSpan.FromSeconds(30));
        var first = IsochronesAsync(resolver);
        var second = IsochronesAsync(resolver);
        _layers.Release.SetResult();

        Assert.Same(await first, await second);
        Assert.Equal(1, (await IsochronesAsync(resolver)).Count);
        Assert.Equal(1, _layers.Computations);
    }

    [Fact]
    public async Task ARequestNotAnsweredWithinTheWaitGets503WithRetryAfterAndTheComputationGoesOn()
    {
        var resolver = Resolver(TimeSpan.FromMilliseconds(200));
        var clock = Stopwatch.StartNew();

        var problem = await Assert.ThrowsAsync<ProblemException>(() => IsochronesAsync(resolver));

        Assert.InRange(clock.Elapsed, TimeSpan.FromMilliseconds(150), TimeSpan.FromSeconds(5));
        Assert.Equal((503, "Layer being computed"), (problem.Status, problem.Title));
        Assert.Contains("'isochrones'", problem.Detail);
        Assert.Contains("computed", problem.Detail);
        Assert.Equal(1, problem.RetryAfterSeconds);
        _layers.Release.SetResult();
        Assert.Equal(1, (await RetriedAsync(resolver)).Count);
        Assert.Equal(1, _layers.Computations);
    }

    /// <summary>What a client that retries gets once the computation that went on has finished (on a busy machine that may take more than one wait).</summary>
    private static async Task<FeatureSnapshot> RetriedAsync(VersionResolver resolver)
    {
        var clock = Stopwatch.StartNew();
        while (true)
        {
            try
            {
                return await IsochronesAsync(resolver);
            }
            catch (ProblemException p) when (p.Status == 503 && clock.Elapsed < TimeSpan.FromSeconds(10))
            {
            }
        }
    }

    [Fact]
    public async Task ACancelledRequestLeavesTheComputationToTheNextOne()
    {
        var resolver = Resolver(TimeSpan.FromSeconds(30));
        using var cancel = new CancellationTokenSource();
        var abandoned = IsochronesAsync(resolver, cancel.Token);
        cancel.Cancel();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => abandoned);

        _layers.Release.SetResult();
        Assert.Equal(1, (await IsochronesAsync(resolver)).Count);
        Assert.Equal(1, _layers.Computations);
    }

    [Fact]
    public async Task WithNoWaitLimitTheComputationIsAwaited()
    {
        var resolver = Resolver(TimeSpan.Zero);
        var waiting = IsochronesAsync(resolver);
        await Task.Delay(300);
        Assert.False(waiting.IsCompleted);

        _layers.Release.SetResult();
        Assert.Equal(1, (await waiting).Count);
    }

    [Fact]
    public async Task StoredCollectionsAreReadNotComputed()
    {
        var version = await Resolver(TimeSpan.FromMilliseconds(200)).ResolveAsync("999001");

        Assert.Equal(10, (await version.SnapshotAsync(Collections.Facilities, default)).Count);
        Assert.Equal(0, _layers.Computations);
    }
}
