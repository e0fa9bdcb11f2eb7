namespace LifeCircle.Core.Data.Packages;

/// <summary>Reads one inflating zip entry and counts its bytes, stopping at the per-file, ratio and package-wide limits whatever the entry declared.</summary>
internal sealed class LimitedEntryStream(Stream inner, string file, long compressedBytes, PackageLimits limits, Func<long, long> addToPackage) : Stream
{
    private long _read;

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position { get => _read; set => throw new NotSupportedException(); }

    public override int Read(byte[] buffer, int offset, int count) => Count(inner.Read(buffer, offset, count));

    public override int Read(Span<byte> buffer) => Count(inner.Read(buffer));

    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
        Count(await inner.ReadAsync(buffer, cancellationToken));

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            inner.Dispose();
        }

        base.Dispose(disposing);
    }

    private int Count(int n)
    {
        _read += n;
        long total = addToPackage(n);
        PackageSource.CheckExpansion(file, _read, compressedBytes, limits);
        if (total > limits.MaxUncompressedBytes)
        {
            throw new PackageLimitException(file, nameof(PackageLimits.MaxUncompressedBytes),
                $"unpacks the package beyond {PackageLimits.Bytes(limits.MaxUncompressedBytes)} in all; that is the most allowed");
        }

        return n;
    }
}
