using LifeCircle.Core.Data.Packages.Readers;
using LifeCircle.Core.Geodesy;
using LifeCircle.Core.Layers;

namespace LifeCircle.Core.Data.Packages;

/// <summary>The kinds of file a package layer may come in.</summary>
public enum FileFormat
{
    GeoJson,
    Csv,
    Xlsx,
    Shapefile,
    GeoPackage,
}

/// <summary>One file of a layer, resolved from dataset.json: its format, its CRS (null System: the file's own .prj or GeoPackage CRS, else WGS84), encoding, sheet and defaults.</summary>
/// <param name="CrsName">The CRS to record on each record (null when CRS84).</param>
/// <param name="Columns">The file's own column names mapped to the layer's (dataset.json's "columns"), or null.</param>
public sealed record PackageFile(string File, FileFormat Format, string? CrsName, CoordinateSystem? System, string? Encoding = null, string? Sheet = null,
    IReadOnlyDictionary<string, string>? Defaults = null, IReadOnlyDictionary<string, string>? Columns = null);

/// <summary>One layer of a package: the files it is read from, in order.</summary>
public sealed record PackageLayer(string Name, IReadOnlyList<PackageFile> Files);

/// <summary>Resolves a layer's entry in dataset.json (one file entry or a list of them) into <see cref="PackageFile"/>s, each problem named by its JSON path.</summary>
public static class PackageLayerFiles
{
    /// <summary>Each format with the names "format" may give (the first is the documented one) and the file endings that imply it.</summary>
    private static readonly (FileFormat Format, string[] Names, string[] Extensions)[] Kinds =
    [
        (FileFormat.GeoJson, ["geojson"], [".geojson", ".json"]),
        (FileFormat.Csv, ["csv"], [".csv"]),
        (FileFormat.Xlsx, ["xlsx"], [".xlsx"]),
        (FileFormat.Shapefile, ["shp", "shapefile"], [".shp"]),
        (FileFormat.GeoPackage, ["gpkg", "geopackage"], [".gpkg"]),
    ];

    /// <summary>The format names dataset.json accepts in "format".</summary>
    public static IReadOnlyList<string> FormatNames { get; } = [.. Kinds.Select(k => k.Names[0])];

    /// <summary>The files of layer <paramref name="name"/>; a layer not given is {name}.geojson in WGS84. A file of an unknown format is left out; one with an unknown CRS is read as WGS84 (the problem stops the import).</summary>
    public static PackageLayer Resolve(string name, LayerFiles? given, List<DatasetProblem> problems)
    {
        if (given is null || given.Count == 0)
        {
            if (given is { Count: 0 })
            {
                problems.Add(new DatasetProblem(DatasetFiles.Descriptor, $"layers.{name}", "is an empty list; give at least one file entry"));
            }

            return new PackageLayer(name, [new PackageFile($"{name}.geojson", FileFormat.GeoJson, null, CoordinateSystems.Crs84)]);
        }

        var files = new List<PackageFile>();
        for (int i = 0; i < given.Count; i++)
        {
            string at = given.Count == 1 ? $"layers.{name}" : $"layers.{name}[{i}]";
            if (given[i] is not { } entry)
            {
                problems.Add(new DatasetProblem(DatasetFiles.Descriptor, at, "is null; give {\"file\": …}"));
                continue;
            }

            if (File(name, entry, at, problems) is { } file)
            {
                files.Add(file);
            }
        }

        return new PackageLayer(name, files);
    }

    private static PackageFile? File(string layer, LayerFile entry, string at, List<DatasetProblem> problems)
    {
        void Bad(string field, string message) => problems.Add(new DatasetProblem(DatasetFiles.Descriptor, $"{at}.{field}", message));

        bool readable = false;
        var kind = entry.Format is not null
            ? Kinds.FirstOrDefault(k => k.Names.Contains(entry.Format, StringComparer.OrdinalIgnoreCase))
            : Kinds.FirstOrDefault(k => k.Extensions.Contains(Path.GetExtension(entry.File), StringComparer.OrdinalIgnoreCase));
        if (kind.Names is null)
        {
            Bad(entry.Format is null ? "file" : "format", $"'{entry.Format ?? entry.File}' is not a format this reader knows; give one of {string.Join(", ", FormatNames)} (or a file ending in .{string.Join(", .", FormatNames)})");
        }
        else if (kind.Format is FileFormat.Csv or FileFormat.Xlsx && !(LayerRegistry.Package.FirstOrDefault(l => l.Id == layer)?.AcceptsCsv ?? false))
        {
            Bad("file", $"'{entry.File}': the {layer} layer has geometries, which a table cannot hold; give GeoJSON, a Shapefile or a GeoPackage");
        }
        else
        {
            readable = true;
        }

        var encoding = entry.Encoding;
        if (encoding is not null && TextDecoding.Find(encoding) is null)
        {
            Bad("encoding", $"'{encoding}' is not an encoding this reader knows; give one of {string.Join(", ", TextDecoding.Names)}");
            encoding = null;
        }

        (string Name, CoordinateSystem System)? crs = null;
        if (entry.Crs is not null && (crs = SourceCrs.Find(entry.Crs)) is null)
        {
            string near = Suggestions.Nearest(entry.Crs, SourceCrs.Accepted) is { } n ? $" (did you mean '{n}'?)" : "";
            Bad("crs", $"'{entry.Crs}' is not supported{near}; give one of {string.Join(", ", SourceCrs.Accepted)}, or {string.Join(", ", SourceCrs.Projected)}");
        }

        var known = LayerRegistry.Package.FirstOrDefault(l => l.Id == layer) is { } registered
            ? (layer == "facilities" ? [.. FacilityCsv.Required, .. FacilityCsv.Optional] : registered.Properties.Select(p => p.Name).Prepend("id")).ToList()
            : [];
        if (readable && kind.Format == FileFormat.GeoJson && entry.Columns is { Count: > 0 })
        {
            Bad("columns", "is for .csv, .xlsx, .shp and .gpkg files; a GeoJSON feature's properties are named as the layer's");
            readable = false;
        }

        foreach (var (own, target) in entry.Columns ?? new Dictionary<string, string>())
        {
            if (!known.Contains(target))
            {
                Bad($"columns.{own}", $"'{target}' is not a column of the {layer} layer{Suggestions.DidYouMean(target, known)}; give one of {string.Join(", ", known)}");
                readable = false;
            }
        }

        if (!readable)
        {
            return null;
        }

        // A GIS file without a declared CRS carries its own (.prj, gpkg_spatial_ref_sys); anything else defaults to WGS84.
        var format = kind.Format;
        bool ownCrs = entry.Crs is null && format is FileFormat.Shapefile or FileFormat.GeoPackage;
        var (name, system) = crs ?? (SourceCrs.Wgs84, CoordinateSystems.Crs84);
        return new PackageFile(entry.File, format, ownCrs || name == SourceCrs.Wgs84 ? null : name, ownCrs ? null : system, encoding, entry.Sheet, entry.Defaults, entry.Columns);
    }
}
