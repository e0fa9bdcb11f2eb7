using System.Security.Cryptography;
using System.Text.Json;
using LifeCircle.Core.Data.Layers;
using LifeCircle.Core.Model;

namespace LifeCircle.Core.Data;

/// <summary>A dataset as a folder of files: dataset.json, themes.json, categories.json and one GeoJSON file per layer.</summary>
public static class DatasetFiles
{
    public const string Descriptor = "dataset.json";
    public const string Themes = "themes.json";
    public const string Categories = "categories.json";
    public const string Areas = "areas.geojson";
    public const string Circles = "circles.geojson";
    public const string Facilities = "facilities.geojson";
    public const string Blocks = "blocks.geojson";
    public const string Streets = "streets.geojson";

    /// <summary>The files in the order they are written and fingerprinted.</summary>
    public static IReadOnlyList<string> All { get; } = [Descriptor, Themes, Categories, Areas, Circles, Facilities, Blocks, Streets];

    /// <summary>Serializes every file of the dataset, in <see cref="All"/> order.</summary>
    public static IReadOnlyList<(string Name, byte[] Content)> Serialize(Dataset d) =>
    [
        (Descriptor, Json(new DatasetDescriptor(d.Metadata, d.District))),
        (Themes, Json(d.Themes)),
        (Categories, Json(d.Categories)),
        (Areas, Layer(d.Areas, AreaCodec.Instance)),
        (Circles, Layer(d.Circles, CircleCodec.Instance)),
        (Facilities, Layer(d.Facilities, FacilityCodec.Instance)),
        (Blocks, Layer(d.Blocks, BlockCodec.Instance)),
        (Streets, Layer(d.Streets, StreetCodec.Instance)),
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

    /// <summary>Reads a dataset folder written by <see cref="Write"/> (or by hand in the same format).</summary>
    public static Dataset Read(string folder)
    {
        var descriptor = ReadJson<DatasetDescriptor>(folder, Descriptor);
        return new Dataset(
            descriptor.Metadata,
            descriptor.District,
            ReadLayer(folder, Areas, AreaCodec.Instance),
            ReadLayer(folder, Circles, CircleCodec.Instance),
            ReadJson<List<Theme>>(folder, Themes),
            ReadJson<List<FacilityCategory>>(folder, Categories),
            ReadLayer(folder, Facilities, FacilityCodec.Instance),
            ReadLayer(folder, Blocks, BlockCodec.Instance),
            ReadLayer(folder, Streets, StreetCodec.Instance));
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

    private static T ReadJson<T>(string folder, string name)
    {
        using var stream = Open(folder, name);
        try
        {
            return JsonSerializer.Deserialize<T>(stream, JsonText.Options)
                ?? throw new DatasetFormatException(name, "(document)", "is empty");
        }
        catch (JsonException ex)
        {
            throw new DatasetFormatException(name, ex.Path ?? "(document)", $"is malformed: {ex.Message}");
        }
    }

    private static IReadOnlyList<T> ReadLayer<T>(string folder, string name, IFeatureCodec<T> codec)
    {
        using var stream = Open(folder, name);
        return FeatureCollections.Read(stream, codec, name);
    }

    private static FileStream Open(string folder, string name)
    {
        var path = Path.Combine(folder, name);
        return File.Exists(path)
            ? File.OpenRead(path)
            : throw new DatasetFormatException(name, "(file)", $"is missing from {folder}");
    }
}

/// <summary>The content of dataset.json: the dataset's metadata and the district it describes.</summary>
public sealed record DatasetDescriptor(DatasetMetadata Metadata, District District);
