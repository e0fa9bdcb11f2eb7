using System.Collections;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace LifeCircle.Core.Data;

/// <summary>One file of a package layer as dataset.json names it: where it is, what it is, and how to read it.</summary>
/// <param name="File">File name in the package, e.g. facilities.csv, planned.xlsx, areas.shp.</param>
/// <param name="Crs">The CRS of its coordinates: WGS84 (default), CGCS2000, GCJ-02, BD-09 or a supported EPSG code; a Shapefile's .prj or a GeoPackage's own CRS is used when absent.</param>
/// <param name="Format">csv, xlsx, geojson, shp or gpkg; by default taken from the file's extension.</param>
/// <param name="Encoding">The text encoding of a CSV file or a Shapefile's .dbf (utf-8, utf-16, gb18030, gbk); detected when absent.</param>
/// <param name="Sheet">The worksheet of an .xlsx file or the table of a GeoPackage; the first when absent.</param>
/// <param name="Defaults">Values for fields a record leaves empty, e.g. {"status": "planned"} for a file of planned sites.</param>
/// <param name="Columns">The file's own column or field names mapped to the layer's, e.g. {"经度": "lon", "编号": "id"} (tables, Shapefiles, GeoPackages).</param>
public sealed record LayerFile(
    string File,
    string? Crs = null,
    string? Format = null,
    string? Encoding = null,
    string? Sheet = null,
    IReadOnlyDictionary<string, string>? Defaults = null,
    IReadOnlyDictionary<string, string>? Columns = null);

/// <summary>The files of one package layer: dataset.json gives either one file entry (an object) or a list of them.</summary>
[JsonConverter(typeof(LayerFilesConverter))]
public sealed class LayerFiles(IReadOnlyList<LayerFile?> files) : IReadOnlyList<LayerFile?>
{
    public LayerFile? this[int index] => files[index];

    public int Count => files.Count;

    public IEnumerator<LayerFile?> GetEnumerator() => files.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}

/// <summary>Reads a layer entry written either as {"file": …} or as [{"file": …}, …]; writes it back the same way.</summary>
internal sealed class LayerFilesConverter : JsonConverter<LayerFiles>
{
    public override LayerFiles Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        try
        {
            return reader.TokenType == JsonTokenType.StartArray
                ? new LayerFiles(JsonSerializer.Deserialize<List<LayerFile?>>(ref reader, options)!)
                : new LayerFiles([JsonSerializer.Deserialize<LayerFile>(ref reader, options)]);
        }
        catch (JsonException ex)
        {
            // The inner read knows the path only from the entry down; thrown without a path, the outer read adds the path to the entry.
            throw new LayerEntryException(ex.Message, ex.Path ?? "$");
        }
    }

    public override void Write(Utf8JsonWriter writer, LayerFiles value, JsonSerializerOptions options)
    {
        if (value.Count == 1)
        {
            JsonSerializer.Serialize(writer, value[0], options);
        }
        else
        {
            JsonSerializer.Serialize(writer, value.ToList(), options);
        }
    }
}

/// <summary>A layer entry of dataset.json that cannot be read; <see cref="JsonException.Path"/> leads to the entry, <see cref="PathInEntry"/> on from it (e.g. "$.file").</summary>
public sealed class LayerEntryException(string message, string pathInEntry) : JsonException(message)
{
    public string PathInEntry { get; } = pathInEntry;

    /// <summary>The whole JSON path, e.g. $.layers.facilities.file.</summary>
    public string FullPath => (Path ?? "$") + PathInEntry[1..];
}
