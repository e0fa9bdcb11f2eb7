using System.Security.Cryptography;
using System.Text.Json;
using LifeCircle.Core.Data.Layers;
using LifeCircle.Core.Layers;
using LifeCircle.Core.Model;

namespace LifeCircle.Core.Data;

/// <summary>A dataset as a folder of files: dataset.json, themes.json, categories.json and one GeoJSON file per layer.</summary>
public static class DatasetFiles
{
    /// <summary>The descriptor and the catalogue files.</summary>
    public const string Descriptor = "dataset.json", Themes = "themes.json", Categories = "categories.json";

    /// <summary>The layer files: each named by its layer id.</summary>
    public const string Areas = LayerIds.Areas + Extension, Circles = LayerIds.Circles + Extension, Facilities = LayerIds.Facilities + Extension,
        Blocks = LayerIds.Blocks + Extension, Streets = LayerIds.Streets + Extension;

    private const string Extension = ".geojson";

    /// <summary>The files in the order they are written and fingerprinted.</summary>
    public static IReadOnlyList<string> All { get; } = [Descriptor, Themes, Categories, Areas, Circles, Facilities, Blocks, Streets];

    /// <summary>Serializes every file of the dataset, in <see cref="All"/> order.</summary>
    public static IReadOnlyList<(string Name, byte[] Content)> Serialize(Dataset d) =>
    [
        (Descriptor, Json(new DatasetDescriptor(d.Metadata, d.District))),
        (Themes, Json(d.Themes)),
        (Categories, Json(d.Categories)),
        (Areas, Layer(d.Areas, LayerCodecs.Areas)),
        (Circles, Layer(d.Circles, LayerCodecs.Circles)),
        (Facilities, Layer(d.Facilities, LayerCodecs.Facilities)),
        (Blocks, Layer(d.Blocks, LayerCodecs.Blocks)),
        (Streets, Layer(d.Streets, LayerCodecs.Streets)),
    ];

    /// <summary>Writes the dataset into <paramref name="folder"/>, creating it if needed.</summary>
    public static void Write(Dataset dataset, string folder)
    {
        Directory.CreateDirectory(folder);
        foreach (var (name, content) in Serialize(dataset))
        {
            File.WriteAllBytes(Path.Combine(folder, name), content);
        }
    }

    /// <summary>Reads a folder as <see cref="Write"/> wrote it (every file, WGS84); the first error found is thrown as a <see cref="DatasetFormatException"/>.</summary>
    /// <remarks>Packages as districts send them (CSV, other CRSs, a .zip) are read by Packages.PackageReader, which reports every problem at once.</remarks>
    public static Dataset Read(string folder)
    {
        T Open<T>(string name, Func<Stream, T> read)
        {
            var path = Path.Combine(folder, name);
            if (!File.Exists(path))
            {
                throw new DatasetFormatException(name, "(file)", "is missing from the package");
            }

            using var stream = File.OpenRead(path);
            return read(stream);
        }

        T Document<T>(string name) => Open(name, s =>
        {
            try
            {
                return JsonSerializer.Deserialize<T>(s, JsonText.Options) ?? throw new DatasetFormatException(name, "(document)", "is null");
            }
            catch (JsonException ex)
            {
                throw new DatasetFormatException(name, ex.Path ?? "(document)", $"is malformed: {ex.Message}");
            }
        });

        IReadOnlyList<T> Features<T>(string name, IFeatureCodec<T> codec) => Open(name, s => FeatureCollections.Read(s, codec, name));

        var descriptor = Document<DatasetDescriptor>(Descriptor);
        return new Dataset(
            descriptor.Metadata,
            descriptor.District,
            Features(Areas, LayerCodecs.Areas),
            Features(Circles, LayerCodecs.Circles),
            Document<List<Theme>>(Themes),
            Document<List<FacilityCategory>>(Categories),
            Features(Facilities, LayerCodecs.Facilities),
            Features(Blocks, LayerCodecs.Blocks),
            Features(Streets, LayerCodecs.Streets));
    }

    /// <summary>A short hex digest of the serialized content: the same data always gives the same fingerprint.</summary>
    public static string Fingerprint(Dataset dataset)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var (name, content) in Serialize(dataset))
        {
            hash.AppendData(System.Text.Encoding.UTF8.GetBytes(name));
            hash.AppendData(content);
        }

        return Convert.ToHexStringLower(hash.GetHashAndReset())[..12];
    }

    private static byte[] Json<T>(T value) => JsonSerializer.SerializeToUtf8Bytes(value, JsonText.Options);

    private static byte[] Layer<T>(IEnumerable<T> items, IFeatureCodec<T> codec)
    {
        using var stream = new MemoryStream();
        FeatureCollections.Write(stream, items, codec);
        return stream.ToArray();
    }
}

/// <summary>The content of dataset.json: the dataset's metadata, the district it describes, and (optionally) where each layer is.</summary>
/// <param name="Layers">Per layer (facilities, areas, circles, blocks, streets): its file or files, each with its source CRS; absent layers use {layer}.geojson in WGS84.</param>
public sealed record DatasetDescriptor(DatasetMetadata Metadata, District District, IReadOnlyDictionary<string, LayerFiles>? Layers = null);
