using System.Diagnostics;
using LifeCircle.Cli.Sample;
using LifeCircle.Core.Data;
using LifeCircle.Core.Data.Packages;
using LifeCircle.Core.Features;
using LifeCircle.Core.Publishing;
using LifeCircle.Storage;
using LifeCircle.Tests.Shared;
using Xunit.Abstractions;

namespace LifeCircle.Cli.Tests;

/// <summary>The lifecircle import process killed (SIGKILL) at random points: the district always serves one complete version, and a re-run publishes.</summary>
public sealed class KilledImportProcessTests(ITestOutputHelper output) : IAsyncLifetime
{
    private const int Kills = 10;
    private readonly TempFolder _folder = new("lc-kill");
    private readonly TableDistrictDataStore _store = new(TestStorage.Service, TestStorage.NewPrefix());

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        await _store.DeleteTablesAsync();
        _folder.Dispose();
    }

    /// <summary>Starts the CLI built next to this test (the same configuration, Release under scripts/test.sh) as its own process.</summary>
    private Process StartImport(string package)
    {
        var start = new ProcessStartInfo(Path.Combine(AppContext.BaseDirectory, "lifecircle"))
        {
            ArgumentList = { "import", package, "--connection-string", TestStorage.ConnectionString, "--table-prefix", _store.Tables.Prefix },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        var process = Process.Start(start)!;
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    /// <summary>Runs an import to its end; returns how long it took.</summary>
    private async Task<TimeSpan> ImportAsync(string package)
    {
        var clock = Stopwatch.StartNew();
        using var process = StartImport(package);
        await process.WaitForExitAsync();
        Assert.Equal(0, process.ExitCode);
        return clock.Elapsed;
    }

    /// <summary>Starts an import and kills it after <paramref name="delay"/>; true when it was still running (not finished) then.</summary>
    private async Task<bool> ImportKilledAfterAsync(string package, TimeSpan delay)
    {
        using var process = StartImport(package);
        var exited = process.WaitForExitAsync();
        if (await Task.WhenAny(exited, Task.Delay(delay)) == exited)
        {
            return false;
        }

        process.Kill();
        await process.WaitForExitAsync();
        return true;
    }

    /// <summary>The district's current version is one of those allowed, complete at its versioned address, with the facility count of that version.</summary>
    private async Task<string?> AssertOneCompleteVersionAsync(IReadOnlyDictionary<string, int> allowed, bool noneAllowed, string after)
    {
        var district = await _store.GetDistrictAsync(SyntheticDistrict.Code);
        if (district is null)
        {
            Assert.True(noneAllowed, $"{after}: the district lost its published version");
            return null;
        }

        Assert.True(allowed.ContainsKey(district.CurrentVersion), $"{after}: serves {district.CurrentVersion}, neither the previous nor the new version");
        var version = await _store.GetDistrictVersionAsync(SyntheticDistrict.Code, district.CurrentVersion);
        Assert.True(version is not null, $"{after}: the current version {district.CurrentVersion} is not complete");
        int facilities = 0;
        await foreach (var _ in _store.ReadLayerAsync(district.Current, Collections.FacilityLayer))
        {
            facilities++;
        }

        Assert.Equal(allowed[district.CurrentVersion], district.FacilityCount);
        Assert.Equal(allowed[district.CurrentVersion], version!.FacilityCount);
        Assert.Equal(allowed[district.CurrentVersion], facilities);
        return district.CurrentVersion;
    }

    private string Package(string name, int facilities)
    {
        var folder = Path.Combine(_folder, name);
        DatasetFiles.Write(SyntheticDistrict.Generate(facilities), folder);
        return folder;
    }

    private static string VersionOf(string package) =>
        DatasetVersionIds.Compute(PackageReader.Read(package).Dataset!, DatasetPublisher.CoverageEngineVersion);

    [Fact]
    public async Task KillingTheImportProcessAnywhereLeavesOneCompleteVersionServedAndARerunPublishes()
    {
        await _store.EnsureTablesAsync();
        var first = Package("first", 300);
        var second = Package("second", 320);
        var third = Package("third", 340);
        var versions = new Dictionary<string, int> { [VersionOf(first)] = 300, [VersionOf(second)] = 320, [VersionOf(third)] = 340 };
        int seed = Random.Shared.Next();
        var random = new Random(seed);
        output.WriteLine($"seed {seed}");

        // Nothing published yet: killed early, the district is absent or (had it finished) complete.
        bool killed = await ImportKilledAfterAsync(first, TimeSpan.FromSeconds(0.3 + random.NextDouble()));
        await AssertOneCompleteVersionAsync(versions, noneAllowed: true, $"seed {seed}, first import killed={killed}");

        var duration = await ImportAsync(first);
        var previous = await AssertOneCompleteVersionAsync(versions, noneAllowed: false, "the first import run to its end");
        output.WriteLine($"a full import took {duration.TotalMilliseconds:N0} ms");

        // Kill until Kills imports were really interrupted: one random point in each tenth of the import's duration, so the
        // kills fall in reading, coverage and writing. An import that finished before its kill shows the machine runs
        // imports faster than the first one took: aim within what it took. Every kill, landed or not, is checked.
        int interrupted = 0, attempts = 0;
        while (interrupted < Kills && attempts < Kills * 4)
        {
            attempts++;
            // Always a version that is not current, so every import has a switch to make.
            var package = previous == VersionOf(second) ? third : second;
            var delay = duration * ((interrupted + random.NextDouble()) / Kills);
            killed = await ImportKilledAfterAsync(package, delay);
            interrupted += killed ? 1 : 0;
            duration = killed ? duration : delay;
            var current = await AssertOneCompleteVersionAsync(versions, noneAllowed: false, $"seed {seed}, kill {attempts} after {delay.TotalMilliseconds:N0} ms");
            Assert.True(current == previous || current == VersionOf(package), $"kill {attempts}: serves {current}, neither the previous nor the one imported");
            output.WriteLine($"kill {attempts} after {delay.TotalMilliseconds:N0} ms: {(killed ? "killed" : "had finished")}, serving {current}");
            previous = current;
        }

        // A killed import is re-run by the next round (the same package while it is not current); the last re-run goes to its end.
        Assert.True(interrupted == Kills, $"only {interrupted} of {attempts} imports were still running when killed (seed {seed})");
        var last = previous == VersionOf(second) ? third : second;
        await ImportAsync(last);
        Assert.Equal(VersionOf(last), await AssertOneCompleteVersionAsync(versions, noneAllowed: false, "the re-run"));
    }
}
