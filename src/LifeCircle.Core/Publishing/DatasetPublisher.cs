using LifeCircle.Core.Coverage;
using LifeCircle.Core.Data;
using LifeCircle.Core.Data.Packages;
using LifeCircle.Core.Model;

namespace LifeCircle.Core.Publishing;

/// <summary>The import pipeline: check the dataset, compute its coverage, then publish both as one version.</summary>
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

    /// <summary>Refuses a package with errors (its problems are checked once and shared with the caller), derives its coverage (unless given), and publishes both.</summary>
    public static async Task<PublishResult> PublishAsync(
        IDistrictDataStore store, PackageReadResult read, DerivedData? derived = null, IProgress<(int Written, int Total)>? progress = null, CancellationToken cancellationToken = default)
    {
        var errors = read.AllProblems().Where(p => p.Severity == ProblemSeverity.Error).ToList();
        if (errors.Count > 0 || read.Dataset is null)
        {
            throw new InvalidDatasetException(errors);
        }

        return await store.PublishAsync(read.Dataset, new PublishOptions { Progress = progress, Derived = derived ?? Derive(read.Dataset) }, cancellationToken);
    }

    /// <summary>The same for a dataset built in code.</summary>
    public static Task<PublishResult> PublishAsync(IDistrictDataStore store, Dataset dataset, CancellationToken cancellationToken = default) =>
        PublishAsync(store, PackageReadResult.Of(dataset), cancellationToken: cancellationToken);

    /// <summary>The coverage layers and statistics of a dataset.</summary>
    public static DerivedData Derive(Dataset dataset)
    {
        var network = CoverageNetwork.Build(dataset);
        var result = CoverageComputation.Compute(dataset, network);
        var access = CoverageLayers.AccessFeatures(dataset, result);
        return new DerivedData(
            CoverageEngineVersion,
            new Dictionary<string, IReadOnlyList<Features.FeatureRecord>>
            {
                [CoverageLayers.Access] = access,
                [CoverageLayers.Gap] = CoverageLayers.GapFeatures(access),
                [CoverageLayers.Isochrone] = CoverageLayers.IsochroneFeatures(dataset, result, network, Walking.Default),
            },
            CoverageLayers.Documents(result));
    }
}
