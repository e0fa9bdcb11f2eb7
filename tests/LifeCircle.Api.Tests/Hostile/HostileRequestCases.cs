using LifeCircle.Core.Queries.Cql2;
using LifeCircle.Core.Requests;

namespace LifeCircle.Api.Tests.Hostile;

/// <summary>The hostile query strings of the items endpoint, each with the parameter a refusal must name.</summary>
public static class HostileRequestCases
{
    private const string Text = "filter-lang=cql2-text&filter=", Json = "filter-lang=cql2-json&filter=";

    private static readonly string[] InvalidGeometries =
    [
        "POLYGON((0 0, 1 0, 1 1, 0 1))", "LINESTRING(1 2)", "POLYGON((1 2))", "POLYGON(())", "POLYGON((1 2, 3 4))",
        "POLYGON((0 0, 10 0, 10 10, 0 10, 0 0), (5 5, 15 5, 15 6, 5 6, 5 5))", "POLYGON((0 0, 10 10, 10 0, 0 10, 0 0))",
        "MULTIPOLYGON(((0 0, 2 0, 2 2, 0 2, 0 0)), ((1 1, 3 1, 3 3, 1 3, 1 1)))", "GEOMETRYCOLLECTION(POINT(1 2))",
        "GEOMETRYCOLLECTION(POLYGON((0 0, 1 0, 1 1, 0 0)))", "GEOMETRYCOLLECTION EMPTY", "POINT EMPTY", "POINT()", "POINT(1)",
        "POINT(1 2 3 4 5)", "POINT(a b)", "POINT(1e999 2)", "POINT(-1e999 2)", "LINESTRING()", "MULTIPOINT((1 2), )",
        "POLYGON((0 0, 1 0, 1 1, 0 0)", "POLYGON(0 0, 1 0, 1 1, 0 0)", "CIRCULARSTRING(0 0, 1 1, 2 0)", "TRIANGLE((0 0, 1 0, 0 1, 0 0))",
        "POINT Z (1 2)", "POLYGON((0 0, 0 0, 0 0, 0 0))", "LINESTRING(1 1, 1 1)", "POINT(NaN 1)",
    ];

    private static readonly string[] BadTextFilters =
    [
        "", " ", "(", ")", "((", "name_en =", "= 'a'", "name_en = 'unterminated", "\"name_en", "name_en LIKE", "name_en LIKE 5",
        "year BETWEEN 1 AND", "year IN ()", "year IN (1,", "year IS", "year IS NOT", "NOT", "NOT NOT", "year = 1e999", "year = -1e999",
        "year = 1..2", "year < 'a'", "unknown = 1", "geometry = 1", "S_INTERSECTS(geometry)", "S_INTERSECTS(geometry, name_en)",
        "S_INTERSECTS(geometry, BBOX(1,2,3))", "S_INTERSECTS(geometry, BBOX(3,2,1,0))", "S_INTERSECTS(geometry, BBOX(1e999,0,1,1))",
        "S_NOPE(geometry, POINT(1 2))", "year = 1 AND", "year = 1 OR OR year = 2", "'a' LIKE 'b' LIKE 'c'", "\0", "\uFFFF",
        "year = 1; DROP TABLE facilities", "name_en = 'a' -- comment", "TRUE = 1", "name_en IN ('a', 1)", "year BETWEEN 'a' AND 'b'",
    ];

    private static readonly string[] BadJsonFilters =
    [
        "", "{", "[]", "null", "1", "\"x\"", "{}", """{"op":1}""", """{"op":"and"}""", """{"op":"and","args":{}}""",
        """{"op":"and","args":[true]}""", """{"op":"not","args":[]}""", """{"op":"=","args":[{"property":"name_en"},"\ud800"]}""",
        """{"op":"=","args":[{"property":"name_en"},"\udfff\ud800"]}""", """{"op":"=","args":[{"property":"year"},1e400]}""",
        """{"op":"=","args":[{"property":"year"},-1e400]}""", """{"op":"=","args":[{"property":"\ud800"},1]}""",
        """{"op":"\ud800","args":[1,2]}""", """{"op":"s_intersects","args":[{"property":"geometry"},{"bbox":["a",1,2,3]}]}""",
        """{"op":"s_intersects","args":[{"property":"geometry"},{"bbox":[1,2,3]}]}""",
        """{"op":"s_intersects","args":[{"property":"geometry"},{"bbox":[1e400,2,3,4]}]}""",
        """{"op":"s_intersects","args":[{"property":"geometry"},{"type":"Point","coordinates":"x"}]}""",
        """{"op":"s_intersects","args":[{"property":"geometry"},{"type":"Point","coordinates":[]}]}""",
        """{"op":"s_intersects","args":[{"property":"geometry"},{"type":"Point","coordinates":null}]}""",
        """{"op":"s_intersects","args":[{"property":"geometry"},{"type":"Point","coordinates":[1e400,1]}]}""",
        """{"op":"s_intersects","args":[{"property":"geometry"},{"type":"LineString","coordinates":[[1,2]]}]}""",
        """{"op":"s_intersects","args":[{"property":"geometry"},{"type":"Polygon","coordinates":[[[0,0],[1,0],[1,1],[0,1]]]}]}""",
        """{"op":"s_intersects","args":[{"property":"geometry"},{"type":"Polygon","coordinates":[[[0,0],[10,10],[10,0],[0,10],[0,0]]]}]}""",
        """{"op":"s_intersects","args":[{"property":"geometry"},{"type":"GeometryCollection","geometries":[],"coordinates":[]}]}""",
        """{"op":"s_intersects","args":[{"property":"geometry"},{"type":"Feature","coordinates":[1,2]}]}""",
        """{"op":"s_intersects","args":[{"property":"geometry"},{"type":"Nope","coordinates":[1,2]}]}""",
        """{"op":"in","args":[{"property":"year"},1]}""", """{"op":"like","args":[{"property":"name_en"},{"property":"year"}]}""",
        """{"op":"between","args":[{"property":"year"},1]}""", """{"op":"=","args":[{"property":"year"},{"property":"name_en"}]}""",
    ];

    private static readonly string[] BadDatetimes =
    [
        "0000-01-01", "0000-01-01/..", "10000-01-01", "-0001-01-01", "9999-12-32", "2024-02-30", "2024-13-01", "2024/2025/2026",
        "..", "", "2025-01-01/2024-01-01", "9999-12-31T23:59:59-01:00", "0001-01-01T00:00:00+01:00", "garbage",
        "2024-01-01T25:00:00Z", "99999999999999999999", "2024-01-01/garbage",
    ];

    /// <summary>Valid RFC 3339 at the edges of what DateTimeOffset holds, and how many of the test features (years 2020–2024) they select.</summary>
    public static TheoryData<string, int> EdgeDatetimes(int all) => new()
    {
        { "9999-12-31", 0 }, { "9999-12-31T23:59:59Z", 0 }, { "9999-12-31/..", 0 }, { "0001-01-01", 0 },
        { "../9999-12-31", all }, { "2020-01-01/9999-12-31", all }, { "0001-01-01/9999-12-31", all }, { "0001-01-01/..", all },
    };

    private static readonly string[] BadOthers =
    [
        "bbox=1e999,0,1,1", "bbox=NaN,0,1,1", "bbox=0,0,1", "bbox=1,1,0,0", "bbox=-181,0,0,1", "bbox=,,,", "bbox=Infinity,0,1,1",
        "bbox-crs=nope&bbox=0,0,1,1",
        "limit=0", "limit=-1", "limit=10001", "limit=99999999999999999999", "limit=1.5", "limit=abc", "sortby=nope", "sortby=,",
        "properties=nope", "skipGeometry=maybe", "crs=nope", "cursor=%%%", "cursor=AAAA", "cursor=" + new string('A', 5000),
        "filter-crs=nope&filter=year=1", "filter-lang=sql&filter=year=1", "year=abc",
    ];

    /// <summary>Each case: the query string (without '?') and the parameter a 400 must name.</summary>
    public static TheoryData<string, string> Refused()
    {
        var data = new TheoryData<string, string>();
        foreach (var wkt in InvalidGeometries)
        {
            data.Add(Text + Uri.EscapeDataString($"S_INTERSECTS(geometry, {wkt})"), ItemsRequest.Filter);
        }

        foreach (var filter in BadTextFilters.Where(f => f.Trim().Length > 0))
        {
            data.Add(Text + Uri.EscapeDataString(filter), ItemsRequest.Filter);
        }

        foreach (var filter in BadJsonFilters.Where(f => f.Length > 0))
        {
            data.Add(Json + Uri.EscapeDataString(filter), ItemsRequest.Filter);
        }

        foreach (var datetime in BadDatetimes.Where(d => d.Length > 0))
        {
            data.Add("datetime=" + Uri.EscapeDataString(datetime), ItemsRequest.Datetime);
        }

        foreach (var other in BadOthers)
        {
            data.Add(other, other[..other.IndexOf('=')]);
        }

        data.Add(Text + Uri.EscapeDataString("year = " + string.Join(" AND year = ", Enumerable.Repeat("1", Cql2Limits.MaxFilterLength / 10))), ItemsRequest.Filter);
        data.Add(Text + Uri.EscapeDataString(new string('(', 40) + "year = 1" + new string(')', 40)), ItemsRequest.Filter);
        data.Add(Text + Uri.EscapeDataString(new string('(', 4000) + "year = 1" + new string(')', 4000)), ItemsRequest.Filter);
        data.Add(Text + Uri.EscapeDataString(string.Concat(Enumerable.Repeat("NOT ", 2000)) + "year = 1"), ItemsRequest.Filter);
        data.Add(Text + Uri.EscapeDataString($"year IN ({string.Join(",", Enumerable.Range(0, 1500))})"), ItemsRequest.Filter);
        data.Add(Json + Uri.EscapeDataString(string.Concat(Enumerable.Repeat("""{"op":"not","args":[""", 40)) + "true" + string.Concat(Enumerable.Repeat("]}", 40))), ItemsRequest.Filter);
        data.Add(Json + Uri.EscapeDataString(new string('[', 5000)), ItemsRequest.Filter);
        return data;
    }

    /// <summary>Random token soup in both encodings: whatever it parses to, the answer is 200 or a 400 naming filter.</summary>
    public static TheoryData<string> RandomFilters()
    {
        string[] tokens =
        [
            "name_en", "year", "category", "geometry", "themes", "=", "<>", "<", ">=", "LIKE", "IN", "BETWEEN", "AND", "OR", "NOT", "IS", "NULL",
            "(", ")", ",", "'a%'", "'%_%'", "'\\'", "1", "-2.5e3", "TRUE", "POINT(106.8 39.4)", "BBOX(106,39,107,40)", "S_INTERSECTS(",
            "POLYGON((106 39, 107 39, 107 40, 106 39))", "'", "\"", "\\", "%", "{", "}", "[", "]", ":", "\"op\"", "\"args\"",
        ];
        var random = new Random(7);
        var queries = new HashSet<string>(StringComparer.Ordinal);
        for (int i = 0; queries.Count < 150; i++)
        {
            var filter = string.Join(" ", Enumerable.Range(0, random.Next(1, 12)).Select(_ => tokens[random.Next(tokens.Length)]));
            // Distinct cases only: xunit skips a repeated one, and a skipped case proves nothing.
            queries.Add((i % 3 == 0 ? Json : Text) + Uri.EscapeDataString(filter));
        }

        var data = new TheoryData<string>();
        foreach (var query in queries)
        {
            data.Add(query);
        }

        return data;
    }
}
