using LifeCircle.Core.Coverage;
using LifeCircle.Core.Data;
using LifeCircle.Core.Data.Packages;
using LifeCircle.Core.Model;

namespace LifeCircle.Core.Importing;

/// <summary>A package read and checked once: every problem, each reported once, and the street network the checks ran on, for the coverage to reuse.</summary>
/// <param name="Dataset">Null when the package could not be read at all.</param>
/// <param name="Network">Null when there is no dataset; built even when there are errors, so warnings about reachability are listed too.</param>
public sealed record CheckedPackage(Dataset? Dataset, IReadOnlyList<DatasetProblem> Problems, CoverageNetwork? Network)
{
    public IReadOnlyList<DatasetProblem> Errors => [.. Problems.Where(p => p.Severity == ProblemSeverity.Error)];

    public IReadOnlyList<DatasetProblem> Warnings => [.. Problems.Where(p => p.Severity == ProblemSeverity.Warning)];

    /// <summary>What the import derived or defaulted because the package left it out (also in the dataset's metadata).</summary>
    public IReadOnlyList<DatasetProblem> Derived => [.. Problems.Where(p => p.Severity == ProblemSeverity.Note)];

    /// <summary>True when nothing may be published: a problem is an error (there always is one when nothing could be read).</summary>
    public bool HasErrors => Problems.Any(p => p.Severity == ProblemSeverity.Error);

    /// <summary>Reads and checks a package (a folder or .zip).</summary>
    public static CheckedPackage Read(string path) => Check(PackageReader.Read(path));

    /// <summary>Completes what was read (categories declared, values derived), then runs every check: reading problems, consistency, geometry, reachability on the coverage network.</summary>
    public static CheckedPackage Check(PackageReadResult read)
    {
        if (read.Dataset is not { } readDataset)
        {
            return new CheckedPackage(null, read.Problems.Any(p => p.Severity == ProblemSeverity.Error)
                ? read.Problems
                : [.. read.Problems, new DatasetProblem("(package)", "(package)", "could not be read")], null);
        }

        var (dataset, completed) = PackageCompletion.Complete(readDataset, read.Problems);
        var network = CoverageNetwork.Build(dataset);
        // Blocks derived from the areas hold nothing the areas' checks have not seen, and no file of the package to name.
        bool derivedBlocks = dataset.Metadata.Derived?.Any(x => x.Layer == "blocks" && x.Field == "(file)") == true;
        var checkedDataset = derivedBlocks ? dataset with { Blocks = [] } : dataset;
        var found = ProblemRoots.Resolve(
            [.. completed, .. DatasetRangeChecks.Validate(readDataset, read.Locate), .. DatasetChecks.Validate(checkedDataset, read.Locate, read.Written),
            .. DatasetDistrictChecks.Validate(dataset, read.Locate, derivedBlocks)], file => ProblemRoots.FileName(read.Locate, file));

        // A record with an error (e.g. latitude and longitude swapped) is not also warned about for what follows from it.
        var wrong = found.Where(p => p.Severity == ProblemSeverity.Error).SelectMany(p => p.Affected.Prepend(p.Location)).ToHashSet(StringComparer.Ordinal);
        IReadOnlyList<DatasetProblem> problems = [.. found, .. StreetReachability.Check(dataset, network, read.Locate).Where(w => !wrong.Contains(w.Location))];
        return new CheckedPackage(dataset, problems, network);
    }
}
