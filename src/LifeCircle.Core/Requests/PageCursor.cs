using System.Buffers.Text;
using System.Globalization;
using System.Text;
using LifeCircle.Core.Problems;

namespace LifeCircle.Core.Requests;

/// <summary>The opaque paging token of next/prev links: which dataset version and which selection are being paged, and where the page starts.</summary>
/// <remarks>
/// A dataset version never changes, so an offset into its ordered result is exact. Carrying the
/// version keeps a paging client on the version it started with, even if a new one is published
/// meanwhile: following next links returns every feature exactly once. Carrying a fingerprint of the
/// selection (collection, filters, sort) refuses a token reused with another query, whose offset
/// would silently skip features. Tokens of the first form ("c2", no fingerprint) are still read.
/// </remarks>
public sealed record PageCursor(string Version, int Offset, string? Selection = null)
{
    private const string Prefix = "c2", PrefixWithSelection = "c3";

    public string Encode() => Base64Url.EncodeToString(Encoding.UTF8.GetBytes(Selection is null
        ? string.Create(CultureInfo.InvariantCulture, $"{Prefix}\n{Version}\n{Offset}")
        : string.Create(CultureInfo.InvariantCulture, $"{PrefixWithSelection}\n{Version}\n{Offset}\n{Selection}")));

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
        bool known = (parts.Length == 3 && parts[0] == Prefix) || (parts.Length == 4 && parts[0] == PrefixWithSelection && parts[3].Length > 0);
        return known && parts[1].Length > 0 && int.TryParse(parts[2], NumberStyles.None, CultureInfo.InvariantCulture, out int offset)
            ? new PageCursor(parts[1], offset, parts.Length == 4 ? parts[3] : null)
            : throw Invalid(parameter);
    }

    /// <summary>Refuses a token issued for another selection than the one it is used with.</summary>
    public PageCursor For(string selection, string parameter) =>
        Selection is null || Selection == selection ? this
            : throw ProblemException.BadParameter(parameter, "was issued for another query (collection, filter or sort changed); follow the 'next' link of this query's pages, or omit it to start");

    private static ProblemException Invalid(string parameter) =>
        ProblemException.BadParameter(parameter, "is not a paging token issued by this API; follow the 'next' link of a previous page, or omit it to start");
}
