using System.Buffers;
using System.IO.Compression;
using System.Text;
using System.Text.Json;
using Azure.Data.Tables;

namespace LifeCircle.Storage;

/// <summary>Stores a long JSON text across several properties of one entity: as text, or Brotli-compressed UTF-8 in binary properties.</summary>
/// <remarks>
/// One property holds at most 64 KiB. Layer pages are stored compressed (some 5–20 times smaller), so a cold read of a
/// large layer moves and deserialises a fraction of the bytes; entities written as text, before compression or since, are read as well.
/// </remarks>
internal static class ChunkedJson
{
    /// <summary>Characters per property: 30,000 UTF-16 chars = 60 KB, under the 64 KiB limit.</summary>
    private const int ChunkChars = 30_000;

    /// <summary>Compressed bytes per binary property, under the 64 KiB limit.</summary>
    private const int ChunkBytes = 60_000;

    /// <summary>Chunks per entity, keeping the entity under its 1 MiB limit with room for keys.</summary>
    private const int MaxChunks = 15;

    /// <summary>Brotli quality of stored pages: a page compresses in milliseconds and decompresses in less.</summary>
    private const int Quality = 5;

    private const string TextChunks = "JsonChunks", BinaryChunks = "BrotliChunks", Utf8Length = "JsonBytes";

    public static void Put(TableEntity entity, string json)
    {
        int chunks = Math.Max(1, (json.Length + ChunkChars - 1) / ChunkChars);
        if (chunks > MaxChunks)
        {
            throw new ArgumentException(
                $"Record {entity.RowKey} is {json.Length:N0} characters of JSON; a table entity holds at most {MaxChunks * ChunkChars:N0}. Simplify its geometry.");
        }

        entity[TextChunks] = chunks;
        for (int i = 0; i < chunks; i++)
        {
            int start = i * ChunkChars;
            entity["Json" + i] = json.Substring(start, Math.Min(ChunkChars, json.Length - start));
        }
    }

    /// <summary>Stores the JSON compressed; as text (<see cref="Put"/>) when compressing would not make it smaller in a request (base64 adds a third), or it would not fit one entity.</summary>
    public static void PutCompressed(TableEntity entity, string json)
    {
        var utf8 = Encoding.UTF8.GetBytes(json);
        var compressed = new byte[BrotliEncoder.GetMaxCompressedLength(utf8.Length)];
        if (!BrotliEncoder.TryCompress(utf8, compressed, out int length, Quality, 22) || length / 3L * 4 >= utf8.Length || length > MaxChunks * ChunkBytes)
        {
            Put(entity, json);
            return;
        }

        int chunks = Math.Max(1, (length + ChunkBytes - 1) / ChunkBytes);
        entity[BinaryChunks] = chunks;
        entity[Utf8Length] = utf8.Length;
        for (int i = 0; i < chunks; i++)
        {
            int start = i * ChunkBytes;
            entity["Brotli" + i] = compressed.AsSpan(start, Math.Min(ChunkBytes, length - start)).ToArray();
        }
    }

    /// <summary>Characters the entity's JSON takes in a request (binary properties travel as base64); 0 for an entity without any.</summary>
    public static long Length(TableEntity entity)
    {
        long length = 0;
        for (int i = 0, chunks = entity.GetInt32(TextChunks) ?? 0; i < chunks; i++)
        {
            length += entity.GetString("Json" + i)?.Length ?? 0;
        }

        for (int i = 0, chunks = entity.GetInt32(BinaryChunks) ?? 0; i < chunks; i++)
        {
            length += ((entity.GetBinary("Brotli" + i)?.Length ?? 0) + 2) / 3 * 4;
        }

        return length;
    }

    public static string Get(TableEntity entity)
    {
        if (entity.GetInt32(BinaryChunks) is not null)
        {
            return Parse(entity, root => root.GetRawText());
        }

        int chunks = entity.GetInt32(TextChunks) ?? 0;
        return chunks == 1
            ? entity.GetString("Json0")
            : string.Concat(Enumerable.Range(0, chunks).Select(i => entity.GetString("Json" + i)));
    }

    /// <summary>Reads the entity's JSON with <paramref name="read"/>, parsed from UTF-8 in a pooled buffer: no string of the whole text is made.</summary>
    /// <remarks>The element is valid only within <paramref name="read"/>.</remarks>
    public static T Parse<T>(TableEntity entity, Func<JsonElement, T> read)
    {
        var buffer = ArrayPool<byte>.Shared.Rent(Math.Max(1, entity.GetInt32(Utf8Length) ?? (int)Math.Min(Length(entity) * 3, Array.MaxLength)));
        try
        {
            int length = entity.GetInt32(BinaryChunks) is { } chunks ? Decompress(entity, chunks, buffer) : Encode(entity, buffer);
            using var doc = JsonDocument.Parse(buffer.AsMemory(0, length));
            return read(doc.RootElement);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    private static int Decompress(TableEntity entity, int chunks, byte[] buffer)
    {
        using var decoder = new BrotliDecoder();
        int written = 0;
        var status = OperationStatus.NeedMoreData;
        for (int i = 0; i < chunks; i++)
        {
            var source = entity.GetBinary("Brotli" + i) ?? throw new InvalidDataException($"Row {entity.RowKey} lacks Brotli{i}.");
            status = decoder.Decompress(source, buffer.AsSpan(written), out _, out int produced);
            written += produced;
            if (status is OperationStatus.InvalidData or OperationStatus.DestinationTooSmall)
            {
                break;
            }
        }

        return status == OperationStatus.Done
            ? written
            : throw new InvalidDataException($"Row {entity.RowKey}: its compressed JSON does not decompress ({status}).");
    }

    /// <summary>The text chunks as UTF-8, one after another; a surrogate pair split between two chunks is joined.</summary>
    private static int Encode(TableEntity entity, byte[] buffer)
    {
        var encoder = Encoding.UTF8.GetEncoder();
        int written = 0, chunks = entity.GetInt32(TextChunks) ?? 0;
        for (int i = 0; i < chunks; i++)
        {
            written += encoder.GetBytes(entity.GetString("Json" + i) ?? "", buffer.AsSpan(written), flush: i == chunks - 1);
        }

        return written;
    }
}
