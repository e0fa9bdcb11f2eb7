using System.Buffers.Binary;
using System.IO.Compression;

namespace LifeCircle.Core.Data.Packages;

/// <summary>The files of a dataset package: a folder, or a .zip (files at its root or in one top folder) read within its <see cref="PackageLimits"/>.</summary>
public sealed class PackageSource : IDisposable
{
    private readonly string? _folder;
    private readonly ZipArchive? _zip;
    private readonly PackageLimits _limits;
    private readonly string _prefix = string.Empty;
    private long _inflated;

    private PackageSource(string? folder, ZipArchive? zip, PackageLimits limits)
    {
        _folder = folder;
        _zip = zip;
        _limits = limits;
        if (zip is not null && zip.GetEntry("dataset.json") is null)
        {
            var nested = zip.Entries.FirstOrDefault(e => e.FullName.EndsWith("/dataset.json", StringComparison.Ordinal) && e.FullName.Count(c => c == '/') == 1);
            _prefix = nested is null ? string.Empty : nested.FullName[..(nested.FullName.IndexOf('/') + 1)];
        }
    }

    /// <summary>Opens a folder, or a .zip file within the limits (default <see cref="PackageLimits.Default"/>).</summary>
    /// <exception cref="PackageLimitException">The .zip is over a limit.</exception>
    /// <exception cref="InvalidDataException">The file is not a .zip.</exception>
    public static PackageSource OpenPackage(string path, PackageLimits? limits = null) =>
        Directory.Exists(path) ? new PackageSource(path, null, limits ?? PackageLimits.Default)
        : File.Exists(path) ? FromZip(File.OpenRead(path), limits)
        : throw new DatasetFormatException(path, "(package)", "does not exist: there is no folder or file at this path; give the package's folder or its .zip file");

    /// <summary>Opens a seekable .zip stream (owned from here on) after checking its size, entry count and declared sizes against the limits.</summary>
    /// <exception cref="PackageLimitException">The .zip is over a limit.</exception>
    /// <exception cref="InvalidDataException">The stream is not a .zip.</exception>
    public static PackageSource FromZip(Stream zip, PackageLimits? limits = null)
    {
        limits ??= PackageLimits.Default;
        ZipArchive? archive = null;
        try
        {
            if (zip.Length > limits.MaxCompressedBytes)
            {
                throw new PackageLimitException("(package)", nameof(PackageLimits.MaxCompressedBytes),
                    $"is {zip.Length:N0} bytes; at most {PackageLimits.Bytes(limits.MaxCompressedBytes)} packed are allowed", compressed: true);
            }

            // The directory is counted before it is read: the archive would build an object per entry first.
            CheckEntryCount(DeclaredEntryCount(zip), limits);
            archive = new ZipArchive(zip, ZipArchiveMode.Read, leaveOpen: false, ZipEntryNameEncoding.Instance);
            CheckDeclaredSizes(archive, limits);
            return new PackageSource(null, archive, limits);
        }
        catch
        {
            archive?.Dispose();
            zip.Dispose();
            throw;
        }
    }

    /// <summary>The limits the package is read within; a file that is itself a zip (an .xlsx) is opened within them too.</summary>
    public PackageLimits Limits => _limits;

    public bool Exists(string name) => _zip is null ? File.Exists(Path.Combine(_folder!, name)) : _zip.GetEntry(_prefix + name) is not null;

    /// <summary>Opens one file; a zip entry's stream throws <see cref="PackageLimitException"/> once it inflates beyond a limit.</summary>
    public Stream Open(string name)
    {
        if (_zip is null)
        {
            return File.OpenRead(Path.Combine(_folder!, name));
        }

        var entry = _zip.GetEntry(_prefix + name) ?? throw new FileNotFoundException(name);
        return new LimitedEntryStream(entry.Open(), name, entry.CompressedLength, _limits, n => _inflated += n);
    }

    public void Dispose() => _zip?.Dispose();

    /// <summary>Throws when a file expanded to <paramref name="bytes"/> is over the per-file limit or the ratio limit.</summary>
    internal static void CheckExpansion(string file, long bytes, long compressedBytes, PackageLimits limits)
    {
        if (bytes > limits.MaxEntryBytes)
        {
            throw new PackageLimitException(file, nameof(PackageLimits.MaxEntryBytes),
                $"unpacks to more than {PackageLimits.Bytes(limits.MaxEntryBytes)}; that is the most allowed per file");
        }

        if (bytes > PackageLimits.RatioFloorBytes && bytes > Math.Max(compressedBytes, 1) * limits.MaxCompressionRatio)
        {
            throw new PackageLimitException(file, nameof(PackageLimits.MaxCompressionRatio),
                $"unpacks more than {limits.MaxCompressionRatio}:1 ({compressedBytes:N0} bytes packed, over {bytes:N0} unpacked); at most {limits.MaxCompressionRatio}:1 is allowed");
        }
    }

    private static void CheckEntryCount(long entries, PackageLimits limits)
    {
        if (entries > limits.MaxEntries)
        {
            throw new PackageLimitException("(package)", nameof(PackageLimits.MaxEntries),
                $"holds {(entries >= ushort.MaxValue ? "65,535 or more" : entries.ToString("N0"))} entries; at most {limits.MaxEntries:N0} are allowed");
        }
    }

    private static void CheckDeclaredSizes(ZipArchive archive, PackageLimits limits)
    {
        CheckEntryCount(archive.Entries.Count, limits);
        long total = 0;
        foreach (var entry in archive.Entries)
        {
            CheckExpansion(entry.FullName, entry.Length, entry.CompressedLength, limits);
            total += entry.Length;
            if (total > limits.MaxUncompressedBytes)
            {
                throw new PackageLimitException("(package)", nameof(PackageLimits.MaxUncompressedBytes),
                    $"declares more than {PackageLimits.Bytes(limits.MaxUncompressedBytes)} unpacked in all; that is the most allowed");
            }
        }
    }

    /// <summary>The entry count the end-of-central-directory record declares (65,535 when it defers to Zip64); 0 when there is none, which the archive then refuses.</summary>
    private static long DeclaredEntryCount(Stream zip)
    {
        const int RecordLength = 22;
        int tail = (int)Math.Min(zip.Length, RecordLength + ushort.MaxValue);
        var buffer = new byte[tail];
        zip.Seek(-tail, SeekOrigin.End);
        zip.ReadExactly(buffer);
        zip.Seek(0, SeekOrigin.Begin);
        for (int i = tail - RecordLength; i >= 0; i--)
        {
            if (BinaryPrimitives.ReadUInt32LittleEndian(buffer.AsSpan(i)) == 0x06054b50)
            {
                return BinaryPrimitives.ReadUInt16LittleEndian(buffer.AsSpan(i + 10));
            }
        }

        return 0;
    }
}
