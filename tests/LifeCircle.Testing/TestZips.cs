using System.IO.Compression;

namespace LifeCircle.Tests.Shared;

/// <summary>Zips made in memory for tests of package limits.</summary>
public static class TestZips
{
    /// <summary>A zip of named entries, each that many zero bytes (zeros deflate about 1000:1).</summary>
    public static byte[] OfZeros(params (string Name, int Bytes)[] entries)
    {
        using var zip = new MemoryStream();
        using (var archive = new ZipArchive(zip, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, bytes) in entries)
            {
                using var entry = archive.CreateEntry(name, CompressionLevel.Optimal).Open();
                entry.Write(new byte[bytes]);
            }
        }

        return zip.ToArray();
    }
}
