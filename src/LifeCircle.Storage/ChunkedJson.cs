using Azure.Data.Tables;

namespace LifeCircle.Storage;

/// <summary>Stores a long JSON text across several string properties, since one property holds at most 64 KiB.</summary>
internal static class ChunkedJson
{
    /// <summary>Characters per property: 30,000 UTF-16 chars = 60 KB, under the 64 KiB limit.</summary>
    private const int ChunkChars = 30_000;

    /// <summary>Chunks per entity, keeping the entity under its 1 MiB limit with room for keys.</summary>
    private const int MaxChunks = 15;

    public static void Put(TableEntity entity, string json)
    {
        int chunks = Math.Max(1, (json.Length + ChunkChars - 1) / ChunkChars);
        if (chunks > MaxChunks)
        {
            throw new ArgumentException(
                $"Record {entity.RowKey} is {json.Length:N0} characters of JSON; a table entity holds at most {MaxChunks * ChunkChars:N0}. Simplify its geometry.");
        }

        entity["JsonChunks"] = chunks;
        for (int i = 0; i < chunks; i++)
        {
            int start = i * ChunkChars;
            entity["Json" + i] = json.Substring(start, Math.Min(ChunkChars, json.Length - start));
        }
    }

    /// <summary>Characters of JSON the entity holds (0 for an entity without any).</summary>
    public static long Length(TableEntity entity)
    {
        long length = 0;
        for (int i = 0, chunks = entity.GetInt32("JsonChunks") ?? 0; i < chunks; i++)
        {
            length += entity.GetString("Json" + i)?.Length ?? 0;
        }

        return length;
    }

    public static string Get(TableEntity entity)
    {
        int chunks = entity.GetInt32("JsonChunks") ?? 0;
        return chunks == 1
            ? entity.GetString("Json0")
            : string.Concat(Enumerable.Range(0, chunks).Select(i => entity.GetString("Json" + i)));
    }
}
