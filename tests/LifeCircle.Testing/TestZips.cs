using System.IO.Compression;

namespace LifeCircle.Tests.Shared;

/// <summary>Zips made in memory for tests of packages and their limits.</summary>
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

    /// <summary>A zip of every file directly in a folder, by file name (a package as a district would upload it).</summary>
    public static byte[] OfFolder(string folder)
    {
        using var zip = new MemoryStream();
        using (var archive = new ZipArchive(zip, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var file in Directory.GetFiles(folder))
            {
                archive.CreateEntryFromFile(file, Path.GetFileName(file));
            }
        }

        return zip.ToArray();
    }
}
