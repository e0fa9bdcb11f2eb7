using LifeCircle.Core.Data.Packages;

namespace LifeCircle.Api;

/// <summary>How the import function is reached, what it writes with and how large a package it takes (section LifeCircle:Import).</summary>
public sealed class ImportSettings
{
    public const string Section = "LifeCircle:Import";

    private const long MiB = 1024L * 1024L;

    /// <summary>The shared key callers send in X-Import-Key; imports are refused while it is not set. Never committed: an app setting.</summary>
    public string? Key { get; set; }

    /// <summary>Client id of the managed identity allowed to write tables (Storage Table Data Contributor); the API's own identity only reads.</summary>
    public string? ManagedIdentityClientId { get; set; }

    /// <summary>Largest package (the .zip uploaded) accepted, in megabytes (MiB).</summary>
    public int MaxPackageMegabytes { get; set; } = (int)(PackageLimits.Default.MaxCompressedBytes / MiB);

    /// <summary>The most all files of a package may unpack to together, in megabytes (MiB).</summary>
    public int MaxUnpackedMegabytes { get; set; } = (int)(PackageLimits.Default.MaxUncompressedBytes / MiB);

    /// <summary>The most one file of a package may unpack to, in megabytes (MiB).</summary>
    public int MaxFileMegabytes { get; set; } = (int)(PackageLimits.Default.MaxEntryBytes / MiB);

    /// <summary>The most entries a package's .zip may hold.</summary>
    public int MaxFiles { get; set; } = PackageLimits.Default.MaxEntries;

    /// <summary>The most a file may expand per packed byte (100 means 100:1); files under 1 MiB unpacked are exempt.</summary>
    public int MaxCompressionRatio { get; set; } = PackageLimits.Default.MaxCompressionRatio;

    /// <summary>The limits uploads are read within.</summary>
    public PackageLimits ToPackageLimits() => new()
    {
        MaxCompressedBytes = MaxPackageMegabytes * MiB,
        MaxUncompressedBytes = MaxUnpackedMegabytes * MiB,
        MaxEntryBytes = MaxFileMegabytes * MiB,
        MaxEntries = MaxFiles,
        MaxCompressionRatio = MaxCompressionRatio,
    };

    /// <summary>The setting that sets a <see cref="PackageLimits"/> property, e.g. "LifeCircle:Import:MaxFileMegabytes".</summary>
    public static string SettingFor(string limit) => Section + ":" + limit switch
    {
        nameof(PackageLimits.MaxCompressedBytes) => nameof(MaxPackageMegabytes),
        nameof(PackageLimits.MaxUncompressedBytes) => nameof(MaxUnpackedMegabytes),
        nameof(PackageLimits.MaxEntryBytes) => nameof(MaxFileMegabytes),
        nameof(PackageLimits.MaxEntries) => nameof(MaxFiles),
        _ => nameof(MaxCompressionRatio),
    };
}
