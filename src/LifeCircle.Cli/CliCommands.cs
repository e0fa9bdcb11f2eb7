using System.Diagnostics;
using LifeCircle.Cli.Sample;
using LifeCircle.Core.Data;
using LifeCircle.Core.Importing;
using LifeCircle.Storage;

namespace LifeCircle.Cli;

/// <summary>The commands of the lifecircle tool: generate-sample, check, import.</summary>
public static class CliCommands
{
    /// <summary>Environment variable holding the Table Storage connection string when --connection-string is not given.</summary>
    public const string ConnectionStringVariable = "LifeCircle__Storage__ConnectionString";

    private const string Usage = """
        usage:
          lifecircle generate-sample [--out FOLDER]       write the Hainan District sample (default data/hainan-150303)
          lifecircle generate-synthetic --facilities N --out FOLDER
                                                         write a synthetic load-test district (code 999999)
          lifecircle prune CODE --keep N [--connection-string CS | --table-service-uri URI]
                                                         delete all but the current and N previous versions of a district
          lifecircle coverage FOLDER [--category C]      compute walking coverage and print it per area (nothing is stored)
          lifecircle validate PACKAGE                    report every problem of a package (folder or .zip); exit 1 on errors
          lifecircle import FOLDER [--connection-string CS | --table-service-uri URI] [--table-prefix P]
                                                         check, then publish FOLDER as the district's new current version
        Table Storage: --connection-string (Azurite), or --table-service-uri with your Entra ID sign-in
        (az login; needs Storage Table Data Contributor), else the LifeCircle__Storage__ConnectionString variable.
        """;

    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error)
    {
        try
        {
            var options = CliOptions.Parse(args);
            return options.Command switch
            {
                "generate-sample" => GenerateSample(options, output),
                "generate-synthetic" => GenerateSynthetic(options, output),
                "validate" or "check" => Validate(options, output, error),
                "coverage" => Coverage(options, output, error),
                "import" => await ImportAsync(options, output, error),
                "prune" => await PruneAsync(options, output, error),
                _ => Fail(error, options.Command is null ? "no command given" : $"unknown command '{options.Command}'"),
            };
        }
        catch (CliUsageException ex)
        {
            return Fail(error, ex.Message);
        }
        catch (DatasetFormatException ex)
        {
            error.WriteLine($"error: {ex.Message}");
            return 1;
        }
    }

    private static int GenerateSample(CliOptions options, TextWriter output)
    {
        var folder = options.Value("--out") ?? Path.Combine("data", HainanSample.FolderName);
        var dataset = HainanSample.Generate();
        DatasetFiles.Write(dataset, folder);
        output.WriteLine($"wrote {folder}: {dataset.Facilities.Count} facilities, {dataset.Areas.Count} areas, {dataset.Circles.Count} circles, " +
                         $"{dataset.Blocks.Count} blocks, {dataset.Streets.Count} streets (fingerprint {DatasetFiles.Fingerprint(dataset)})");
        return 0;
    }

    private static int GenerateSynthetic(CliOptions options, TextWriter output)
    {
        var folder = options.Value("--out") ?? throw new CliUsageException("generate-synthetic needs --out FOLDER");
        if (!int.TryParse(options.Value("--facilities"), out int count) || count is < 1 or > 1_000_000)
        {
            throw new CliUsageException("generate-synthetic needs --facilities N with N from 1 to 1000000");
        }

        DatasetFiles.Write(SyntheticDistrict.Generate(count), folder);
        output.WriteLine($"wrote {folder}: synthetic district {SyntheticDistrict.Code} with {count} facilities");
        return 0;
    }

    private static int Coverage(CliOptions options, TextWriter output, TextWriter error)
    {
        var read = Core.Data.Packages.PackageReader.Read(options.Folder());
        if (read.HasErrors)
        {
            WriteProblems(error, read.Problems.Where(p => p.Severity == ProblemSeverity.Error), []);
            return 1;
        }

        var dataset = read.Dataset!;
        var clock = Stopwatch.StartNew();
        var result = Core.Coverage.CoverageComputation.Compute(dataset);
        output.WriteLine($"method {result.Method.Method}: {result.Method.NetworkNodes} nodes, {result.Method.NetworkEdges} edges, {result.Method.WalkingSpeedKmh} km/h; computed in {clock.ElapsedMilliseconds} ms");
        var names = dataset.Areas.ToDictionary(a => a.Code, a => a.Name.Zh);
        foreach (var h in result.Headlines)
        {
            output.WriteLine($"{h.Area,-18} {names.GetValueOrDefault(h.Area, h.Area),-12} {h.Scenario,-13} residents {h.Residents,6}  whole circle {h.Share:P1}  elderly {h.ElderlyShare:P1}  all basic within 15 min {h.ShareWithin15:P1}  limited by {string.Join(", ", h.Limiting.Select(l => $"{l.Category} ({l.ShareNotReached:P0} beyond {l.Level} min)"))}");
        }

        if (options.Value("--category") is { } category)
        {
            foreach (var c in result.Categories.Where(c => c.Category == category))
            {
                output.WriteLine($"{c.Area,-18} {names.GetValueOrDefault(c.Area, c.Area),-12} {c.Scenario,-13} {c.Threshold,2} min  residents {c.Share:P1}  elderly {c.ElderlyShare:P1}  facilities {c.Facilities}  median {c.MedianMinutes} p90 {c.P90Minutes}");
            }
        }

        return 0;
    }

    /// <summary>Reads a package (folder or .zip) and reports every problem at once: errors, then warnings.</summary>
    private static int Validate(CliOptions options, TextWriter output, TextWriter error)
    {
        var check = CheckedPackage.Read(options.Folder());
        WriteProblems(error, check.Errors, check.Warnings);
        output.WriteLine($"{options.Folder()}: {check.Dataset?.Facilities.Count ?? 0} facilities, {check.Errors.Count} error(s), {check.Warnings.Count} warning(s)");
        return check.HasErrors ? 1 : 0;
    }

    private static async Task<int> PruneAsync(CliOptions options, TextWriter output, TextWriter error)
    {
        var settings = Settings(options);
        if (settings is null)
        {
            return Fail(error, $"no Table Storage: give --connection-string or --table-service-uri, or set {ConnectionStringVariable}");
        }

        if (!int.TryParse(options.Value("--keep"), out int keep) || keep < 0)
        {
            throw new CliUsageException("prune needs --keep N: how many versions before the current one to keep (0 or more)");
        }

        var store = new TableDistrictDataStore(TableServiceClients.Create(settings), settings.TablePrefix);
        var deleted = await store.PruneAsync(options.Folder(), keep);
        output.WriteLine(deleted.Count == 0 ? "nothing to prune" : $"deleted {deleted.Count} version(s): {string.Join(", ", deleted)}");
        return 0;
    }

    private static StorageSettings? Settings(CliOptions options)
    {
        var settings = new StorageSettings
        {
            ConnectionString = options.Value("--connection-string") ?? Environment.GetEnvironmentVariable(ConnectionStringVariable),
            TableServiceUri = options.Value("--table-service-uri") is { } uri ? new Uri(uri) : null,
            TablePrefix = options.Value("--table-prefix") ?? new StorageSettings().TablePrefix,
        };
        return string.IsNullOrWhiteSpace(settings.ConnectionString) && settings.TableServiceUri is null ? null : settings;
    }

    private static async Task<int> ImportAsync(CliOptions options, TextWriter output, TextWriter error)
    {
        var settings = Settings(options);
        if (settings is null)
        {
            return Fail(error, $"no Table Storage: give --connection-string or --table-service-uri, or set {ConnectionStringVariable}");
        }

        var clock = Stopwatch.StartNew();
        var store = new TableDistrictDataStore(TableServiceClients.Create(settings), settings.TablePrefix);
        var progress = new ProgressBar(output);
        var result = await new DatasetImport(store).RunAsync(options.Folder(), progress);
        if (result.HasErrors)
        {
            WriteProblems(error, result.Errors, []);
            error.WriteLine("nothing was imported: the package has problems (see above; lifecircle validate lists warnings too)");
            return 1;
        }

        progress.Finish();
        var t = result.Timings;
        output.WriteLine(result.AlreadyPublished
            ? $"read in {t.ReadMs} ms, checked in {t.CheckMs} ms, store asked in {t.WriteMs} ms"
            : $"read in {t.ReadMs} ms, checked in {t.CheckMs} ms, coverage computed in {t.DeriveMs} ms" +
              (t.Derive is { } d ? $" (statistics {d.CoverageMs} ms, access/gaps layers {d.LayersMs} ms, isochrones {d.IsochronesMs} ms)" : "") +
              $", written in {t.WriteMs} ms ({(t.WriteMs > 0 ? result.EntitiesWritten * 1000L / t.WriteMs : 0)} entities/s)");
        output.WriteLine(result.AlreadyPublished
            ? $"district {result.District}: version {result.Version} is already current; nothing written ({clock.ElapsedMilliseconds} ms)"
            : $"district {result.District}: published version {result.Version} ({result.Facilities} facilities, {result.EntitiesWritten} entities) in {clock.ElapsedMilliseconds} ms");
        return 0;
    }

    private static void WriteProblems(TextWriter error, IEnumerable<DatasetProblem> errors, IEnumerable<DatasetProblem> warnings)
    {
        foreach (var p in errors)
        {
            error.WriteLine($"error: {p}");
        }

        foreach (var p in warnings)
        {
            error.WriteLine($"warning: {p}");
        }
    }

    private static int Fail(TextWriter error, string message)
    {
        error.WriteLine($"error: {message}");
        error.WriteLine(Usage);
        return 2;
    }
}
