using System.Text;
using LifeCircle.Core.Data.Layers;
using LifeCircle.Core.Geodesy;
using LifeCircle.Core.Model;
using NetTopologySuite.Geometries;

namespace LifeCircle.Core.Data.Packages;

/// <summary>What reading a package gave: the dataset (null when unreadable) and every problem met on the way.</summary>
/// <param name="Locate">Names a record by where it was read (e.g. "facilities.csv row 7"), for the dataset checks.</param>
public sealed record PackageReadResult(Dataset? Dataset, IReadOnlyList<DatasetProblem> Problems, DatasetChecks.RecordLocator Locate)
{
    public bool HasErrors => Dataset is null || Problems.Any(p => p.Severity == ProblemSeverity.Error);

    /// <summary>A dataset built in code rather than read from files: no reading problems, records named by feature number.</summary>
    public static PackageReadResult Of(Dataset dataset) => new(dataset, [], DatasetChecks.DefaultLocator);
}

/// <summary>Reads a dataset package (see docs/dataset-format.md): converts every layer from its source CRS to CRS84 and keeps reading past bad records.</summary>
/// <remarks>Whatever the package holds, reading a path never throws: each thing wrong becomes one <see cref="DatasetProblem"/>;
/// a package over its <see cref="PackageLimits"/> is one problem naming the file and the limit.</remarks>
public static class PackageReader
{
    public static IReadOnlyList<string> LayerNames { get; } = ["facilities", "areas", "circles", "blocks", "streets"];

    /// <summary>Reads a folder or a .zip file (within <paramref name="limits"/>, default <see cref="PackageLimits.Default"/>); a path that is neither is reported as a problem.</summary>
    public static PackageReadResult Read(string path, PackageLimits? limits = null)
    {
        PackageSource source;
        try
        {
            source = PackageSource.OpenPackage(path, limits);
        }
        catch (PackageLimitException ex)
        {
            return Unreadable(LimitProblem(ex));
        }
        catch (DatasetFormatException ex)
        {
            return Unreadable(new DatasetProblem(ex.Location, ex.Field, ex.Problem));
        }
        catch (InvalidDataException)
        {
            return Unreadable(new DatasetProblem(path, "(package)", "is not a .zip file"));
        }

        using (source)
        {
            try
            {
                return Read(source);
            }
            catch (PackageLimitException ex)
            {
                return Unreadable(LimitProblem(ex));
            }
        }
    }

    /// <summary>The problem a package over a limit is reported as: the file, the limit's name and what was allowed.</summary>
    public static DatasetProblem LimitProblem(PackageLimitException ex) => new(ex.File, ex.Limit, ex.Problem);

    /// <summary>Reads an open package; everything wrong becomes a problem, but a file over a limit stops the read.</summary>
    /// <exception cref="PackageLimitException">A file inflated beyond a limit of the source.</exception>
    public static PackageReadResult Read(PackageSource source)
    {
        var problems = new List<DatasetProblem>();
        var descriptor = PackageManifest.Read(source, problems);
        var themes = PackageManifest.Themes(source, problems);
        var categories = PackageManifest.Categories(source, problems);
        if (descriptor is null)
        {
            return new PackageReadResult(null, problems, DatasetChecks.DefaultLocator);
        }

        var layers = PackageManifest.Layers(descriptor, LayerNames, problems);
        var facilitiesFile = layers["facilities"].File;
        List<Facility> facilities;
        IReadOnlyList<int> csvLines = [];
        if (facilitiesFile.EndsWith(".csv", StringComparison.OrdinalIgnoreCase))
        {
            facilities = Open(source, facilitiesFile, problems, s =>
            {
                using var reader = new StreamReader(s, Encoding.UTF8);
                return FacilityCsv.Read(reader, facilitiesFile, themes, problems, out csvLines);
            }) ?? [];
        }
        else
        {
            facilities = [.. ReadLayer(source, facilitiesFile, FacilityCodec.Instance, problems)];
        }

        var dataset = new Dataset(
            descriptor.Metadata,
            descriptor.District,
            Convert(ReadLayer(source, layers["areas"].File, AreaCodec.Instance, problems), layers["areas"], (a, g, p) => a with { Geometry = g, Provenance = p }, a => a.Geometry, a => a.Provenance),
            Convert(ReadLayer(source, layers["circles"].File, CircleCodec.Instance, problems), layers["circles"], (c, g, p) => c with { Geometry = g!, Provenance = p }, c => c.Geometry, c => c.Provenance),
            themes,
            categories,
            Convert(facilities, layers["facilities"], (f, g, p) => f with { Location = (Point)g!, Provenance = p }, f => f.Location, f => f.Provenance),
            Convert(ReadLayer(source, layers["blocks"].File, BlockCodec.Instance, problems), layers["blocks"], (b, g, p) => b with { Geometry = g!, Provenance = p }, b => b.Geometry, b => b.Provenance),
            Convert(ReadLayer(source, layers["streets"].File, StreetCodec.Instance, problems), layers["streets"], (s, g, p) => s with { Geometry = (LineString)g!, Provenance = p }, s => s.Geometry, s => s.Provenance));
        var files = LayerNames.ToDictionary(n => n + ".geojson", n => layers[n].File);
        DatasetChecks.RecordLocator locate = (file, index) =>
            file == DatasetFiles.Facilities && index < csvLines.Count ? $"{files[file]} row {csvLines[index]}"
            : $"{files.GetValueOrDefault(file, file)} feature {index + 1}";
        return new PackageReadResult(dataset, problems, locate);
    }

    private static PackageReadResult Unreadable(DatasetProblem problem) => new(null, [problem], DatasetChecks.DefaultLocator);

    /// <summary>Converts each record's geometry to CRS84 (rounded to the published precision) and records its source CRS.</summary>
    private static IReadOnlyList<T> Convert<T>(IReadOnlyList<T> items, PackageLayer layer,
        Func<T, Geometry?, Provenance, T> with, Func<T, Geometry?> geometry, Func<T, Provenance> provenance)
    {
        if (layer.CrsName is null)
        {
            return items;
        }

        return items.Select(item =>
        {
            var g = geometry(item);
            var converted = g is null ? null : CoordinateSystems.Crs84.FromCrs84Geometry(layer.System.ToCrs84Geometry(g));
            return with(item, converted, provenance(item) with { SourceCrs = layer.CrsName });
        }).ToList();
    }

    private static IReadOnlyList<T> ReadLayer<T>(PackageSource source, string file, IFeatureCodec<T> codec, List<DatasetProblem> problems) =>
        Open(source, file, problems, s => FeatureCollections.Read(s, codec, file, problems)) ?? [];

    internal static T? Open<T>(PackageSource source, string file, List<DatasetProblem> problems, Func<Stream, T?> read)
        where T : class
    {
        if (!source.Exists(file))
        {
            problems.Add(new DatasetProblem(file, "(file)", "is missing from the package"));
            return null;
        }

        try
        {
            using var stream = source.Open(file);
            return read(stream);
        }
        catch (DatasetFormatException ex)
        {
            problems.Add(new DatasetProblem(ex.Location, ex.Field, ex.Problem));
            return null;
        }
        catch (InvalidDataException ex)
        {
            problems.Add(new DatasetProblem(file, "(file)", $"cannot be unpacked: {ex.Message}"));
            return null;
        }
    }
}
