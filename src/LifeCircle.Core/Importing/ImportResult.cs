using LifeCircle.Core.Data;
using LifeCircle.Core.Publishing;

namespace LifeCircle.Core.Importing;

/// <summary>What an import did: the version it published (or found already current), or the errors that stopped it; warnings either way.</summary>
/// <param name="District">The district's code; null when the package could not be read.</param>
/// <param name="Version">The content-derived version id; null when errors stopped the import.</param>
/// <param name="EntitiesWritten">Table entities written (0 when already published or refused).</param>
/// <param name="Facilities">Facilities in the package.</param>
public sealed record ImportResult(
    string? District,
    string? Version,
    bool AlreadyPublished,
    int EntitiesWritten,
    int Facilities,
    IReadOnlyList<DatasetProblem> Errors,
    IReadOnlyList<DatasetProblem> Warnings,
    ImportTimings Timings)
{
    /// <summary>What the import derived or defaulted because the package left it out (notes; also in the published metadata).</summary>
    public IReadOnlyList<DatasetProblem> Derived { get; init; } = [];

    /// <summary>True when nothing was published because the package has errors.</summary>
    public bool HasErrors => Errors.Count > 0;
}

/// <summary>Milliseconds spent in each step of an import (0 for a step not reached).</summary>
/// <param name="CheckMs">The checks, including building the street network they share with the coverage, and naming the version (a hash of its content).</param>
/// <param name="DeriveMs">Computing coverage statistics, access and gaps (isochrones are computed when first read, not at import).</param>
/// <param name="WriteMs">Asking the store for the current version, and writing the new one.</param>
/// <param name="Derive">The parts of <paramref name="DeriveMs"/>; null when nothing was derived.</param>
public sealed record ImportTimings(long ReadMs, long CheckMs, long DeriveMs, long WriteMs, DeriveTimings? Derive = null);
