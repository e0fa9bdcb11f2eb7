using System.IO.Compression;
using Microsoft.AspNetCore.Http;

namespace LifeCircle.Api.Http;

/// <summary>Content coding of buffered answers, negotiated from Accept-Encoding: br, then gzip, at their fastest levels.</summary>
public static class ResponseCompression
{
    /// <summary>Bodies smaller than this are sent as they are: the coding would save less than it costs.</summary>
    public const int MinimumBytes = 1024;

    public const string Brotli = "br", Gzip = "gzip";

    /// <summary>The coding the client accepts that we prefer, or null for none (identity).</summary>
    public static string? Choose(HttpRequest request)
    {
        var header = request.Headers.AcceptEncoding.ToString();
        if (header.Length == 0)
        {
            return null;
        }

        double br = -1, gzip = -1, any = -1;
        foreach (var part in header.Split(','))
        {
            var pieces = part.Split(';');
            var coding = pieces[0].Trim();
            var q = 1.0;
            foreach (var parameter in pieces.Skip(1))
            {
                var kv = parameter.Split('=', 2);
                if (kv.Length == 2 && kv[0].Trim().Equals("q", StringComparison.OrdinalIgnoreCase)
                    && double.TryParse(kv[1].Trim(), System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var value))
                {
                    q = value;
                }
            }

            if (coding.Equals(Brotli, StringComparison.OrdinalIgnoreCase)) { br = q; }
            else if (coding.Equals(Gzip, StringComparison.OrdinalIgnoreCase) || coding.Equals("x-gzip", StringComparison.OrdinalIgnoreCase)) { gzip = q; }
            else if (coding == "*") { any = q; }
        }

        br = br < 0 ? any : br;
        gzip = gzip < 0 ? any : gzip;
        if (br <= 0 && gzip <= 0)
        {
            return null;
        }

        return br >= gzip ? Brotli : Gzip;
    }

    /// <summary>The body in the coding.</summary>
    public static byte[] Encode(ReadOnlySpan<byte> body, string coding)
    {
        if (coding == Brotli)
        {
            var output = new byte[BrotliEncoder.GetMaxCompressedLength(body.Length)];
            // Quality 1 is Brotli's fastest; window 22 is its default.
            return BrotliEncoder.TryCompress(body, output, out int written, quality: 1, window: 22)
                ? output.AsSpan(0, written).ToArray()
                : throw new InvalidOperationException("Brotli could not encode a body into its maximum compressed length.");
        }

        using var buffer = new MemoryStream(body.Length / 4 + 64);
        using (var gzip = new GZipStream(buffer, CompressionLevel.Fastest, leaveOpen: true))
        {
            gzip.Write(body);
        }

        return buffer.ToArray();
    }

    /// <summary>A stream that writes the coding into the response body, for answers written as they are produced.</summary>
    public static Stream EncodingStream(Stream body, string coding) => coding == Brotli
        ? new BrotliStream(body, CompressionLevel.Fastest, leaveOpen: true)
        : new GZipStream(body, CompressionLevel.Fastest, leaveOpen: true);
}
