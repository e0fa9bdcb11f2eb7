using System.Buffers.Text;
using System.Globalization;
using System.Text;
using LifeCircle.Core.Problems;

namespace LifeCircle.Core.Requests;

/// <summary>The opaque paging token of next/prev links: which dataset version is being paged and where the page starts.</summary>
/// <remarks>
/// A dataset version never changes, so an offset into its ordered result is exact. Carrying the
/// version keeps a paging client on the version it started with, even if a new one is published
/// meanwhile: following next links returns every feature exactly once.
/// </remarks>
public sealed record PageCursor(string Version, int Offset)
{
    private const string Prefix = "c2";

    public string Encode() => Base64Url.EncodeToString(Encoding.UTF8.GetBytes(string.Create(CultureInfo.InvariantCulture, $"{Prefix}\n{Version}\n{Offset}")));

    /// <summary>Decodes a token issued by <see cref="Encode"/>; anything else is refused with 400.</summary>
    public static PageCursor Decode(string token, string parameter)
    {
        string text;
        try
        {
            text = Encoding.UTF8.GetString(Base64Url.DecodeFromChars(token));
        }
        catch (FormatException)
        {
            throw Invalid(parameter);
        }

        var parts = text.Split('\n');
        return parts.Length == 3 && parts[0] == Prefix && parts[1].Length > 0
               && int.TryParse(parts[2], NumberStyles.None, CultureInfo.InvariantCulture, out int offset)
            ? new PageCursor(parts[1], offset)
            : throw Invalid(parameter);
    }

    private static ProblemException Invalid(string parameter) =>
        ProblemException.BadParameter(parameter, "is not a paging token issued by this API; follow the 'next' link of a previous page, or omit it to start");
}
