using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using LifeCircle.Core.Geodesy;

namespace LifeCircle.Core.Layers;

/// <summary>Generates the JSON Schemas of the dataset package (schemas/*.schema.json) from the layer registry.</summary>
public static partial class PackageSchemas
{
    public const string BaseUri = "https://lifecircle-opendata.github.io/schemas/";

    /// <summary>The CRS names dataset.json accepts per layer; a test keeps this equal to what the reader accepts.</summary>
    public static IReadOnlyList<string> CrsNames { get; } = ["WGS84", "CRS84", "EPSG:4326", "CGCS2000", "EPSG:4490", "GCJ-02", "BD-09"];

    /// <summary>The file formats a layer entry may name; a test keeps this equal to what the reader accepts.</summary>
    public static IReadOnlyList<string> FormatNames { get; } = ["geojson", "csv", "xlsx", "shp", "gpkg"];

    /// <summary>The text encodings a layer entry may declare; a test keeps this equal to what the reader accepts.</summary>
    public static IReadOnlyList<string> EncodingNames { get; } = ["utf-8", "utf-16", "utf-16le", "utf-16be", "gb18030", "gbk", "gb2312"];

    private static readonly JsonSerializerOptions Indented = new()
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>Every schema file: its name in schemas/ and its text (indented, ending with a newline).</summary>
    public static IReadOnlyList<(string File, string Json)> All() =>
    [
        ("dataset.schema.json", Text(Dataset())),
        (ItemFile(LayerRegistry.Facilities), Text(Item(LayerRegistry.Facilities))),
        ("catalogue.schema.json", Text(JsonNode.Parse(CatalogueSchema)!)),
    ];

    /// <summary>The file of the schema of one record's properties, named after what a record is, e.g. "facility.schema.json".</summary>
    public static string ItemFile(LayerDefinition layer) => layer.ItemName + ".schema.json";

    /// <summary>The schema of one record of a package layer: a GeoJSON feature's properties or, for a CSV layer, a row.</summary>
    public static JsonObject Item(LayerDefinition layer)
    {
        var properties = new JsonObject();
        if (layer.AcceptsCsv)
        {
            properties[CsvColumns.Id] = new JsonObject { ["type"] = "string", ["description"] = "CSV only: stable id, unique in the district; no / \\ # ? characters." };
            properties[CsvColumns.Lon] = new JsonObject { ["type"] = "number", ["minimum"] = -180, ["maximum"] = 180, ["description"] = "CSV only: longitude in the layer's CRS." };
            properties[CsvColumns.Lat] = new JsonObject { ["type"] = "number", ["minimum"] = -90, ["maximum"] = 90, ["description"] = "CSV only: latitude in the layer's CRS." };
        }

        foreach (var p in layer.Properties)
        {
            properties[p.Name] = Property(p, layer.AcceptsCsv);
        }

        string file = layer.AcceptsCsv ? $"a row of {layer.Id}.csv, or a {layer.Id}.geojson feature's properties" : $"a {layer.Id}.geojson feature's properties";
        return new JsonObject
        {
            ["$schema"] = "https://json-schema.org/draft/2020-12/schema",
            ["$id"] = BaseUri + ItemFile(layer),
            ["title"] = $"Properties of a {layer.ItemName} ({file})",
            ["description"] = (layer.AcceptsCsv ? $"In CSV the feature id is the {CsvColumns.Id} column and the position the {CsvColumns.Lon} and {CsvColumns.Lat} columns; lists are separated by ';'. " : "")
                + $"The geometry is a {layer.Geometry.Describe()}{(layer.Geometry.Nullable ? " or null" : "")}. See docs/dataset-format.md.",
            ["type"] = "object",
            ["required"] = Array(layer.Properties.Where(p => p.Package == PackageRole.Required).Select(p => p.Name)),
            ["properties"] = properties,
        };
    }

    /// <summary>dataset.json: metadata, the district and where each package layer is and in which CRS.</summary>
    public static JsonObject Dataset()
    {
        var schema = JsonNode.Parse(DatasetSchema)!.AsObject();
        schema["properties"]!["metadata"]!["properties"]!["crs"]!["const"] = CoordinateSystems.Crs84.Uri;
        var csv = LayerRegistry.Package.Where(l => l.AcceptsCsv).Select(l => l.Id);
        schema["properties"]!["layers"] = new JsonObject
        {
            ["type"] = "object",
            ["description"] = "Optional: where each layer is, in which format and CRS. A layer not listed is {layer}.geojson in WGS84.",
            ["propertyNames"] = new JsonObject { ["enum"] = Array(LayerRegistry.Package.Select(l => l.Id)) },
            ["additionalProperties"] = new JsonObject
            {
                ["description"] = "One file entry, or a list of them when the layer comes in several files (each with its own format, CRS, encoding and defaults; ids unique across them).",
                ["type"] = Array(["object", "array"]),
                ["$ref"] = "#/$defs/layerFile",
                ["minItems"] = 1,
                ["items"] = new JsonObject { ["type"] = "object", ["$ref"] = "#/$defs/layerFile" },
            },
        };
        schema["$defs"]!["layerFile"] = LayerFile(csv);
        return schema;
    }

    /// <summary>One file of a layer; its keywords apply to objects only, so a layer entry can be one of these or a list of them without oneOf.</summary>
    private static JsonObject LayerFile(IEnumerable<string> csv) => new()
    {
        ["required"] = Array(["file"]),
        ["properties"] = new JsonObject
        {
            ["file"] = new JsonObject { ["type"] = "string", ["description"] = $"File name in the package: .geojson, .shp (with its .dbf, .prj and .cpg beside it) or .gpkg; {string.Join(", ", csv)} may also be .csv or .xlsx (lon/lat columns)." },
            ["format"] = new JsonObject { ["enum"] = Array(FormatNames), ["description"] = "Only when the file's extension does not say it." },
            ["crs"] = new JsonObject
            {
                ["anyOf"] = new JsonArray(
                    new JsonObject { ["enum"] = Array(CrsNames) },
                    new JsonObject { ["type"] = "string", ["pattern"] = AnyCase(CrsNames), ["description"] = "The same names in any case, and GCJ-02, BD-09 without the hyphen (gcj02)." },
                    new JsonObject { ["type"] = "string", ["pattern"] = "^[Ee][Pp][Ss][Gg]:[0-9]+$" }),
                ["default"] = CrsNames[0],
                ["description"] = "The CRS of the coordinates; EPSG codes of CGCS2000 Gauss-Kruger zones (4491-4554), WGS 84 / UTM north zones (32601-32660) and 3857 are read. A Shapefile's .prj or a GeoPackage's own CRS is used when this is absent.",
            },
            ["encoding"] = new JsonObject { ["enum"] = Array(EncodingNames), ["description"] = "The text encoding of a .csv, or of a Shapefile's .dbf; detected when absent (UTF-8, UTF-16 with BOM, else GB18030/GBK)." },
            ["sheet"] = new JsonObject { ["type"] = "string", ["description"] = "The worksheet of an .xlsx, or the feature table of a .gpkg; the first when absent." },
            ["defaults"] = new JsonObject { ["type"] = "object", ["additionalProperties"] = new JsonObject { ["type"] = "string" }, ["description"] = "Values for properties a record leaves empty, e.g. {\"status\": \"planned\"}." },
            ["columns"] = new JsonObject { ["type"] = "object", ["additionalProperties"] = new JsonObject { ["type"] = "string" }, ["description"] = "The file's own column or field names mapped to the layer's, e.g. {\"经度\": \"lon\", \"编号\": \"id\"}; for .csv, .xlsx, .shp and .gpkg." },
        },
    };

    private static JsonObject Property(LayerProperty p, bool csv)
    {
        var schema = new JsonObject();
        if (p.Values is not null)
        {
            schema["enum"] = Array(p.Values);
            if (p.PackageDefault is not null)
            {
                schema["default"] = p.PackageDefault;
            }
        }
        else if (p.Package == PackageRole.Required)
        {
            schema["type"] = p.JsonType;
        }
        else
        {
            schema["type"] = Array([p.JsonType, p.Type == PropertyType.TextList && csv ? "string" : "null"]);
        }

        if (p.Type == PropertyType.TextList)
        {
            schema["items"] = new JsonObject { ["type"] = "string" };
        }

        if (p.Unit is not null)
        {
            schema["x-ogc-unit"] = p.Unit;
        }

        var notes = new[] { p.Description.En, p.Package == PackageRole.SetByImport ? "Set by the import." : null, p.PackageNote }.OfType<string>();
        schema["description"] = string.Join(" ", notes);
        return schema;
    }

    /// <summary>A pattern matching <paramref name="names"/> in any case, each '-' optional, as the reader takes them (JSON Schema patterns have no case flag).</summary>
    private static string AnyCase(IEnumerable<string> names) =>
        "^(?:" + string.Join("|", names.Select(n => string.Concat(n.Select(c =>
            char.IsLetter(c) ? $"[{char.ToUpperInvariant(c)}{char.ToLowerInvariant(c)}]" : c == '-' ? "-?" : c == '.' ? "\\." : c.ToString())))) + ")$";

    private static JsonArray Array(IEnumerable<string> values) => new([.. values.Select(v => (JsonNode)JsonValue.Create(v))]);

    private static string Text(JsonNode schema) => schema.ToJsonString(Indented).Replace("\r\n", "\n") + "\n";
}
