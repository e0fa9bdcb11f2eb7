using System.Text;
using LifeCircle.Core.Data;
using LifeCircle.Core.Data.Packages.Readers;

namespace LifeCircle.Core.Tests.Data.Packages.Readers;

/// <summary>Text files as offices save them: each encoding is read right or refused with one error naming the row, never mangled.</summary>
public sealed class TextDecodingTests
{
    private const string Text = "id,name_zh\nk-1,海北幼儿园\nk-2,惠民药店（北区）\n";

    static TextDecodingTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    private static byte[] Gbk(string text) => Encoding.GetEncoding(936).GetBytes(text);

    [Fact]
    public void GbkBytesWithoutADeclarationAreReadAsGb18030()
    {
        var bytes = Gbk(Text);
        Assert.False(System.Text.Unicode.Utf8.IsValid(bytes), "the fixture must not be valid UTF-8");
        Assert.Equal(Text, TextDecoding.Decode(bytes, "facilities.csv"));
    }

    [Fact]
    public void GbkBytesDeclaredAsUtf8AreOneErrorNamingTheFirstBadRow()
    {
        var ex = Assert.Throws<DatasetFormatException>(() => TextDecoding.Decode(Gbk(Text), "facilities.csv", "utf-8"));
        Assert.Equal(("facilities.csv row 2", "(encoding)"), (ex.Location, ex.Field));
        Assert.Contains("is not valid UTF-8", ex.Problem);
    }

    [Theory]
    [InlineData("utf-16le", true)]
    [InlineData("utf-16be", true)]
    [InlineData("utf-16le", false)]
    [InlineData("utf-16be", false)]
    [InlineData("utf-8", true)]
    [InlineData("utf-8", false)]
    public void UnicodeWithOrWithoutAByteOrderMarkIsReadWithoutTheMark(string encoding, bool bom)
    {
        Encoding e = encoding switch
        {
            "utf-16le" => new UnicodeEncoding(bigEndian: false, byteOrderMark: bom),
            "utf-16be" => new UnicodeEncoding(bigEndian: true, byteOrderMark: bom),
            _ => new UTF8Encoding(bom),
        };
        byte[] bytes = [.. e.GetPreamble(), .. e.GetBytes(Text)];
        Assert.Equal(Text, TextDecoding.Decode(bytes, "facilities.csv"));
    }

    [Fact]
    public void ReplacementCharactersAlreadyInTheFileAreRefusedWithTheirRow()
    {
        var ex = Assert.Throws<DatasetFormatException>(() => TextDecoding.Decode(Encoding.UTF8.GetBytes("id,name_zh\nk-1,ok\nk-2,\uFFFD\uFFFD幼儿园\n"), "facilities.csv"));
        Assert.Equal(("facilities.csv row 3", "(encoding)"), (ex.Location, ex.Field));
        Assert.Contains("U+FFFD", ex.Problem);
    }

    [Fact]
    public void AnUnknownDeclaredEncodingIsNamedInTheError()
    {
        var ex = Assert.Throws<DatasetFormatException>(() => TextDecoding.Decode("a"u8.ToArray(), "facilities.csv", "latin-9"));
        Assert.Equal("encoding", ex.Field);
        Assert.Contains("latin-9", ex.Problem);
    }

    [Fact]
    public void ShiftJisIsRefusedByNameRatherThanReadAsGbk()
    {
        var text = string.Concat(Enumerable.Repeat("これは日本語のテキストです。ひらがなとカタカナ。\n", 20));
        var ex = Assert.Throws<DatasetFormatException>(() => TextDecoding.Decode(Encoding.GetEncoding(932).GetBytes(text), "facilities.csv"));
        Assert.Contains("neither UTF-8 nor GB18030", ex.Problem);
    }

    [Fact]
    public void AByteOrderMarkWinsOverADeclarationThatDisagrees()
    {
        var bytes = new UnicodeEncoding(bigEndian: true, byteOrderMark: true).GetPreamble().Concat(Encoding.BigEndianUnicode.GetBytes(Text)).ToArray();
        Assert.Equal(Text, TextDecoding.Decode(bytes, "facilities.csv", "utf-16le"));
        Assert.Equal(Text, TextDecoding.Decode(bytes, "facilities.csv", "utf-8"));
    }

    [Fact]
    public void Utf16WithoutAMarkDeclaredAsUtf8IsRefusedForItsNulCharactersNotPublished()
    {
        var ex = Assert.Throws<DatasetFormatException>(() => TextDecoding.Decode(Encoding.Unicode.GetBytes(Text), "facilities.csv", "utf-8"));
        Assert.Equal(("facilities.csv row 1", "(encoding)"), (ex.Location, ex.Field));
        Assert.Contains("NUL", ex.Problem);
    }

    private static byte[] Utf8Rows(int rows, int pastedGbkRow)
    {
        var bytes = new List<byte>(Encoding.UTF8.GetBytes("id,name_zh,所属社区\n"));
        for (int row = 2; row <= rows; row++)
        {
            var line = $"k-{row},海北幼儿园{row},玉林北路社区\n";
            bytes.AddRange(row == pastedGbkRow ? Gbk(line) : Encoding.UTF8.GetBytes(line));
        }

        return [.. bytes];
    }

    [Fact]
    public void AUtf8FileWithOneRowPastedInGbkIsRefusedAtThatRowAsUtf8()
    {
        var ex = Assert.Throws<DatasetFormatException>(() => TextDecoding.Decode(Utf8Rows(14, pastedGbkRow: 12), "facilities.csv"));
        Assert.Equal(("facilities.csv row 12", "(encoding)"), (ex.Location, ex.Field));
        Assert.Contains("is not valid UTF-8", ex.Problem);
        Assert.Contains("the file's other rows are UTF-8", ex.Problem);
        Assert.DoesNotContain("save the file as UTF-8", ex.Problem);
    }

    [Fact]
    public void AUtf8FileWithAnAsciiHeaderAndOneGbkRowIsRefusedAtThatRow()
    {
        var bytes = Encoding.UTF8.GetBytes("id,name_zh\nk-1,海北幼儿园\nk-2,惠民药店\n").Concat(Gbk("k-3,玉林社区卫生站\n")).ToArray();
        var ex = Assert.Throws<DatasetFormatException>(() => TextDecoding.Decode(bytes, "facilities.csv"));
        Assert.Equal("facilities.csv row 4", ex.Location);
        Assert.Contains("is not valid UTF-8", ex.Problem);
    }

    [Fact]
    public void AGbkBodyBehindAUtf8ByteOrderMarkIsToldToDropTheMarkNotToDeclareAnEncoding()
    {
        byte[] bytes = [0xEF, 0xBB, 0xBF, .. Gbk(Text)];
        foreach (var declared in new string?[] { null, "gbk" })
        {
            var ex = Assert.Throws<DatasetFormatException>(() => TextDecoding.Decode(bytes, "facilities.csv", declared));
            Assert.Equal("facilities.csv row 2", ex.Location);
            Assert.Contains("byte order mark", ex.Problem);
            Assert.Contains("its text is GB18030/GBK", ex.Problem);
            Assert.Contains("remove it", ex.Problem);
            Assert.DoesNotContain("declare its \"encoding\"", ex.Problem);
        }
    }

    [Fact]
    public void AWrongDeclarationIsNamedAsTheCauseWhenTheBytesAreValidUtf8()
    {
        var ex = Assert.Throws<DatasetFormatException>(() => TextDecoding.Decode(Encoding.UTF8.GetBytes("id,name_zh\nk-1,\u00b7\u00b7\u00b7\u00b7€\n"), "facilities.csv", "gbk"));
        Assert.Contains("\"encoding\": \"gbk\"", ex.Problem);
        Assert.Contains("the file is valid UTF-8", ex.Problem);
    }
}
