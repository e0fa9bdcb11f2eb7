using SortKey = LifeCircle.Core.Queries.SortKey;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using LifeCircle.Core.Features;
using LifeCircle.Core.Geodesy;
using LifeCircle.Core.Model;
using LifeCircle.Core.Problems;
using LifeCircle.Core.Queries;
using LifeCircle.Core.Queries.Cql2;
using NetTopologySuite.Geometries;

namespace LifeCircle.Core.Requests;

/// <summary>The validated query of GET …/collections/{collectionId}/items: what to select and how to write it.</summary>
/// <param name="Selection">A fingerprint of what is selected and in which order (collection, filters, sort), carried by paging tokens.</param>
public sealed record ItemsRequest(FeatureQuery Query, OutputOptions Output, string Selection)
{
    public const string Limit = "limit", Bbox = "bbox", BboxCrs = "bbox-crs", Datetime = "datetime", Crs = "crs";
    public const string Properties = "properties", SkipGeometry = "skipGeometry", SortBy = "sortby";
    public const string Filter = "filter", FilterLang = "filter-lang", FilterCrs = "filter-crs", Format = "f", Cursor = "cursor";

    public const int DefaultLimit = 10, MaxLimit = 10_000;

    /// <summary>The parameters every collection's items accept (queryables and their aliases come on top).</summary>
    public static IReadOnlyList<string> Fixed { get; } =
        [Limit, Bbox, BboxCrs, Datetime, Crs, Properties, SkipGeometry, SortBy, Filter, FilterLang, FilterCrs, Format, Languages.Parameter, Cursor];

    /// <summary>The paging cursor of a request, decoded (400 when it is not one this API issued), or null.</summary>
    public static PageCursor? CursorOf(QueryParameters parameters) =>
        parameters[Cursor] is [var token] && token.Length > 0 ? PageCursor.Decode(token, Cursor) : null;

    public static ItemsRequest Parse(QueryParameters parameters, CollectionDefinition collection, DatasetCatalogue catalogue)
    {
        var queryables = collection.QueryablesOf(catalogue);
        var byName = queryables.ToDictionary(q => q.Name, StringComparer.Ordinal);
        var aliases = collection.Id == Collections.Facilities.Id ? new Dictionary<string, string> { ["theme"] = "themes" } : [];
        var query = new QueryReader(parameters, [.. Fixed, .. queryables.Select(q => q.Name), .. aliases.Keys]);

        int limit = query.Int(Limit, DefaultLimit, 1, MaxLimit);
        var selection = SelectionOf(parameters, collection);
        var cursor = query.Optional(Cursor) is { } token ? PageCursor.Decode(token, Cursor).For(selection, Cursor) : null;

        var equals = new List<KeyValuePair<string, object>>();
        foreach (var name in parameters.Names.Where(k => byName.ContainsKey(k) || aliases.ContainsKey(k)))
        {
            var queryable = byName[aliases.GetValueOrDefault(name, name)];
            equals.Add(new(queryable.Name, EqualityValue(query, name, queryable)));
        }

        return new ItemsRequest(
            new FeatureQuery
            {
                Bbox = ParseBbox(query),
                Datetime = ParseDatetime(query, collection),
                PropertyEquals = equals,
                Filter = ParseFilter(query, queryables),
                SortBy = ParseSortBy(query, byName),
                Offset = cursor?.Offset ?? 0,
                Limit = limit,
            },
            new OutputOptions(ParseCrs(query, Crs), ParseProperties(query, byName), ParseBool(query, SkipGeometry)),
            selection);
    }

    /// <summary>The parameters that only shape the output or the page, not which features come in which order.</summary>
    private static readonly HashSet<string> NotSelecting = [Limit, Cursor, Format, Languages.Parameter, Crs, Properties, SkipGeometry];

    private static string SelectionOf(QueryParameters parameters, CollectionDefinition collection)
    {
        var text = new StringBuilder(collection.Id);
        foreach (var (name, values) in parameters.All.Where(p => !NotSelecting.Contains(p.Key)).OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            text.Append('\n').Append(name).Append('=').AppendJoin(',', values);
        }

        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())))[..12];
    }

    /// <summary>The crs parameter of a single-feature request (the only one besides f and lang it accepts).</summary>
    public static OutputOptions ParseItemOutput(QueryParameters parameters)
    {
        var query = new QueryReader(parameters, [Crs, Format, Languages.Parameter]);
        return OutputOptions.Default with { Crs = ParseCrs(query, Crs) };
    }

    private static object EqualityValue(QueryReader query, string parameter, QueryableProperty queryable)
    {
        if (queryable.Enum is { } allowed)
        {
            return query.OneOf(parameter, allowed)!;
        }

        if (queryable.Type == "boolean")
        {
            return ParseBool(query, parameter);
        }

        var text = query.Optional(parameter)!;
        return queryable.IsNumeric
            ? double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out double n) ? n
                : throw ProblemException.BadParameter(parameter, $"'{text}' is not a number")
            : text;
    }

    private static CoordinateSystem ParseCrs(QueryReader query, string parameter)
    {
        var uri = query.Optional(parameter);
        return uri is null
            ? CoordinateSystems.Crs84
            : CoordinateSystems.Find(uri.Trim('<', '>')) ?? throw ProblemException.BadParameter(parameter,
                $"'{uri}' is not a supported CRS; allowed: {string.Join(", ", CoordinateSystems.All.Select(c => c.Uri))}");
    }

    private static Envelope? ParseBbox(QueryReader query)
    {
        var crs = ParseCrs(query, BboxCrs);
        if (query.Optional(Bbox) is not { } text)
        {
            return crs == CoordinateSystems.Crs84 || query.Optional(BboxCrs) is null ? null
                : throw ProblemException.BadParameter(BboxCrs, "is given without bbox");
        }

        if (crs == CoordinateSystems.Crs84)
        {
            var box = GeoBoundingBox.TryParse(text, out var error)
                ?? throw ProblemException.BadParameter(Bbox, $"{error}; give minLon,minLat,maxLon,maxLat in CRS84 degrees, e.g. 106.85,39.42,106.90,39.46");
            return new Envelope(box.MinLon, box.MaxLon, box.MinLat, box.MaxLat);
        }

        var parts = text.Split(',');
        var numbers = parts.Select(p => double.TryParse(p.Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out double v) && double.IsFinite(v) ? v : double.NaN).ToArray();
        var axes = crs.AxisOrder.Split(',');
        string order = $"min {axes[0]}, min {axes[1]}, max {axes[0]}, max {axes[1]} in {crs.Title}";
        if (parts.Length is not (4 or 6) || numbers.Any(double.IsNaN))
        {
            throw ProblemException.BadParameter(Bbox, $"'{text}' is not 4 or 6 comma-separated numbers; give {order}");
        }

        var (a1, b1, a2, b2) = parts.Length == 4 ? (numbers[0], numbers[1], numbers[2], numbers[3]) : (numbers[0], numbers[1], numbers[3], numbers[4]);
        if (!crs.IsValid(a1, b1) || !crs.IsValid(a2, b2))
        {
            throw ProblemException.BadParameter(Bbox, string.Create(CultureInfo.InvariantCulture,
                $"lies outside {crs.Title}: {axes[0]} must lie in {crs.FirstAxis.Min:0.###}..{crs.FirstAxis.Max:0.###} and {axes[1]} in {crs.SecondAxis.Min:0.###}..{crs.SecondAxis.Max:0.###}; give {order}"));
        }

        if (a1 > a2 || b1 > b2)
        {
            throw ProblemException.BadParameter(Bbox, $"the lower corner must come first: give {order}");
        }

        // Convert the corners (and edge midpoints, as the transforms are not linear) and take their envelope.
        var envelope = new Envelope();
        foreach (var (x, y) in new[] { (a1, b1), (a1, b2), (a2, b1), (a2, b2), ((a1 + a2) / 2, b1), ((a1 + a2) / 2, b2), (a1, (b1 + b2) / 2), (a2, (b1 + b2) / 2) })
        {
            var p = crs.ToCrs84(x, y);
            envelope.ExpandToInclude(p.Lon, p.Lat);
        }

        return envelope;
    }

    private static TimeInterval? ParseDatetime(QueryReader query, CollectionDefinition collection)
    {
        if (query.Optional(Datetime) is not { } text)
        {
            return null;
        }

        if (collection.TemporalProperty is null)
        {
            throw ProblemException.BadParameter(Datetime, $"collection '{collection.Id}' has no temporal property to filter on");
        }

        var ends = text.Split('/');
        if (ends.Length > 2)
        {
            throw ProblemException.BadParameter(Datetime, $"'{text}' is neither an instant nor an interval start/end");
        }

        DateTimeOffset? Parse(string s, bool isEnd)
        {
            if (s is ".." or "")
            {
                return ends.Length == 2 ? null : throw ProblemException.BadParameter(Datetime, "an instant cannot be open ('..')");
            }

            if (DateTimeOffset.TryParse(s, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var t))
            {
                return isEnd && s.Length == 10 ? EndOfDay(t) : t;
            }

            throw ProblemException.BadParameter(Datetime, $"'{s}' is not an RFC 3339 date or date-time (e.g. 2024-01-01 or 2024-01-01T00:00:00Z) or '..'");
        }

        var start = Parse(ends[0], false);
        var end = ends.Length == 2 ? Parse(ends[1], true) : ends[0].Length == 10 ? EndOfDay(start!.Value) : start;
        if (start is not null && end is not null && start > end)
        {
            throw ProblemException.BadParameter(Datetime, "the interval ends before it starts");
        }

        return new TimeInterval(start, end);
    }

    /// <summary>A date alone covers its whole day; 9999-12-31 ends at the last instant DateTimeOffset holds.</summary>
    private static DateTimeOffset EndOfDay(DateTimeOffset day) =>
        day.UtcDateTime.Date == DateTime.MaxValue.Date ? DateTimeOffset.MaxValue : day.AddDays(1).AddTicks(-1);

    private static Cql2Expression? ParseFilter(QueryReader query, IReadOnlyList<QueryableProperty> queryables)
    {
        var lang = query.OneOf(FilterLang, ["cql2-text", "cql2-json"]) ?? "cql2-text";
        var crs = ParseCrs(query, FilterCrs);
        if (query.Optional(Filter) is not { } text)
        {
            return query.Optional(FilterLang) is null && query.Optional(FilterCrs) is null ? null
                : throw ProblemException.BadParameter(query.Optional(FilterLang) is null ? FilterCrs : FilterLang, "is given without filter");
        }

        if (text.Length > Cql2Limits.MaxFilterLength)
        {
            throw ProblemException.BadParameter(Filter, $"is {text.Length} characters long; at most {Cql2Limits.MaxFilterLength} are allowed");
        }

        try
        {
            var parsed = lang == "cql2-json" ? Cql2JsonParser.Parse(text) : Cql2TextParser.Parse(text);
            return Cql2Binder.Bind(parsed, queryables, crs);
        }
        catch (Cql2Exception ex)
        {
            throw ProblemException.BadParameter(Filter, $"{ex.Message} (filter-lang {lang}; see the collection's queryables)");
        }
    }

    private static IReadOnlyList<SortKey> ParseSortBy(QueryReader query, Dictionary<string, QueryableProperty> queryables)
    {
        if (query.Optional(SortBy) is not { } text)
        {
            return [];
        }

        return text.Split(',').Select(term =>
        {
            var t = term.Trim();
            bool descending = t.StartsWith('-');
            var name = t.TrimStart('+', '-', ' ');
            return queryables.ContainsKey(name) ? new SortKey(name, descending)
                : throw ProblemException.BadParameter(SortBy, $"'{name}' is not a queryable property; sort by one of {string.Join(", ", queryables.Keys)}, prefixed with + or -");
        }).ToList();
    }

    private static IReadOnlyList<string>? ParseProperties(QueryReader query, Dictionary<string, QueryableProperty> queryables)
    {
        if (query.Optional(Properties) is not { } text)
        {
            return null;
        }

        var names = text.Split(',').Select(n => n.Trim()).ToList();
        var unknown = names.FirstOrDefault(n => !queryables.ContainsKey(n));
        return unknown is null ? names
            : throw ProblemException.BadParameter(Properties, $"'{unknown}' is not a property of this collection; choose from {string.Join(", ", queryables.Keys)}");
    }

    private static bool ParseBool(QueryReader query, string name) => query.Optional(name) switch
    {
        null or "false" => false,
        "true" => true,
        var other => throw ProblemException.BadParameter(name, $"'{other}' is not allowed; give true or false"),
    };
}
