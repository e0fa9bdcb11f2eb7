using System.Buffers.Binary;
using System.IO.Compression;
using LifeCircle.Core.Data.Packages;
using LifeCircle.Tests.Shared;

namespace LifeCircle.Core.Tests.Data.Packages;

/// <summary>Zips over their limits are refused while read: from the sizes they declare, and from the bytes they actually inflate.</summary>
public sealed class PackageLimitsTests : IDisposable
{
    private const int MiB = 1024 * 1024;
    private readonly TempFolder _folder = new("lc-limits");

    public void Dispose()
    {
        _folder.Dispose();

        File.Delete(_folder + ".zip");
    }

    /// <summary>Rewrites the uncompressed size every header of the zip declares (local and central), leaving the data as it is.</summary>
    private static byte[] DeclareUncompressedSize(byte[] zip, uint size)
    {
        var bytes = (byte[])zip.Clone();
        for (int i = 0; i + 30 <= bytes.Length; i++)
        {
            uint signature = BinaryPrimitives.ReadUInt32LittleEndian(bytes.AsSpan(i));
            if (signature == 0x04034b50)
            {
                BinaryPrimitives.WriteUInt32LittleEndian(bytes.AsSpan(i + 22), size);
            }
            else if (signature == 0x02014b50)
            {
                BinaryPrimitives.WriteUInt32LittleEndian(bytes.AsSpan(i + 24), size);
            }
        }

        return bytes;
    }

    private static long ReadAll(PackageSource source, string name)
    {
        using var stream = source.Open(name);
        var buffer = new byte[81920];
        long total = 0;
        int n;
        while ((n = stream.Read(buffer)) > 0)
        {
            total += n;
        }

        return total;
    }

    [Fact]
    public void AZipBombIsRefusedFromTheSizeItDeclaresBeforeAnythingIsInflated()
    {
        var bomb = TestZips.OfZeros(("facilities.geojson", 8 * MiB));
        Assert.True(bomb.Length < 64 * 1024, $"the bomb should be small packed, is {bomb.Length} bytes");

        var ex = Assert.Throws<PackageLimitException>(() => PackageSource.FromZip(new MemoryStream(bomb), new PackageLimits { MaxEntryBytes = 2 * MiB }));
        Assert.Equal("facilities.geojson", ex.File);
        Assert.Equal(nameof(PackageLimits.MaxEntryBytes), ex.Limit);
        Assert.Contains("2 MiB", ex.Problem);
    }

    [Fact]
    public void AFileThatExpandsMoreThanTheRatioAllowsIsRefused()
    {
        var bomb = TestZips.OfZeros(("dataset.json", 4 * MiB));

        var ex = Assert.Throws<PackageLimitException>(() => PackageSource.FromZip(new MemoryStream(bomb), new PackageLimits { MaxCompressionRatio = 100 }));
        Assert.Equal("dataset.json", ex.File);
        Assert.Equal(nameof(PackageLimits.MaxCompressionRatio), ex.Limit);
    }

    [Fact]
    public void FilesTogetherOverTheUnpackedLimitAreRefusedEvenWhenEachIsWithinItsOwn()
    {
        var zip = TestZips.OfZeros(("a.geojson", MiB), ("b.geojson", MiB), ("c.geojson", MiB));
        var limits = new PackageLimits { MaxEntryBytes = 2 * MiB, MaxUncompressedBytes = 2 * MiB + 1, MaxCompressionRatio = 10_000 };

        var ex = Assert.Throws<PackageLimitException>(() => PackageSource.FromZip(new MemoryStream(zip), limits));
        Assert.Equal(nameof(PackageLimits.MaxUncompressedBytes), ex.Limit);
    }

    [Fact]
    public void AnEntryWhoseDeclaredSizeLiesIsStoppedAtTheLimitWhileItInflates()
    {
        var lying = DeclareUncompressedSize(TestZips.OfZeros(("facilities.geojson", 16 * MiB)), 1000);
        var limits = new PackageLimits { MaxEntryBytes = 2 * MiB, MaxCompressionRatio = 10_000 };

        using var source = PackageSource.FromZip(new MemoryStream(lying), limits);
        long read = 0;
        var ex = Record.Exception(() => read = ReadAll(source, "facilities.geojson"));

        // Whether the unzipper trusts the declared size (and stops early) or not (and the count stops it), never more than the limit comes out.
        Assert.True(ex is PackageLimitException { Limit: nameof(PackageLimits.MaxEntryBytes) } || (ex is null or InvalidDataException && read <= limits.MaxEntryBytes),
            $"read {read:N0} bytes, then {ex?.GetType().Name}: {ex?.Message}");
    }

    [Fact]
    public void TheBytesActuallyInflatedAreCountedAcrossThePackageSoReadingAgainCountsAgain()
    {
        var zip = TestZips.OfZeros(("streets.geojson", 3 * MiB / 2));
        var limits = new PackageLimits { MaxUncompressedBytes = 2 * MiB, MaxCompressionRatio = 10_000 };
        using var source = PackageSource.FromZip(new MemoryStream(zip), limits);

        Assert.Equal(3 * MiB / 2, ReadAll(source, "streets.geojson"));
        var ex = Assert.Throws<PackageLimitException>(() => ReadAll(source, "streets.geojson"));
        Assert.Equal(nameof(PackageLimits.MaxUncompressedBytes), ex.Limit);
        Assert.Equal("streets.geojson", ex.File);
    }

    [Fact]
    public void AZipWithMoreEntriesThanAllowedIsRefusedBeforeItsDirectoryIsRead()
    {
        var zip = TestZips.OfZeros([.. Enumerable.Range(0, 30).Select(i => ($"f{i}.txt", 1))]);

        var ex = Assert.Throws<PackageLimitException>(() => PackageSource.FromZip(new MemoryStream(zip), new PackageLimits { MaxEntries = 20 }));
        Assert.Equal(nameof(PackageLimits.MaxEntries), ex.Limit);
        Assert.Contains("30 entries", ex.Problem);
    }

    [Fact]
    public void AZipFileLargerThanThePackedLimitIsRefusedAsTooLarge()
    {
        var zip = TestZips.OfZeros(("dataset.json", 10));

        var ex = Assert.Throws<PackageLimitException>(() => PackageSource.FromZip(new MemoryStream(zip), new PackageLimits { MaxCompressedBytes = zip.Length - 1 }));
        Assert.True(ex.Compressed);
        Assert.Equal(nameof(PackageLimits.MaxCompressedBytes), ex.Limit);
    }

    [Fact]
    public void ReadingAZipOverALimitGivesOneErrorNamingTheFileAndTheLimit()
    {
        File.WriteAllBytes(_folder + ".zip", DeclareUncompressedSize(TestZips.OfZeros(("dataset.json", 10)), 300 * MiB));

        var result = PackageReader.Read(_folder + ".zip");

        Assert.Null(result.Dataset);
        var problem = Assert.Single(result.Problems);
        Assert.Equal("dataset.json", problem.Location);
        Assert.Equal(nameof(PackageLimits.MaxEntryBytes), problem.Field);
    }

    [Fact]
    public void APackageWithinTheDefaultLimitsReadsAsBefore()
    {
        SecondDistrictPackage.Write(_folder);
        ZipFile.CreateFromDirectory(_folder, _folder + ".zip");

        var result = PackageReader.Read(_folder + ".zip");

        Assert.False(result.HasErrors, string.Join("\n", result.Problems));
        Assert.Equal(3, result.Dataset!.Facilities.Count);
    }
}
