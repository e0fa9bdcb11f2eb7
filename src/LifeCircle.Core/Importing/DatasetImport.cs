using System.Diagnostics;
using LifeCircle.Core.Data.Packages;
using LifeCircle.Core.Publishing;

namespace LifeCircle.Core.Importing;

/// <summary>Imports a dataset package: read, check once, skip if already current, derive coverage on the checked network, publish.</summary>
/// <remarks>The one import path of the CLI (lifecircle import) and the API (POST /api/imports); they only present the result.</remarks>
public sealed class DatasetImport(IDistrictDataStore store)
{
    /// <summary>Imports a folder or .zip file; a .zip over <paramref name="limits"/> (default <see cref="PackageLimits.Default"/>) is an error naming the file and the limit.</summary>
    public async Task<ImportResult> RunAsync(string path, IProgress<(int Written, int Total)>? progress = null, CancellationToken cancellationToken = default, PackageLimits? limits = null)
    {
        var clock = Stopwatch.StartNew();
        var read = PackageReader.Read(path, limits);
        return await RunAsync(read, clock.ElapsedMilliseconds, progress, cancellationToken);
    }

    /// <summary>Imports an open package (e.g. an uploaded .zip).</summary>
    /// <exception cref="PackageLimitException">A file of the package unpacked beyond the source's limits; nothing was written.</exception>
    public async Task<ImportResult> RunAsync(PackageSource source, IProgress<(int Written, int Total)>? progress = null, CancellationToken cancellationToken = default)
    {
        var clock = Stopwatch.StartNew();
        var read = PackageReader.Read(source);
        return await RunAsync(read, clock.ElapsedMilliseconds, progress, cancellationToken);
    }

    private async Task<ImportResult> RunAsync(PackageReadResult read, long readMs, IProgress<(int Written, int Total)>? progress, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        // The store is asked for the district's current version on another thread while the package is checked: the first
        // request of a process (connection, client code compiled) takes about as long as the check of 10,000 facilities.
        var asked = read.Dataset?.District.Code is { } code ? (Code: code, Current: Task.Run(() => store.GetDistrictAsync(code, cancellationToken), cancellationToken)) : default;
        var check = CheckedPackage.Check(read);
        var warnings = check.Warnings;
        if (check.HasErrors)
        {
            // A package with errors writes nothing and reports its errors, whatever the store said.
            _ = asked.Current?.ContinueWith(t => t.Exception, CancellationToken.None, TaskContinuationOptions.OnlyOnFaulted, TaskScheduler.Default);
            return new ImportResult(check.Dataset?.District.Code, null, false, 0, check.Dataset?.Facilities.Count ?? 0,
                check.Errors, warnings, new ImportTimings(readMs, Lap(clock), 0, 0)) { Derived = check.Derived };
        }

        // Nothing in the package can stop the import now: the store gets ready (tables) while the version is named and coverage computed.
        var prepared = store.PrepareToPublishAsync(cancellationToken);
        var dataset = check.Dataset!;
        var district = dataset.District.Code;
        var version = DatasetVersionIds.Compute(dataset, DatasetPublisher.CoverageEngineVersion);
        long checkMs = Lap(clock);
        // The current version is complete by construction: the store switches to a version only after writing all of it.
        var current = await (asked.Code == district && asked.Current is { } early ? early : store.GetDistrictAsync(district, cancellationToken));
        if (current?.CurrentVersion == version)
        {
            _ = prepared.ContinueWith(t => t.Exception, CancellationToken.None, TaskContinuationOptions.OnlyOnFaulted, TaskScheduler.Default);
            return new ImportResult(district, version, true, 0, dataset.Facilities.Count, [], warnings, new ImportTimings(readMs, checkMs, 0, Lap(clock))) { Derived = check.Derived };
        }

        long lookupMs = Lap(clock);
        var derived = DatasetPublisher.Derive(dataset, check.Network, out var parts);
        long deriveMs = Lap(clock);
        await prepared;
        var published = await store.PublishAsync(dataset, new PublishOptions { Progress = progress, Derived = derived }, cancellationToken);
        return new ImportResult(district, published.Version.Version, published.AlreadyPublished, published.EntitiesWritten, dataset.Facilities.Count,
            [], warnings, new ImportTimings(readMs, checkMs, deriveMs, lookupMs + Lap(clock), parts)) { Derived = check.Derived };
    }

    private static long Lap(Stopwatch clock)
    {
        long ms = clock.ElapsedMilliseconds;
        clock.Restart();
        return ms;
    }
}
