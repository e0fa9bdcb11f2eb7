namespace LifeCircle.Core.Streams;

/// <summary>A read-only, forward-only stream over another that counts the bytes read and lets a subclass stop the reading at a limit.</summary>
/// <param name="ownsInner">Whether disposing this stream disposes the inner one (not for a request body the server owns).</param>
public abstract class CountingReadStream(Stream inner, bool ownsInner = true) : Stream
{
    /// <summary>Bytes read so far.</summary>
    protected long BytesRead { get; private set; }

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position { get => BytesRead; set => throw new NotSupportedException(); }

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

    /// <summary>Called after every read with the bytes just read; throws to stop the reading.</summary>
    protected abstract void Counted(int bytes);

    protected override void Dispose(bool disposing)
    {
        if (disposing && ownsInner)
        {
            inner.Dispose();
        }

        base.Dispose(disposing);
    }

    private int Count(int bytes)
    {
        BytesRead += bytes;
        Counted(bytes);
        return bytes;
    }
}
