using System.Net.Http.Headers;
using LifeCircle.Core.Problems;

namespace LifeCircle.Core.Requests;

/// <summary>The languages pages and charts are written in, and how a request chooses one: lang=, then Accept-Language, then the district's default.</summary>
public static class Languages
{
    /// <summary>The query parameter, and the two languages offered.</summary>
    public const string Parameter = "lang", Chinese = "zh", English = "en";

    /// <summary>The languages offered, default first.</summary>
    public static IReadOnlyList<string> All { get; } = [Chinese, English];

    /// <summary>The language of the answer: lang= when given (refused unless zh or en), else the best Accept-Language match, else <paramref name="fallback"/>.</summary>
    public static string Choose(string? lang, string? acceptLanguage, string fallback = Chinese)
    {
        if (lang is not null)
        {
            return Known(lang) ?? throw ProblemException.BadParameter(Parameter, $"'{lang}' is not offered; allowed values: {string.Join(", ", All)}");
        }

        return FromAcceptLanguage(acceptLanguage) ?? fallback;
    }

    /// <summary>A lang= value as offered ("EN " → "en"), or null when it is not one of <see cref="All"/>.</summary>
    public static string? Known(string? lang) => lang?.Trim().ToLowerInvariant() is { } given && All.Contains(given) ? given : null;

    private static string? FromAcceptLanguage(string? header)
    {
        if (string.IsNullOrWhiteSpace(header))
        {
            return null;
        }

        var ranges = new List<(string Tag, double Quality)>();
        foreach (var part in header.Split(','))
        {
            if (StringWithQualityHeaderValue.TryParse(part.Trim(), out var range) && range.Quality is not 0)
            {
                ranges.Add((range.Value.ToLowerInvariant(), range.Quality ?? 1));
            }
        }

        // Highest quality first; among equals, the order the client gave.
        foreach (var (tag, _) in ranges.OrderByDescending(r => r.Quality))
        {
            if (All.FirstOrDefault(l => tag == l || tag.StartsWith(l + "-", StringComparison.Ordinal)) is { } language)
            {
                return language;
            }
        }

        return null;
    }
}
