using System.Text;
using System.Text.Json;
using LifeCircle.Core.Catalogue;
using LifeCircle.Core.Data.Layers;
using LifeCircle.Core.Geodesy;
using LifeCircle.Core.Model;
using NetTopologySuite.Geometries;

namespace LifeCircle.Core.Data.Packages;

/// <summary>What reading a package gave: the dataset (null when unreadable) and every problem met on the way.</summary>
/// <param name="Locate">Names a record by where it was read (e.g. "facilities.csv row 7"), for the dataset checks.</param>
public sealed record PackageReadResult(Dataset? Dataset, IReadOnlyList<DatasetProblem> Problems, DatasetChecks.RecordLocator Locate)
{
    private IReadOnlyList<DatasetProblem>? _all;

    public bool HasErrors => Dataset is null || Problems.Any(p => p.Severity == ProblemSeverity.Error);

    /// <summary>A dataset built in code rather than read from files: no reading problems, records named by feature number.</summary>
    public static PackageReadResult Of(Dataset dataset) => new(dataset, [], DatasetChecks.DefaultLocator);

    /// <summary>Reading problems and every check of the records that could be read: all problems at once (checked once, then remembered).</summary>
    public IReadOnlyList<DatasetProblem> AllProblems() =>
        _all ??= Dataset is null ? Problems : [.. Problems, .. DatasetChecks.Validate(Dataset, Locate)];
}

/// <summary>Reads a dataset package (see docs/dataset-format.md): converts every layer from its source CRS to CRS84 and keeps reading past bad records.</summary>
public static class PackageReader
{
    public static IReadOnlyList<string> LayerNames { get; } = ["facilities", "areas", "circles", "blocks", "streets"];

    public static PackageReadResult Read(string path)
    {
        using var source = PackageSource.OpenPackage(path);
        return Read(source);
    }

    public static PackageReadResult Read(PackageSource source)
    {
        var problems = new List<DatasetProblem>();
        var descriptor = Json<DatasetDescriptor>(source, DatasetFiles.Descriptor, problems, required: true);
        var themes = Json<List<Theme>>(source, DatasetFiles.Themes, problems, required: true) ?? [];
        var categories = Json<List<FacilityCategory>>(source, DatasetFiles.Categories, problems, required: false) ?? [.. StandardCategories.All];
        if (descriptor is null)
        {
            return new PackageReadResult(null, problems, DatasetChecks.DefaultLocator);
        }

        var layers = descriptor.Layers ?? new Dictionary<string, LayerFile>();
        foreach (var unknown in layers.Keys.Where(k => !LayerNames.Contains(k)))
        {
            problems.Add(new DatasetProblem(DatasetFiles.Descriptor, $"layers.{unknown}", $"is not a layer; layers are {string.Join(", ", LayerNames)}"));
        }

        (LayerFile File, string? CrsName, CoordinateSystem System) Layer(string name)
        {
            var file = layers.GetValueOrDefault(name) ?? new LayerFile($"{name}.geojson");
            var crs = SourceCrs.Find(file.Crs ?? SourceCrs.Wgs84);
            if (crs is null)
            {
                problems.Add(new DatasetProblem(DatasetFiles.Descriptor, $"layers.{name}.crs", $"'{file.Crs}' is not supported; give one of {string.Join(", ", SourceCrs.Accepted)}"));
                return (file, null, CoordinateSystems.Crs84);
            }

            return (file, crs.Value.Name == SourceCrs.Wgs84 ? null : crs.Value.Name, crs.Value.System);
        }

        var facilitiesLayer = Layer("facilities");
        List<Facility> facilities;
        var files = LayerNames.ToDictionary(n => n + ".geojson", n => Layer(n).File.File);
        IReadOnlyList<int> csvLines = [];
        if (facilitiesLayer.File.File.EndsWith(".csv", StringComparison.OrdinalIgnoreCase))
        {
            facilities = Open(source, facilitiesLayer.File.File, problems, s =>
            {
                using var reader = new StreamReader(s, Encoding.UTF8);
                return FacilityCsv.Read(reader, facilitiesLayer.File.File, themes, problems, out csvLines);
            }) ?? [];
        }
        else
        {
            facilities = [.. ReadLayer(source, facilitiesLayer.File.File, FacilityCodec.Instance, problems)];
        }

        var dataset = new Dataset(
            descriptor.Metadata,
            descriptor.District,
            Convert(ReadLayer(source, Layer("areas").File.File, AreaCodec.Instance, problems), Layer("areas"), (a, g, p) => a with { Geometry = g, Provenance = p }, a => a.Geometry, a => a.Provenance),
            Convert(ReadLayer(source, Layer("circles").File.File, CircleCodec.Instance, problems), Layer("circles"), (c, g, p) => c with { Geometry = g!, Provenance = p }, c => c.Geometry, c => c.Provenance),
            themes,
            categories,
            Convert(facilities, facilitiesLayer, (f, g, p) => f with { Location = (Point)g!, Provenance = p }, f => f.Location, f => f.Provenance),
            Convert(ReadLayer(source, Layer("blocks").File.File, BlockCodec.Instance, problems), Layer("blocks"), (b, g, p) => b with { Geometry = g!, Provenance = p }, b => b.Geometry, b => b.Provenance),
            Convert(ReadLayer(source, Layer("streets").File.File, StreetCodec.Instance, problems), Layer("streets"), (s, g, p) => s with { Geometry = (LineString)g!, Provenance = p }, s => s.Geometry, s => s.Provenance));
        DatasetChecks.RecordLocator locate = (file, index) =>
            file == DatasetFiles.Facilities && index < csvLines.Count ? $"{files[file]} row {csvLines[index]}"
            : $"{files.GetValueOrDefault(file, file)} feature {index + 1}";
        return new PackageReadResult(dataset, problems, locate);
    }

    /// <summary>Converts each record's geometry to CRS84 (rounded to the published precision) and records its source CRS.</summary>
    private static IReadOnlyList<T> Convert<T>(IReadOnlyList<T> items, (LayerFile File, string? CrsName, CoordinateSystem System) layer,
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

    private static T? Json<T>(PackageSource source, string file, List<DatasetProblem> problems, bool required)
        where T : class
    {
        if (!source.Exists(file))
        {
            if (required)
            {
                problems.Add(new DatasetProblem(file, "(file)", "is missing from the package"));
            }

            return null;
        }

        return Open(source, file, problems, s =>
        {
            try
            {
                return JsonSerializer.Deserialize<T>(s, JsonText.Options);
            }
            catch (JsonException ex)
            {
                problems.Add(new DatasetProblem(file, ex.Path ?? "(document)", $"is malformed: {ex.Message}"));
                return null;
            }
        });
    }

    private static T? Open<T>(PackageSource source, string file, List<DatasetProblem> problems, Func<Stream, T?> read)
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
    }
}
