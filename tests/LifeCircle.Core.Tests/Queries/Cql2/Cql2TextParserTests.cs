using LifeCircle.Core.Queries.Cql2;

namespace LifeCircle.Core.Tests.Queries.Cql2;

public class Cql2TextParserTests
{
    [Fact]
    public void AndBindsTighterThanOr()
    {
        var e = Assert.IsType<OrExpression>(Cql2TextParser.Parse("a = 1 OR b = 2 AND c = 3"));
        Assert.IsType<ComparisonExpression>(e.Args[0]);
        Assert.Equal(2, Assert.IsType<AndExpression>(e.Args[1]).Args.Count);
    }

    [Fact]
    public void NotAppliesToThePredicateAfterIt()
    {
        var e = Assert.IsType<AndExpression>(Cql2TextParser.Parse("NOT a = 1 AND b = 2"));
        Assert.IsType<NotExpression>(e.Args[0]);
    }

    [Fact]
    public void StringsDoubleTheirQuotesAndPropertiesMayBeQuoted()
    {
        var e = Assert.IsType<ComparisonExpression>(Cql2TextParser.Parse("\"name_en\" = 'People''s Park'"));
        Assert.Equal(new PropertyOperand("name_en"), e.Left);
        Assert.Equal(new LiteralOperand("People's Park"), e.Right);
    }

    [Fact]
    public void KeywordsAreCaseInsensitiveAndNumbersMayBeNegativeOrFractional()
    {
        var e = Assert.IsType<BetweenExpression>(Cql2TextParser.Parse("x between -1.5 and 2e3"));
        Assert.Equal(new LiteralOperand(-1.5), e.Low);
        Assert.Equal(new LiteralOperand(2000.0), e.High);
    }

    [Fact]
    public void GeometryLiteralsAreReadAsWktAndBboxAsAPolygon()
    {
        var point = Assert.IsType<SpatialExpression>(Cql2TextParser.Parse("S_INTERSECTS(geometry, POINT(106.87 39.44))"));
        Assert.Equal("Point", Assert.IsType<GeometryOperand>(point.Right).Geometry.GeometryType);
        var box = Assert.IsType<SpatialExpression>(Cql2TextParser.Parse("s_within(geometry, bbox(1, 2, 3, 4))"));
        Assert.Equal(4.0, Assert.IsType<GeometryOperand>(box.Right).Geometry.Area);
    }

    [Theory]
    [InlineData("a = ", "ended")]
    [InlineData("a = 'x", "not closed")]
    [InlineData("(a = 1", "expected ')'")]
    [InlineData("a ~ 1", "comparison operator")]
    [InlineData("a = 1 b = 2", "unexpected")]
    [InlineData("S_INTERSECTS(geometry, BBOX(1,2,3))", "4 or 6")]
    [InlineData("S_INTERSECTS(geometry, BBOX(3,2,1,4))", "west <= east")]
    [InlineData("a IS 5", "NULL")]
    public void MistakesAreReportedWithWhatWasExpected(string text, string message)
    {
        var ex = Assert.Throws<Cql2Exception>(() => Cql2TextParser.Parse(text));
        Assert.Contains(message, ex.Message);
    }
}
