using System.Diagnostics;
using LifeCircle.Core.Coverage;
using LifeCircle.Core.Data;
using LifeCircle.Core.Model;

namespace LifeCircle.Core.Publishing;

/// <summary>The coverage an import derives and publishes with a dataset, and a direct publish for datasets built in code.</summary>
/// <remarks>
/// Packages are imported by Importing.DatasetImport, which checks once and skips a version already current.
/// Isochrones are not derived here: they are computed when a version's isochrones are first read (Operations.ComputedLayers).
/// </remarks>
public static class DatasetPublisher
{
    /// <summary>Changes whenever the coverage method changes, so the same data is republished with new figures.</summary>
    public const string CoverageEngineVersion = "coverage-1";

    /// <summary>Refused before anything is written: the dataset has problems.</summary>
    public sealed class InvalidDatasetException(IReadOnlyList<DatasetProblem> problems)
        : Exception($"The dataset has {problems.Count} problem(s); nothing was published.")
    {
        public IReadOnlyList<DatasetProblem> Problems { get; } = problems;
    }

    /// <summary>Publishes a dataset built in code (e.g. a test's) with its coverage; refuses one with errors.</summary>
    public static async Task<PublishResult> PublishAsync(IDistrictDataStore store, Dataset dataset, CancellationToken cancellationToken = default)
    {
        var errors = DatasetRangeChecks.Validate(dataset).Concat(DatasetChecks.Validate(dataset)).Where(p => p.Severity == ProblemSeverity.Error).ToList();
        if (errors.Count > 0)
        {
            throw new InvalidDatasetException(errors);
        }

        return await store.PublishAsync(dataset, new PublishOptions { Derived = Derive(dataset) }, cancellationToken);
    }

    /// <summary>The stored coverage layers (access, gaps) and statistics of a dataset, on <paramref name="network"/> when it was already built (e.g. by the checks).</summary>
    public static DerivedData Derive(Dataset dataset, CoverageNetwork? network = null) => Derive(dataset, network, out _);

    /// <summary>As <see cref="Derive(Dataset, CoverageNetwork?)"/>, saying how long each part took.</summary>
    public static DerivedData Derive(Dataset dataset, CoverageNetwork? network, out DeriveTimings timings)
    {
        var clock = Stopwatch.StartNew();
        network ??= CoverageNetwork.Build(dataset);
        var result = CoverageComputation.Compute(dataset, network);
        long coverageMs = clock.ElapsedMilliseconds;
        var access = CoverageLayers.AccessFeatures(dataset, result);
        var gaps = CoverageLayers.GapFeatures(access);
        var documents = CoverageLayers.Documents(result);
        timings = new DeriveTimings(coverageMs, clock.ElapsedMilliseconds - coverageMs);
        return new DerivedData(
            CoverageEngineVersion,
            new Dictionary<string, IReadOnlyList<Features.FeatureRecord>>
            {
                [CoverageLayers.Access] = access,
                [CoverageLayers.Gap] = gaps,
            },
            documents);
    }
}

/// <summary>Milliseconds spent deriving: coverage statistics (incl. the network when not given), access/gaps layers and documents.</summary>
public sealed record DeriveTimings(long CoverageMs, long LayersMs);
