using System.Text;

namespace LifeCircle.Core.Data.Packages.Readers;

/// <summary>Turns a text file's bytes into text: UTF-8 (with or without BOM), UTF-16 or GB18030/GBK, detected or declared, and never with a character guessed.</summary>
/// <remarks>
/// Every decoder here throws on an invalid byte, so a file saved in one encoding and read as another is one error
/// naming the file and its row, never a published name full of U+FFFD. Without a BOM or a declared encoding,
/// valid UTF-8 is UTF-8; anything else is read as GB18030 (a superset of GBK and GB2312, what Excel and WPS save
/// on Chinese Windows) unless the bytes are recognisably another legacy encoding, which is refused by name.
/// </remarks>
public static class TextDecoding
{
    /// <summary>The encoding names a package may declare per file, and what each means.</summary>
    public static IReadOnlyList<string> Names { get; } = ["utf-8", "utf-16", "utf-16le", "utf-16be", "gb18030", "gbk", "gb2312"];

    /// <summary>The bytes the charset detector looks at: enough to tell, and bounded for files of hundreds of megabytes.</summary>
    private const int DetectionSample = 64 * 1024;

    static TextDecoding() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    /// <summary>The strict encoding a declared name stands for, or null for a name not in <see cref="Names"/> (nor a code page such as 936).</summary>
    public static Encoding? Find(string name) => name.Trim().ToLowerInvariant() switch
    {
        "utf-8" or "utf8" => Strict(65001),
        "utf-16" or "utf-16le" or "utf16" or "unicode" => Strict(1200),
        "utf-16be" => Strict(1201),
        "gb18030" or "gbk" or "gb2312" or "cp936" or "936" or "54936" or "euc-cn" => Strict(54936),
        _ => null,
    };

    /// <summary>Why the encoding was used; it decides what a refused file is told to do.</summary>
    private enum Why { Declared, ByteOrderMark, Detected, MostlyUtf8 }

    /// <summary>The text of <paramref name="bytes"/> (BOM removed); <paramref name="declared"/> (an encoding name) wins over detection.</summary>
    /// <exception cref="DatasetFormatException">The bytes are not valid in the encoding used, or hold U+FFFD.</exception>
    public static string Decode(byte[] bytes, string file, string? declared = null)
    {
        var (encoding, skip, why) = Pick(bytes, file, declared);
        return DecodeLines(bytes.AsSpan(skip), encoding, file, why, declared);
    }

    /// <summary>The encoding the bytes are in and the length of the BOM to skip.</summary>
    /// <exception cref="DatasetFormatException">The declared name is unknown, or the bytes are in an encoding not supported.</exception>
    public static (Encoding Encoding, int Bom) Choose(ReadOnlySpan<byte> bytes, string file, string? declared = null)
    {
        var (encoding, bom, _) = Pick(bytes, file, declared);
        return (encoding, bom);
    }

    private static (Encoding Encoding, int Bom, Why Why) Pick(ReadOnlySpan<byte> bytes, string file, string? declared)
    {
        int bom = bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]) ? 3 : bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) || bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]) ? 2 : 0;
        // A byte order mark cannot be mistaken, so it wins over a declaration.
        if (declared is not null && bom == 0)
        {
            return (Find(declared) ?? throw new DatasetFormatException(file, "encoding", $"'{declared}' is not an encoding this reader knows; give one of {string.Join(", ", Names)}"), 0, Why.Declared);
        }

        if (bom == 3)
        {
            return (Strict(65001), 3, Why.ByteOrderMark);
        }

        if (bom == 2)
        {
            return (Strict(bytes[0] == 0xFF ? 1200 : 1201), 2, Why.ByteOrderMark);
        }

        if (Utf16WithoutBom(bytes) is int codePage)
        {
            return (Strict(codePage), 0, Why.Detected);
        }

        if (System.Text.Unicode.Utf8.IsValid(bytes))
        {
            return (Strict(65001), 0, Why.Detected);
        }

        // A UTF-8 file with a few rows pasted from a GBK one: read as UTF-8, so the error names the pasted rows, not the first Chinese one.
        if (MostlyUtf8(bytes))
        {
            return (Strict(65001), 0, Why.MostlyUtf8);
        }

        var detected = UtfUnknown.CharsetDetector.DetectFromBytes(bytes[..Math.Min(bytes.Length, DetectionSample)].ToArray()).Detected;
        if (detected is { Confidence: >= 0.5f, EncodingName: var name } && Foreign(name))
        {
            throw new DatasetFormatException(file, "encoding", $"is neither UTF-8 nor GB18030/GBK; it looks like {name}: save it as UTF-8, or declare its \"encoding\" in dataset.json");
        }

        return (Strict(54936), 0, Why.Detected);
    }

    /// <summary>Whether more lines hold non-ASCII text that is valid UTF-8 than lines that are not valid UTF-8.</summary>
    private static bool MostlyUtf8(ReadOnlySpan<byte> bytes)
    {
        int utf8 = 0, invalid = 0;
        while (!bytes.IsEmpty)
        {
            var line = bytes[..NextLineEnd(bytes, 1, false)];
            if (!System.Text.Unicode.Utf8.IsValid(line))
            {
                invalid++;
            }
            else if (line.IndexOfAnyExceptInRange((byte)0, (byte)0x7F) >= 0)
            {
                utf8++;
            }

            bytes = bytes[line.Length..];
        }

        return utf8 > invalid;
    }

    /// <summary>Decodes line by line, so the first byte that is not valid is reported with its row; one error for the file, not one per character.</summary>
    private static string DecodeLines(ReadOnlySpan<byte> bytes, Encoding encoding, string file, Why why, string? declared)
    {
        var all = bytes;
        int unit = encoding.CodePage is 1200 or 1201 ? 2 : 1;
        var text = new StringBuilder(bytes.Length);
        int row = 1;
        while (!bytes.IsEmpty)
        {
            int end = NextLineEnd(bytes, unit, encoding.CodePage == 1201);
            var line = bytes[..end];
            string decoded;
            try
            {
                decoded = encoding.GetString(line);
            }
            catch (DecoderFallbackException ex)
            {
                var bad = ex.BytesUnknown is { Length: > 0 } b ? string.Join(" ", b.Select(x => $"0x{x:X2}")) : "a byte";
                throw new DatasetFormatException($"{file} row {row}", "(encoding)", $"is not valid {Name(encoding)} ({bad}){Advice(all, encoding, why, declared)}");
            }

            if (decoded.Contains('\0'))
            {
                throw new DatasetFormatException($"{file} row {row}", "(encoding)",
                    $"holds NUL characters, so it is not {Name(encoding)} text (UTF-16 saved without a byte order mark?): save the file as UTF-8, or declare its \"encoding\" in dataset.json");
            }

            if (decoded.Contains('\uFFFD'))
            {
                throw new DatasetFormatException($"{file} row {row}", "(encoding)",
                    "holds U+FFFD, the mark of characters lost when the file was saved in another encoding: correct the text at its source");
            }

            text.Append(decoded);
            bytes = bytes[end..];
            row++;
        }

        return text.ToString();
    }

    /// <summary>What a file refused in <paramref name="encoding"/> should do, given why that encoding was used: advice the officer can follow.</summary>
    private static string Advice(ReadOnlySpan<byte> bytes, Encoding encoding, Why why, string? declared)
    {
        bool utf8 = System.Text.Unicode.Utf8.IsValid(bytes);
        bool gb = !utf8 && Valid(bytes, Strict(54936));
        return why switch
        {
            Why.MostlyUtf8 =>
                ", though the file's other rows are UTF-8: this row was probably pasted from a file in another encoding (e.g. GBK); retype its text, or convert the row to UTF-8",
            Why.ByteOrderMark when encoding.CodePage == 65001 && gb =>
                ": the file starts with a UTF-8 byte order mark, but its text is GB18030/GBK; the mark wins over a declared \"encoding\", so remove it (the file's first 3 bytes, EF BB BF) and the file is read as GBK",
            Why.ByteOrderMark =>
                $": the file starts with a {Name(encoding)} byte order mark, which wins over a declared \"encoding\", but its text is not {Name(encoding)}: save the file as UTF-8 again",
            Why.Declared when utf8 =>
                $": dataset.json declares \"encoding\": \"{declared}\", but the file is valid UTF-8: remove the declaration, or declare \"utf-8\"",
            Why.Declared when gb =>
                $": dataset.json declares \"encoding\": \"{declared}\", but the file reads as GB18030/GBK: declare \"gbk\", or remove the declaration",
            Why.Declared =>
                $": dataset.json declares \"encoding\": \"{declared}\": correct the declaration, or save the file as UTF-8",
            _ => ": save the file as UTF-8, or declare its \"encoding\" in dataset.json",
        };
    }

    private static bool Valid(ReadOnlySpan<byte> bytes, Encoding encoding)
    {
        try
        {
            _ = encoding.GetCharCount(bytes);
            return true;
        }
        catch (DecoderFallbackException)
        {
            return false;
        }
    }

    private static int NextLineEnd(ReadOnlySpan<byte> bytes, int unit, bool bigEndian)
    {
        if (unit == 1)
        {
            int i = bytes.IndexOf((byte)'\n');
            return i < 0 ? bytes.Length : i + 1;
        }

        for (int i = 0; i + 1 < bytes.Length; i += 2)
        {
            if (bigEndian ? bytes[i] == 0 && bytes[i + 1] == '\n' : bytes[i] == '\n' && bytes[i + 1] == 0)
            {
                return i + 2;
            }
        }

        return bytes.Length;
    }

    /// <summary>UTF-16 without a BOM shows as a zero byte beside almost every ASCII character.</summary>
    private static int? Utf16WithoutBom(ReadOnlySpan<byte> bytes)
    {
        var sample = bytes[..(Math.Min(bytes.Length, 4096) & ~1)];
        if (sample.Length < 4)
        {
            return null;
        }

        int evenZeros = 0, oddZeros = 0;
        for (int i = 0; i < sample.Length; i += 2)
        {
            evenZeros += sample[i] == 0 ? 1 : 0;
            oddZeros += sample[i + 1] == 0 ? 1 : 0;
        }

        int pairs = sample.Length / 2;
        return oddZeros > pairs * 0.3 && evenZeros == 0 ? 1200 : evenZeros > pairs * 0.3 && oddZeros == 0 ? 1201 : null;
    }

    private static bool Foreign(string name) =>
        !name.StartsWith("gb", StringComparison.OrdinalIgnoreCase) && !name.Equals("hz-gb-2312", StringComparison.OrdinalIgnoreCase)
        && (name.Contains("big5", StringComparison.OrdinalIgnoreCase) || name.Contains("shift", StringComparison.OrdinalIgnoreCase)
            || name.Contains("euc-jp", StringComparison.OrdinalIgnoreCase) || name.Contains("euc-kr", StringComparison.OrdinalIgnoreCase)
            || name.Contains("iso-2022", StringComparison.OrdinalIgnoreCase) || name.Contains("koi8", StringComparison.OrdinalIgnoreCase));

    private static string Name(Encoding encoding) => encoding.CodePage switch
    {
        65001 => "UTF-8",
        1200 => "UTF-16 (little-endian)",
        1201 => "UTF-16 (big-endian)",
        54936 => "GB18030/GBK",
        _ => encoding.WebName,
    };

    private static Encoding Strict(int codePage) =>
        Encoding.GetEncoding(codePage, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback);
}
