using System.Text.Json;
using System.Text.Json.Nodes;
using LifeCircle.Core.Data.Layers;
using LifeCircle.Core.Data.Packages.Readers;
using LifeCircle.Core.Geodesy;
using LifeCircle.Core.Model;
using NetTopologySuite.Geometries;

namespace LifeCircle.Core.Data.Packages;

/// <summary>How the reader reaches into one layer's records: its codec, and how to replace a record's geometry and provenance after conversion.</summary>
public sealed record LayerAccess<T>(LayerCodec<T> Codec, Func<T, Geometry?, Provenance, T> With, Func<T, Geometry?> Geometry, Func<T, Provenance> Provenance);

/// <summary>What one layer's files gave: the records (in CRS84) and, for each, where it was read (e.g. "planned.xlsx row 4").</summary>
/// <param name="EmptyFiles">The files read without an error that held no record (a header row only, no features).</param>
/// <param name="Written">For each record read in a CRS other than WGS84: its first position as the file gives it, and that CRS; else null.</param>
public sealed record LayerRecords<T>(IReadOnlyList<T> Records, IReadOnlyList<string> Locations, IReadOnlyList<string> EmptyFiles, IReadOnlyList<DatasetChecks.WrittenAt?> Written);

/// <summary>Reads every file of one layer in its own format, encoding and CRS, and converts each to CRS84.</summary>
public static class LayerReader
{
    /// <summary>A table's rows as records (facilities from CSV or a worksheet) and the row each came from.</summary>
    public delegate List<T> TableReader<T>(SourceTable table, string file, out IReadOnlyList<int> rows);

    /// <summary>All records of <paramref name="layer"/>; each problem is added to <paramref name="problems"/> and the read goes on.</summary>
    /// <param name="table">Reads a CSV or worksheet; null for layers that have geometries.</param>
    /// <exception cref="PackageLimitException">A file inflated beyond a limit of the source.</exception>
    public static LayerRecords<T> Read<T>(PackageSource source, PackageLayer layer, LayerAccess<T> access, TableReader<T>? table, List<DatasetProblem> problems)
    {
        var records = new List<T>();
        var locations = new List<string>();
        var empty = new List<string>();
        var written = new List<DatasetChecks.WrittenAt?>();
        foreach (var file in layer.Files)
        {
            var read = new List<string>();
            int before = problems.Count;
            if (ReadFile(source, file, layer.Name, access.Codec, table, problems, read) is { } fromFile)
            {
                written.AddRange(fromFile.Items.Select(i => fromFile.CrsName is { } crs && access.Geometry(i) is { IsEmpty: false } g
                    ? new DatasetChecks.WrittenAt(g.Coordinates[0].X, g.Coordinates[0].Y, crs) : (DatasetChecks.WrittenAt?)null));
                records.AddRange(Convert(fromFile.Items, fromFile.CrsName, fromFile.System, access));
                if (fromFile.Items.Count == 0 && !problems.Skip(before).Any(p => p.Severity == ProblemSeverity.Error))
                {
                    empty.Add(file.File);
                }
            }

            locations.AddRange(read);
        }

        return new LayerRecords<T>(records, locations, empty, written);
    }

    private static FileRecords<T>? ReadFile<T>(PackageSource source, PackageFile file, string layerName, LayerCodec<T> codec,
        TableReader<T>? table, List<DatasetProblem> problems, List<string> locations) =>
        PackageReader.Open(source, file.File, problems, stream =>
        {
            var bytes = ReadAll(stream);
            switch (file.Format)
            {
                case FileFormat.Csv or FileFormat.Xlsx:
                    var rows = (file.Format == FileFormat.Csv ? CsvTable.Read(bytes, file.File, file.Encoding) : Workbook(bytes, file, source.Limits)).Renamed(file.Columns).WithDefaults(file.Defaults);
                    var fromTable = table!(rows, file.File, out var lines);
                    locations.AddRange(lines.Select(l => $"{file.File} row {l}"));
                    return new FileRecords<T>(fromTable, file.CrsName, file.System!);
                case FileFormat.Shapefile:
                    var (shapes, prj) = ShapefileFeatures.Read(name => Sibling(source, name), file.File, file.Encoding);
                    if (prj is null && file.System is null && NotLonLat(shapes) is { } projected)
                    {
                        problems.Add(WithoutPrj(file.File, layerName, projected));
                        return new FileRecords<T>([], null, CoordinateSystems.Crs84);
                    }

                    return Gis(shapes, prj, file, codec, problems, locations);
                case FileFormat.GeoPackage:
                    var (features, wkt) = GeoPackageFeatures.Read(bytes, file.File, file.Sheet);
                    return Gis(features, wkt, file, codec, problems, locations);
                default:
                    var json = GeoJsonBytes(bytes, file, codec);
                    int before = problems.Count;
                    var items = FeatureCollections.Read(new MemoryStream(json), codec, file.File, problems);
                    locations.AddRange(items.Select((_, i) => $"{file.File} feature {i + 1}"));
                    CheckSchema(json, file.File, codec, problems, before);
                    return new FileRecords<T>(items, file.CrsName, file.System!);
            }
        });

    /// <summary>An .xlsx is itself a zip: its parts' declared sizes are held to the package's limits before the workbook is unpacked.</summary>
    private static SourceTable Workbook(byte[] bytes, PackageFile file, PackageLimits limits)
    {
        try
        {
            using var _ = PackageSource.FromZip(new MemoryStream(bytes, writable: false), limits);
        }
        catch (PackageLimitException ex)
        {
            throw new PackageLimitException($"{file.File} ({ex.File})", ex.Limit, ex.Problem);
        }
        catch (InvalidDataException)
        {
            throw new DatasetFormatException(file.File, "(file)", "is not an Excel workbook (.xlsx): it is not a zip file");
        }

        return XlsxTable.Read(bytes, file.File, file.Sheet);
    }

    /// <summary>The first position of a Shapefile read without a CRS when it is not longitude/latitude (metres of a projection), else null.</summary>
    private static Coordinate? NotLonLat(IReadOnlyList<AttributeFeature> features) =>
        features.Select(f => f.Geometry).FirstOrDefault(g => g is { IsEmpty: false })?.Coordinates[0] is { } c && !(c.X is >= -180 and <= 180 && c.Y is >= -90 and <= 90) ? c : null;

    /// <summary>One error for a projected Shapefile whose .prj was left out: every feature would be misplaced the same way.</summary>
    private static DatasetProblem WithoutPrj(string file, string layer, Coordinate first)
    {
        string prj = Path.ChangeExtension(file, ".prj");
        return new DatasetProblem(file, "crs", System.FormattableString.Invariant(
            $"has no {prj} beside it and dataset.json gives no \"crs\" for it, so its CRS is unknown; its coordinates (e.g. {first.X:0.##}, {first.Y:0.##} in feature 1) are not longitude/latitude but metres of a projection"))
        {
            Hint = $"put the {prj} exported with {file} beside it in the package, or give the CRS in dataset.json: \"layers\": {{\"{layer}\": {{\"file\": \"{file}\", \"crs\": \"EPSG:…\"}}}} with the EPSG code your GIS shows for the layer (e.g. EPSG:4544 for CGCS2000 / 3-degree Gauss-Kruger CM 105E)",
        };
    }

    /// <summary>A GIS file's records in the CRS declared in dataset.json, else the one the file carries, else WGS84.</summary>
    private static FileRecords<T> Gis<T>(IReadOnlyList<AttributeFeature> features, string? wkt, PackageFile file, LayerCodec<T> codec,
        List<DatasetProblem> problems, List<string> locations)
    {
        var (name, system) = file.System is not null ? (file.CrsName, file.System)
            : wkt is not null ? ProjectedCrs.FromWkt(wkt, file.File)
            : (null, CoordinateSystems.Crs84);
        if (file.Columns is { Count: > 0 } columns)
        {
            features = [.. features.Select(f => f with
            {
                Attributes = f.Attributes.ToDictionary(a => columns.GetValueOrDefault(a.Key) ?? a.Key, a => a.Value, StringComparer.OrdinalIgnoreCase),
            })];
        }

        var records = AttributeRecords.Read(features, codec, file.File, file.Defaults, problems, locations);
        return new FileRecords<T>(records, name == SourceCrs.Wgs84 ? null : name, system);
    }

    /// <summary>GeoJSON as UTF-8 (decoded first when it is in another encoding), with the file's defaults filled into every feature.</summary>
    private static byte[] GeoJsonBytes<T>(byte[] bytes, PackageFile file, LayerCodec<T> codec)
    {
        if (file.Encoding is not null || !System.Text.Unicode.Utf8.IsValid(bytes))
        {
            bytes = System.Text.Encoding.UTF8.GetBytes(TextDecoding.Decode(bytes, file.File, file.Encoding));
        }

        if (file.Defaults is not { Count: > 0 } defaults || Parse(bytes) is not JsonObject { } root || root["features"] is not JsonArray features)
        {
            return bytes;
        }

        int n = 0;
        foreach (var feature in features.OfType<JsonObject>())
        {
            n++;
            var properties = feature["properties"] as JsonObject ?? [];
            foreach (var property in codec.Layer.Properties.Where(p => defaults.ContainsKey(p.Name) && properties[p.Name] is null))
            {
                properties[property.Name] = AttributeRecords.Node(defaults[property.Name], property, $"{file.File} feature {n}");
            }

            feature["properties"] = properties;
        }

        return System.Text.Encoding.UTF8.GetBytes(root.ToJsonString());
    }

    /// <summary>Adds the schema errors of the features the reader found nothing wrong with (its problems are those from <paramref name="from"/> on).</summary>
    private static void CheckSchema<T>(byte[] json, string file, LayerCodec<T> codec, List<DatasetProblem> problems, int from)
    {
        string prefix = $"{file} feature ";
        var reported = problems.Skip(from).Where(p => p.Location.StartsWith(prefix, StringComparison.Ordinal))
            .Select(p => int.TryParse(p.Location.AsSpan(prefix.Length), out int n) ? n : 0).ToHashSet();
        using var doc = JsonDocument.Parse(json);
        problems.AddRange(PackageSchemaCheck.Features(doc.RootElement, codec.Layer, file, reported));
    }

    /// <summary>The JSON document, or null when it is not valid JSON (the GeoJSON reader then says why).</summary>
    private static JsonNode? Parse(byte[] bytes)
    {
        try
        {
            return JsonNode.Parse(bytes);
        }
        catch (System.Text.Json.JsonException)
        {
            return null;
        }
    }

    /// <summary>Converts each record's geometry to CRS84 (rounded to the published precision) and records its source CRS; records already in WGS84 are kept as they are.</summary>
    private static IEnumerable<T> Convert<T>(IReadOnlyList<T> items, string? crsName, CoordinateSystem system, LayerAccess<T> access) =>
        crsName is null ? items : items.Select(item =>
        {
            var g = access.Geometry(item);
            var converted = g is null ? null : CoordinateSystems.Crs84.FromCrs84Geometry(system.ToCrs84Geometry(g));
            return access.With(item, converted, access.Provenance(item) with { SourceCrs = crsName });
        });

    private sealed record FileRecords<T>(IReadOnlyList<T> Items, string? CrsName, CoordinateSystem System);

    private static byte[]? Sibling(PackageSource source, string name)
    {
        if (!source.Exists(name))
        {
            return null;
        }

        using var stream = source.Open(name);
        return ReadAll(stream);
    }

    private static byte[] ReadAll(Stream stream)
    {
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        return buffer.ToArray();
    }
}
