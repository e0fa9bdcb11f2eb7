using System.Buffers.Binary;
using System.Text;
using NetTopologySuite.Features;
using NetTopologySuite.IO.Esri;
using NetTopologySuite.IO.Esri.Shapefiles.Readers;

namespace LifeCircle.Core.Data.Packages.Readers;

/// <summary>Reads an Esri Shapefile (.shp with its .dbf, and the .prj and .cpg beside it when present) with NetTopologySuite.IO.Esri.Shapefile.</summary>
/// <remarks>
/// The .dbf's text is decoded in the encoding declared in dataset.json, else the one its .cpg names, else the one its
/// bytes show (<see cref="TextDecoding"/>); every record is checked in that encoding first, so a wrong one is one error
/// naming the record, never mangled names.
/// </remarks>
public static class ShapefileFeatures
{
    /// <summary>The features of <paramref name="file"/> (e.g. areas.shp) and the WKT of its .prj (null when there is none).</summary>
    /// <param name="sibling">The bytes of a file of the package by name, or null when it is missing.</param>
    /// <exception cref="DatasetFormatException">The .dbf is missing or not valid text in its encoding, or the shapes cannot be read.</exception>
    public static (IReadOnlyList<AttributeFeature> Features, string? Prj) Read(Func<string, byte[]?> sibling, string file, string? encoding)
    {
        string stem = file[..^Path.GetExtension(file).Length];
        byte[]? Beside(string extension) => sibling(stem + extension) ?? sibling(stem + extension.ToUpperInvariant());
        var shp = sibling(file) ?? throw new DatasetFormatException(file, "(file)", "is missing from the package");
        var dbf = Beside(".dbf") ?? throw new DatasetFormatException(stem + ".dbf", "(file)", $"is missing from the package; a Shapefile's attributes are in it, beside {file}");
        var prj = Beside(".prj") is { } prjBytes ? TextDecoding.Decode(prjBytes, stem + ".prj") : null;
        var cpg = Beside(".cpg") is { } cpgBytes ? TextDecoding.Decode(cpgBytes, stem + ".cpg").Trim() : null;

        string dbfName = stem + ".dbf";
        var text = DbfEncoding(dbf, dbfName, encoding ?? CodePage(cpg, stem + ".cpg"));
        Feature[] features;
        try
        {
            features = Shapefile.ReadAllFeatures(new MemoryStream(shp, false), new MemoryStream(dbf, false), new ShapefileReaderOptions { Encoding = text });
        }
        catch (Exception ex) when (ex is ShapefileException or InvalidDataException or EndOfStreamException or ArgumentException or NotSupportedException or DecoderFallbackException)
        {
            throw new DatasetFormatException(file, "(file)", $"cannot be read as a Shapefile: {ex.Message}");
        }

        return ([.. features.Select((f, i) => new AttributeFeature(i + 1,
            f.Attributes.GetNames().ToDictionary<string, string, object?>(n => n, n => f.Attributes[n], StringComparer.OrdinalIgnoreCase), f.Geometry))], prj);
    }

    /// <summary>The encoding a .cpg names (e.g. UTF-8, GBK, 936, "ANSI 936"), or null when there is no .cpg.</summary>
    private static string? CodePage(string? cpg, string file)
    {
        if (cpg is null)
        {
            return null;
        }

        var name = cpg.StartsWith("ANSI ", StringComparison.OrdinalIgnoreCase) ? cpg[5..] : cpg;
        return TextDecoding.Find(name) is null
            ? throw new DatasetFormatException(file, "encoding", $"names '{cpg}', an encoding this reader does not know; give one of {string.Join(", ", TextDecoding.Names)}")
            : name;
    }

    /// <summary>The encoding of the .dbf's records (declared, or detected from them), after checking every record decodes in it.</summary>
    private static Encoding DbfEncoding(byte[] dbf, string file, string? declared)
    {
        if (dbf.Length < 12)
        {
            throw new DatasetFormatException(file, "(file)", "is too short to be a .dbf table");
        }

        int count = (int)BinaryPrimitives.ReadUInt32LittleEndian(dbf.AsSpan(4));
        int headerLength = BinaryPrimitives.ReadUInt16LittleEndian(dbf.AsSpan(8));
        int recordLength = BinaryPrimitives.ReadUInt16LittleEndian(dbf.AsSpan(10));
        int end = (int)Math.Min(dbf.Length, headerLength + (long)count * recordLength);
        var records = headerLength < end ? dbf.AsSpan(headerLength, end - headerLength) : [];
        var (encoding, _) = TextDecoding.Choose(records, file, declared);
        for (int i = 0; recordLength > 0 && (i + 1) * recordLength <= records.Length; i++)
        {
            try
            {
                _ = encoding.GetString(records.Slice(i * recordLength, recordLength));
            }
            catch (DecoderFallbackException)
            {
                throw new DatasetFormatException($"{file} feature {i + 1}", "(encoding)",
                    $"is not valid {encoding.WebName}: give the right encoding in a .cpg file beside it, or declare its \"encoding\" in dataset.json");
            }
        }

        return encoding;
    }
}
