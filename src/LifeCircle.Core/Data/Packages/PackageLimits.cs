namespace LifeCircle.Core.Data.Packages;

/// <summary>How large a zipped package may be, packed and unpacked: checked on the sizes its directory declares and again on the bytes actually inflated.</summary>
public sealed record PackageLimits
{
    private const long MiB = 1024L * 1024L;

    /// <summary>Entries smaller than this are never refused for their compression ratio: small, repetitive files compress well honestly.</summary>
    public const long RatioFloorBytes = MiB;

    public static PackageLimits Default { get; } = new();

    /// <summary>The largest .zip file (the upload) accepted.</summary>
    public long MaxCompressedBytes { get; init; } = 100 * MiB;

    /// <summary>The most all files together may expand to.</summary>
    public long MaxUncompressedBytes { get; init; } = 1024 * MiB;

    /// <summary>The most one file may expand to.</summary>
    public long MaxEntryBytes { get; init; } = 256 * MiB;

    /// <summary>The most entries (files and folders) the .zip may hold.</summary>
    public int MaxEntries { get; init; } = 1000;

    /// <summary>The most one file may expand per compressed byte (100 means 100:1).</summary>
    public int MaxCompressionRatio { get; init; } = 100;

    /// <summary>Bytes as a reader says them: "256 MiB", or "1,000 bytes" below a mebibyte.</summary>
    public static string Bytes(long bytes) => bytes >= MiB && bytes % MiB == 0 ? $"{bytes / MiB:N0} MiB" : $"{bytes:N0} bytes";
}

/// <summary>A package goes beyond one of its <see cref="PackageLimits"/>; reading stopped there.</summary>
/// <param name="file">The file (or "(package)") that went over.</param>
/// <param name="limit">The name of the <see cref="PackageLimits"/> property exceeded, e.g. "MaxEntryBytes".</param>
/// <param name="compressed">True for the packed size (the upload), false for what it unpacks to.</param>
public sealed class PackageLimitException(string file, string limit, string problem, bool compressed = false)
    : Exception($"{file}: {problem}")
{
    public string File { get; } = file;

    public string Limit { get; } = limit;

    public string Problem { get; } = problem;

    public bool Compressed { get; } = compressed;
}
