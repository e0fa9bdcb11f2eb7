using System.Globalization;
using LifeCircle.Core.Data;
using LifeCircle.Core.Features;
using LifeCircle.Core.Geodesy;
using LifeCircle.Core.Queries.Cql2;

namespace LifeCircle.Core.Tests.Queries.Cql2;

public class Cql2DistanceTests
{
    private static readonly GeoPosition Centre = new(106.88, 39.44);
    private static readonly LocalTransverseMercator Tm = new(Centre);

    private static FeatureRecord At(string id, double eastMetres, double northMetres)
    {
        var p = Tm.Unproject(eastMetres, northMetres);
        return new FeatureRecord(id, GeoJson.Point(p.Lon, p.Lat), [new("n", 1.0)]);
    }

    private static Cql2Expression Bound(Cql2Expression e) => Cql2Binder.Bind(e, [], CoordinateSystems.Crs84);

    private static string Point => string.Create(CultureInfo.InvariantCulture, $"POINT({Centre.Lon} {Centre.Lat})");

    [Theory]
    [InlineData(0, 499, true)]
    [InlineData(300, 399, true)]
    [InlineData(0, 501, false)]
    [InlineData(-400, -310, false)]
    public void SDWithinSelectsFeaturesWithinTheStraightLineMetres(double east, double north, bool expected)
    {
        var filter = Bound(Cql2TextParser.Parse($"S_DWITHIN(geometry, {Point}, 500)"));

        Assert.Equal(expected, Cql2Evaluator.Matches(filter, At("f", east, north)));
    }

    [Fact]
    public void TheJsonEncodingMeansTheSame()
    {
        var json = string.Create(CultureInfo.InvariantCulture,
            $$"""{"op":"s_dwithin","args":[{"property":"geometry"},{"type":"Point","coordinates":[{{Centre.Lon}},{{Centre.Lat}}]},250]}""");
        var filter = Bound(Cql2JsonParser.Parse(json));

        Assert.True(Cql2Evaluator.Matches(filter, At("near", 150, 150)));
        Assert.False(Cql2Evaluator.Matches(filter, At("far", 200, 200)));
    }

    [Fact]
    public void AFeatureWithoutGeometryIsNeitherWithinNorOutside()
    {
        var filter = Bound(Cql2TextParser.Parse($"NOT S_DWITHIN(geometry, {Point}, 500)"));

        Assert.False(Cql2Evaluator.Matches(filter, new FeatureRecord("none", null, [])));
    }

    [Theory]
    [InlineData("-1")]
    [InlineData("100001")]
    [InlineData("'far'")]
    public void ADistanceThatIsNotMetresInRangeIsRefused(string distance)
    {
        var e = Assert.Throws<Cql2Exception>(() => Bound(Cql2TextParser.Parse($"S_DWITHIN(geometry, {Point}, {distance})")));

        Assert.Contains("metres", e.Message);
    }
}
