using System.Diagnostics;
using LifeCircle.Cli.Sample;
using LifeCircle.Core.Data;
using LifeCircle.Core.Publishing;
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
          lifecircle check FOLDER                        check a dataset folder; exit 1 if it has problems
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
                "check" => Check(options, output, error),
                "import" => await ImportAsync(options, output, error),
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

    private static int Check(CliOptions options, TextWriter output, TextWriter error)
    {
        var dataset = DatasetFiles.Read(options.Folder());
        var problems = DatasetChecks.Validate(dataset);
        foreach (var p in problems)
        {
            error.WriteLine($"error: {p}");
        }

        output.WriteLine($"{options.Folder()}: {dataset.Facilities.Count} facilities, {problems.Count} problem(s)");
        return problems.Count == 0 ? 0 : 1;
    }

    private static async Task<int> ImportAsync(CliOptions options, TextWriter output, TextWriter error)
    {
        var settings = new StorageSettings
        {
            ConnectionString = options.Value("--connection-string") ?? Environment.GetEnvironmentVariable(ConnectionStringVariable),
            TableServiceUri = options.Value("--table-service-uri") is { } uri ? new Uri(uri) : null,
            TablePrefix = options.Value("--table-prefix") ?? new StorageSettings().TablePrefix,
        };
        if (string.IsNullOrWhiteSpace(settings.ConnectionString) && settings.TableServiceUri is null)
        {
            return Fail(error, $"no Table Storage: give --connection-string or --table-service-uri, or set {ConnectionStringVariable}");
        }

        var clock = Stopwatch.StartNew();
        var dataset = DatasetFiles.Read(options.Folder());
        var problems = DatasetChecks.Validate(dataset);
        if (problems.Count > 0)
        {
            foreach (var p in problems)
            {
                error.WriteLine($"error: {p}");
            }

            error.WriteLine("nothing was imported: the dataset has problems (see above)");
            return 1;
        }

        var store = new TableDistrictDataStore(TableServiceClients.Create(settings), settings.TablePrefix);
        var progress = new ProgressBar(output);
        var result = await store.PublishAsync(dataset, new PublishOptions { Progress = progress });
        progress.Finish();
        output.WriteLine(result.AlreadyPublished
            ? $"district {result.Version.DistrictCode}: version {result.Version.Version} is already current; nothing written ({clock.ElapsedMilliseconds} ms)"
            : $"district {result.Version.DistrictCode}: published version {result.Version.Version} ({dataset.Facilities.Count} facilities, {result.EntitiesWritten} entities) in {clock.ElapsedMilliseconds} ms");
        return 0;
    }

    private static int Fail(TextWriter error, string message)
    {
        error.WriteLine($"error: {message}");
        error.WriteLine(Usage);
        return 2;
    }
}
