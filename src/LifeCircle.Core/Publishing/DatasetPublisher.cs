using LifeCircle.Core.Coverage;
using LifeCircle.Core.Data;
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

    /// <summary>Checks the dataset, derives its coverage (unless given), and publishes both.</summary>
    public static async Task<PublishResult> PublishAsync(
        IDistrictDataStore store, Dataset dataset, DerivedData? derived = null, IProgress<(int Written, int Total)>? progress = null, CancellationToken cancellationToken = default)
    {
        Check(dataset);
        return await store.PublishAsync(dataset, new PublishOptions { Progress = progress, Derived = derived ?? Derive(dataset) }, cancellationToken);
    }

    /// <summary>Throws <see cref="InvalidDatasetException"/> listing every problem, if there are any.</summary>
    public static void Check(Dataset dataset)
    {
        var problems = DatasetChecks.Validate(dataset).Where(p => p.Severity == ProblemSeverity.Error).ToList();
        if (problems.Count > 0)
        {
            throw new InvalidDatasetException(problems);
        }
    }

    /// <summary>The coverage layers and statistics of a dataset.</summary>
    public static DerivedData Derive(Dataset dataset)
    {
        var result = CoverageComputation.Compute(dataset);
        var access = CoverageLayers.AccessFeatures(dataset, result);
        return new DerivedData(
            CoverageEngineVersion,
            new Dictionary<string, IReadOnlyList<Features.FeatureRecord>>
            {
                [CoverageLayers.Access] = access,
                [CoverageLayers.Gap] = CoverageLayers.GapFeatures(access),
                [CoverageLayers.Isochrone] = CoverageLayers.IsochroneFeatures(dataset, result, Walking.Default),
            },
            CoverageLayers.Documents(result));
    }
}
