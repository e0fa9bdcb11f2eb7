using System.Text;

namespace LifeCircle.Core.Data.Packages;

/// <summary>Decodes zip entry names stored without the UTF-8 flag: as UTF-8 when the bytes are valid UTF-8, else as GB18030/GBK.</summary>
/// <remarks>
/// Windows Explorer and older zip tools on a Chinese system store names in the ANSI code page (936) and leave the
/// UTF-8 flag clear; tools elsewhere often store UTF-8 without the flag. A name of GBK bytes is almost never valid UTF-8,
/// so one name at a time decides. A name with the flag set never reaches this encoding (the archive reads it as UTF-8).
/// </remarks>
internal sealed class ZipEntryNameEncoding : Encoding
{
    public static ZipEntryNameEncoding Instance { get; } = new();

    private static readonly Encoding Utf8 = new UTF8Encoding(false);

    // A name that is neither decodes with U+FFFD and is then reported missing by name, not as an exception.
    private static readonly Encoding Gb18030 = CodePages(54936);

    private static Encoding CodePages(int codePage)
    {
        RegisterProvider(CodePagesEncodingProvider.Instance);
        return GetEncoding(codePage);
    }

    private static Encoding For(ReadOnlySpan<byte> bytes) => System.Text.Unicode.Utf8.IsValid(bytes) ? Utf8 : Gb18030;

    public override string GetString(byte[] bytes, int index, int count) => For(bytes.AsSpan(index, count)).GetString(bytes, index, count);

    public override int GetCharCount(byte[] bytes, int index, int count) => For(bytes.AsSpan(index, count)).GetCharCount(bytes, index, count);

    public override int GetChars(byte[] bytes, int byteIndex, int byteCount, char[] chars, int charIndex) =>
        For(bytes.AsSpan(byteIndex, byteCount)).GetChars(bytes, byteIndex, byteCount, chars, charIndex);

    public override int GetMaxCharCount(int byteCount) => Math.Max(Utf8.GetMaxCharCount(byteCount), Gb18030.GetMaxCharCount(byteCount));

    // Packages are only read; names are encoded as UTF-8 should anything ask.
    public override int GetByteCount(char[] chars, int index, int count) => Utf8.GetByteCount(chars, index, count);

    public override int GetBytes(char[] chars, int charIndex, int charCount, byte[] bytes, int byteIndex) => Utf8.GetBytes(chars, charIndex, charCount, bytes, byteIndex);

    public override int GetMaxByteCount(int charCount) => Utf8.GetMaxByteCount(charCount);
}
