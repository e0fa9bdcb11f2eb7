using LifeCircle.Core.Data.Layers;
using LifeCircle.Core.Model;
using NetTopologySuite.Geometries;

namespace LifeCircle.Core.Data.Packages;

/// <summary>What reading a package gave: the dataset (null when unreadable) and every problem met on the way.</summary>
/// <param name="Locate">Names a record by where it was read (e.g. "facilities.csv row 7"), for the dataset checks.</param>
public sealed record PackageReadResult(Dataset? Dataset, IReadOnlyList<DatasetProblem> Problems, DatasetChecks.RecordLocator Locate)
{
    /// <summary>A record's position as its file gives it, for messages an officer can match with the file; null for records read in WGS84.</summary>
    public DatasetChecks.WrittenLocator Written { get; init; } = (_, _) => null;

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
        if (descriptor is null)
        {
            // themes.json and categories.json may be left out; without a dataset.json nothing stands in for them, so neither is reported missing.
            return new PackageReadResult(null, problems, DatasetChecks.DefaultLocator);
        }

        var themes = PackageManifest.Themes(source, problems);
        var categories = PackageManifest.Categories(source, problems);

        var layers = PackageManifest.Layers(descriptor, LayerNames, problems);
        if (!problems.Any(p => p.Location == DatasetFiles.Descriptor))
        {
            PackageSchemaCheck.Descriptor(source, problems);
        }

        LayerReader.TableReader<Facility> table = (rows, file, out lines) => FacilityCsv.Read(rows, file, themes, problems, out lines);
        var facilities = LayerReader.Read(source, layers["facilities"], new LayerAccess<Facility>(LayerCodecs.Facilities, (f, g, p) => f with { Location = (Point)g!, Provenance = p }, f => f.Location, f => f.Provenance), table, problems);
        EmptyLayerFiles.Report(layers["facilities"], facilities, required: true, problems);
        var areas = LayerReader.Read(source, layers["areas"], new LayerAccess<Area>(LayerCodecs.Areas, (a, g, p) => a with { Geometry = g, Provenance = p }, a => a.Geometry, a => a.Provenance), null, problems);
        var circles = LayerReader.Read(source, layers["circles"], new LayerAccess<Circle>(LayerCodecs.Circles, (c, g, p) => c with { Geometry = g!, Provenance = p }, c => c.Geometry, c => c.Provenance), null, problems);
        var blocks = LayerReader.Read(source, layers["blocks"], new LayerAccess<ResidentialBlock>(LayerCodecs.Blocks, (b, g, p) => b with { Geometry = g!, Provenance = p }, b => b.Geometry, b => b.Provenance), null, problems);
        var streets = LayerReader.Read(source, layers["streets"], new LayerAccess<Street>(LayerCodecs.Streets, (s, g, p) => s with { Geometry = (LineString)g!, Provenance = p }, s => s.Geometry, s => s.Provenance), null, problems);

        var dataset = new Dataset(descriptor.Metadata, descriptor.District, areas.Records, circles.Records, themes, categories, facilities.Records, blocks.Records, streets.Records);
        var locations = new Dictionary<string, IReadOnlyList<string>>
        {
            [DatasetFiles.Facilities] = facilities.Locations,
            [DatasetFiles.Areas] = areas.Locations,
            [DatasetFiles.Circles] = circles.Locations,
            [DatasetFiles.Blocks] = blocks.Locations,
            [DatasetFiles.Streets] = streets.Locations,
        };
        // A record not read from a file (a layer that could not be read) is still named by the layer's file in this package, e.g. areas.shp.
        DatasetChecks.RecordLocator locate = (file, index) =>
            locations.TryGetValue(file, out var named) && index < named.Count ? named[index]
            : $"{(layers.TryGetValue(Path.GetFileNameWithoutExtension(file), out var layer) && layer.Files.Count > 0 ? layer.Files[0].File : file)} feature {index + 1}";
        var written = new Dictionary<string, IReadOnlyList<DatasetChecks.WrittenAt?>>
        {
            [DatasetFiles.Facilities] = facilities.Written,
            [DatasetFiles.Areas] = areas.Written,
            [DatasetFiles.Circles] = circles.Written,
            [DatasetFiles.Blocks] = blocks.Written,
            [DatasetFiles.Streets] = streets.Written,
        };
        return new PackageReadResult(dataset, problems, locate)
        {
            Written = (file, index) => written.TryGetValue(file, out var list) && index < list.Count ? list[index] : null,
        };
    }

    private static PackageReadResult Unreadable(DatasetProblem problem) => new(null, [problem], DatasetChecks.DefaultLocator);

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
