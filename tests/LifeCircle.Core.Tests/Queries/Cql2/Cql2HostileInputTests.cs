using LifeCircle.Core.Features;
using LifeCircle.Core.Geodesy;
using LifeCircle.Core.Queries.Cql2;

namespace LifeCircle.Core.Tests.Queries.Cql2;

/// <summary>Filters built to hurt the parser, binder or spatial operators are refused as the client's mistake.</summary>
public class Cql2HostileInputTests
{
    private static readonly IReadOnlyList<QueryableProperty> Queryables =
        [new("name", "string", "a name"), new("n", "number", "a number")];

    private static Cql2Expression Text(string filter) => Cql2Binder.Bind(Cql2TextParser.Parse(filter), Queryables, CoordinateSystems.Crs84);

    private static Cql2Expression Json(string filter) => Cql2Binder.Bind(Cql2JsonParser.Parse(filter), Queryables, CoordinateSystems.Crs84);

    private static string Intersects(string wkt) => $"S_INTERSECTS(geometry, {wkt})";

    [Theory]
    [InlineData("POLYGON((0 0, 1 0, 1 1, 0 1))", "not valid WKT")]
    [InlineData("LINESTRING(1 2)", "not valid WKT")]
    [InlineData("POLYGON((1 2))", "not valid WKT")]
    [InlineData("POLYGON((0 0, 10 0, 10 10, 0 10, 0 0), (5 5, 15 5, 15 6, 5 6, 5 5))", "not a valid geometry")]
    [InlineData("POLYGON((0 0, 10 10, 10 0, 0 10, 0 0))", "not a valid geometry")]
    [InlineData("GEOMETRYCOLLECTION(POINT(1 2))", "GEOMETRYCOLLECTION")]
    [InlineData("POINT(1e999 2)", "finite")]
    public void AnInvalidGeometryLiteralIsRefusedWithTheReason(string wkt, string reason)
    {
        var error = Assert.Throws<Cql2Exception>(() => Text(Intersects(wkt)));
        Assert.Contains(reason, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AGeometryLiteralWithTooManyVerticesIsRefused()
    {
        var points = string.Join(", ", Enumerable.Range(0, Cql2Limits.MaxVertices + 1).Select(i => $"{i} {i % 2}"));
        var error = Assert.Throws<Cql2Exception>(() => Text(Intersects($"LINESTRING({points})")));
        Assert.Contains($"at most {Cql2Limits.MaxVertices}", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void NestingDeeperThanTheLimitIsRefusedInBothEncodings()
    {
        var deepText = new string('(', Cql2Limits.MaxDepth + 1) + "n = 1" + new string(')', Cql2Limits.MaxDepth + 1);
        var deepNot = string.Concat(Enumerable.Repeat("NOT ", Cql2Limits.MaxDepth + 1)) + "n = 1";
        var deepJson = string.Concat(Enumerable.Repeat("""{"op":"not","args":[""", Cql2Limits.MaxDepth + 1))
            + """{"op":"=","args":[{"property":"n"},1]}""" + string.Concat(Enumerable.Repeat("]}", Cql2Limits.MaxDepth + 1));

        Assert.Contains("levels deep", Assert.Throws<Cql2Exception>(() => Text(deepText)).Message, StringComparison.Ordinal);
        Assert.Contains("levels deep", Assert.Throws<Cql2Exception>(() => Text(deepNot)).Message, StringComparison.Ordinal);
        Assert.Contains("levels deep", Assert.Throws<Cql2Exception>(() => Json(deepJson)).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void NestingExactlyAsDeepAsTheLimitIsAcceptedInBothEncodings()
    {
        var text = new string('(', Cql2Limits.MaxDepth) + "n = 1" + new string(')', Cql2Limits.MaxDepth);
        var nots = string.Concat(Enumerable.Repeat("NOT ", Cql2Limits.MaxDepth)) + "n = 1";
        var json = string.Concat(Enumerable.Repeat("""{"op":"not","args":[""", Cql2Limits.MaxDepth))
            + """{"op":"=","args":[{"property":"n"},1]}""" + string.Concat(Enumerable.Repeat("]}", Cql2Limits.MaxDepth));

        Assert.IsType<ComparisonExpression>(Text(text));
        Assert.IsType<NotExpression>(Text(nots));
        Assert.IsType<NotExpression>(Json(json));
    }

    [Fact]
    public void AnInListLongerThanTheLimitIsRefused()
    {
        var list = string.Join(",", Enumerable.Range(0, Cql2Limits.MaxInListValues + 1));
        var error = Assert.Throws<Cql2Exception>(() => Text($"n IN ({list})"));
        Assert.Contains($"at most {Cql2Limits.MaxInListValues}", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{"op":"=","args":[{"property":"name"},"\ud800"]}""")]
    [InlineData("""{"op":"=","args":[{"property":"n"},1e400]}""")]
    [InlineData("""{"op":"s_intersects","args":[{"property":"geometry"},{"bbox":["a",1,2,3]}]}""")]
    [InlineData("""{"op":"s_intersects","args":[{"property":"geometry"},{"type":"Point","coordinates":"x"}]}""")]
    [InlineData("""{"op":"s_intersects","args":[{"property":"geometry"},{"type":"Polygon","coordinates":[[[0,0],[1,0]]]}]}""")]
    [InlineData("""{"op":"s_intersects","args":[{"property":"geometry"},{"type":"GeometryCollection","coordinates":[]}]}""")]
    [InlineData("""{"op":"s_intersects","args":[{"property":"geometry"},{"type":"Nope","coordinates":[1,2]}]}""")]
    public void MalformedCql2JsonIsRefused(string filter) => Assert.Throws<Cql2Exception>(() => Json(filter));

    [Fact]
    public void BindingCompilesALiteralLikePatternOnce()
    {
        var bound = Assert.IsType<LikeExpression>(Text("name LIKE '%a%b'"));
        Assert.NotNull(bound.Compiled);
        Assert.True(bound.Compiled.IsMatch("xaxb"));
    }
}
