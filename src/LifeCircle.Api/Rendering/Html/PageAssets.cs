using System.Collections.Frozen;
using System.Security.Cryptography;

namespace LifeCircle.Api.Rendering.Html;

/// <summary>The scripts, styles and licences the pages load, embedded at build time (from npm and from this project) and served under a versioned path.</summary>
public static class PageAssets
{
    private const string Prefix = "assets/";

    /// <summary>The front-end libraries copied from npm, with their licences (each licence file is served beside them).</summary>
    public static IReadOnlyList<(string Name, string Version, string Licence, string File)> Libraries { get; } =
    [
        ("Leaflet", "1.9.4", "BSD-2-Clause", "LICENSE-leaflet.txt"),
        ("Apache ECharts (simple build)", "6.1.0", "Apache-2.0", "LICENSE-echarts.txt"),
        ("ZRender (inside ECharts)", "6.1.0", "BSD-3-Clause", "LICENSE-zrender.txt"),
    ];

    private static readonly Lazy<(FrozenDictionary<string, byte[]> Files, string Version)> Loaded = new(Load);

    /// <summary>A hash of every file: a new build with other files gets other URLs, so the old ones may be cached forever.</summary>
    public static string Version => Loaded.Value.Version;

    /// <summary>The path the assets are served under, ending in '/'.</summary>
    public static string BasePath => $"/api/assets/{Version}/";

    /// <summary>The file's bytes and media type, or null when there is no such file.</summary>
    public static (byte[] Bytes, string MediaType)? Find(string file) =>
        Loaded.Value.Files.TryGetValue(file, out var bytes) ? (bytes, MediaTypeOf(file)) : null;

    /// <summary>The names of the files served.</summary>
    public static IEnumerable<string> Names => Loaded.Value.Files.Keys.Order(StringComparer.Ordinal);

    private static string MediaTypeOf(string file) => Path.GetExtension(file) switch
    {
        ".js" => "text/javascript; charset=utf-8",
        ".css" => "text/css; charset=utf-8",
        ".svg" => "image/svg+xml",
        ".png" => "image/png",
        _ => "text/plain; charset=utf-8",
    };

    private static (FrozenDictionary<string, byte[]>, string) Load()
    {
        var assembly = typeof(PageAssets).Assembly;
        var files = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        foreach (var name in assembly.GetManifestResourceNames().Where(n => n.StartsWith(Prefix, StringComparison.Ordinal)))
        {
            using var stream = assembly.GetManifestResourceStream(name)!;
            using var copy = new MemoryStream();
            stream.CopyTo(copy);
            files[name[Prefix.Length..]] = copy.ToArray();
        }

        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var (name, bytes) in files.OrderBy(f => f.Key, StringComparer.Ordinal))
        {
            hash.AppendData(System.Text.Encoding.UTF8.GetBytes(name));
            hash.AppendData(bytes);
        }

        return (files.ToFrozenDictionary(StringComparer.Ordinal), Convert.ToHexStringLower(hash.GetHashAndReset())[..12]);
    }
}
