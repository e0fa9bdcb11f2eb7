using LifeCircle.Core.Coverage;
using LifeCircle.Core.Data;
using LifeCircle.Core.Model;

namespace LifeCircle.Core.Publishing;

/// <summary>The coverage an import derives and publishes with a dataset, and a direct publish for datasets built in code.</summary>
/// <remarks>Packages are imported by Importing.DatasetImport, which checks once and skips a version already current.</remarks>
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
        var errors = DatasetChecks.Validate(dataset).Where(p => p.Severity == ProblemSeverity.Error).ToList();
        if (errors.Count > 0)
        {
            throw new InvalidDatasetException(errors);
        }

        return await store.PublishAsync(dataset, new PublishOptions { Derived = Derive(dataset) }, cancellationToken);
    }

    /// <summary>The coverage layers and statistics of a dataset, on <paramref name="network"/> when it was already built (e.g. by the checks).</summary>
    public static DerivedData Derive(Dataset dataset, CoverageNetwork? network = null)
    {
        network ??= CoverageNetwork.Build(dataset);
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
