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
    public void TextTooLongForOneEntityIsRefusedWithTheRecordNamed()
    {
        var entity = new TableEntity("p", "area:big");
        var ex = Assert.Throws<ArgumentException>(() => ChunkedJson.Put(entity, new string('x', 460_000)));
        Assert.Contains("area:big", ex.Message);
    }
}
