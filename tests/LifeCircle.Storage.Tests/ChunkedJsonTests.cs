using Azure.Data.Tables;

namespace LifeCircle.Storage.Tests;

public class ChunkedJsonTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(30_000)]
    [InlineData(30_001)]
    [InlineData(400_000)]
    public void LongTextIsSplitIntoPropertiesUnderTheLimitAndJoinedBack(int length)
    {
        var text = new string('x', length - 1) + "终";
        var entity = new TableEntity("p", "r");
        ChunkedJson.Put(entity, text);

        Assert.Equal(text, ChunkedJson.Get(entity));
        Assert.All(entity.Keys.Where(k => k.StartsWith("Json", StringComparison.Ordinal) && k != "JsonChunks"),
            k => Assert.True(((string)entity[k]).Length * 2 <= 64 * 1024));
    }

    [Fact]
    public void JsonStoredCompressedIsReadBackAsTheSameText()
    {
        var json = "[" + string.Join(',', Enumerable.Range(0, 10_000).Select(i => $"{{\"n\":{i},\"name\":\"第{i}号 😀\"}}")) + "]";
        var entity = new TableEntity("p", "r");
        ChunkedJson.PutCompressed(entity, json);

        Assert.DoesNotContain("Json0", entity.Keys);
        Assert.Equal(json, ChunkedJson.Get(entity));
        Assert.Equal(json, ChunkedJson.Parse(entity, root => root.GetRawText()));
        Assert.True(ChunkedJson.Length(entity) * 3 < json.Length, $"{ChunkedJson.Length(entity)} characters in a request for {json.Length}");
        Assert.All(entity.Keys.Where(k => k.StartsWith("Brotli", StringComparison.Ordinal) && k != "BrotliChunks"),
            k => Assert.True(((byte[])entity[k]).Length <= 64 * 1024));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(300_000)]
    public void JsonThatCompressingWouldNotMakeSmallerIsStoredAsText(int length)
    {
        // Random printable ASCII compresses to some 80%, which base64 makes larger than the text; a short text gains nothing either.
        var random = new Random(7);
        var printable = Enumerable.Range(0x20, 0x5F).Select(c => (char)c).Where(c => c is not '"' and not '\\').ToArray();
        var json = "\"" + new string(Enumerable.Range(0, length).Select(_ => printable[random.Next(printable.Length)]).ToArray()) + "\"";
        var entity = new TableEntity("p", "r");
        ChunkedJson.PutCompressed(entity, json);

        Assert.Contains("Json0", entity.Keys);
        Assert.Equal(json, ChunkedJson.Get(entity));
        Assert.Equal(json[1..^1], ChunkedJson.Parse(entity, root => root.GetString()));
    }

    [Fact]
    public void TextChunksAreParsedWholeWhenABoundarySplitsASurrogatePair()
    {
        // The emoji's two UTF-16 halves fall either side of the first chunk's end (30,000 characters).
        var json = "\"" + new string('x', 29_998) + "😀" + "\"";
        var entity = new TableEntity("p", "r");
        ChunkedJson.Put(entity, json);

        Assert.Equal(2, entity.GetInt32("JsonChunks"));
        Assert.Equal(json[1..^1], ChunkedJson.Parse(entity, root => root.GetString()));
    }

    [Fact]
    public void TextTooLongForOneEntityIsRefusedWithTheRecordNamed()
    {
        var entity = new TableEntity("p", "area:big");
        var ex = Assert.Throws<ArgumentException>(() => ChunkedJson.Put(entity, new string('x', 460_000)));
        Assert.Contains("area:big", ex.Message);
    }
}
