using LifeCircle.Core.Streams;

namespace LifeCircle.Core.Data.Packages;

/// <summary>Reads one inflating zip entry and counts its bytes, stopping at the per-file, ratio and package-wide limits whatever the entry declared.</summary>
internal sealed class LimitedEntryStream(Stream inner, string file, long compressedBytes, PackageLimits limits, Func<long, long> addToPackage)
    : CountingReadStream(inner)
{
    protected override void Counted(int bytes)
    {
        long total = addToPackage(bytes);
        PackageSource.CheckExpansion(file, BytesRead, compressedBytes, limits);
        if (total > limits.MaxUncompressedBytes)
        {
            throw new PackageLimitException(file, nameof(PackageLimits.MaxUncompressedBytes),
                $"unpacks the package beyond {PackageLimits.Bytes(limits.MaxUncompressedBytes)} in all; that is the most allowed");
        }
    }
}
