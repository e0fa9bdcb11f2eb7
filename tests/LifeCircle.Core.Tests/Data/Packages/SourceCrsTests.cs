using LifeCircle.Core.Data.Packages;
using LifeCircle.Core.Geodesy;
using LifeCircle.Tests.Shared;

namespace LifeCircle.Core.Tests.Data.Packages;

/// <summary>Projected CRSs named by EPSG code in dataset.json, checked against PROJ (gdaltransform 3.6) for the point 106.82 E, 39.67 N.</summary>
public sealed class SourceCrsTests
{
    private static readonly GeoPosition Point = new(106.82, 39.67);

    [Theory]
    [InlineData("EPSG:4544", 656167.293354269, 4394472.29355579)]
    [InlineData("EPSG:4523", 35656167.2933543, 4394472.29355579)]
    [InlineData("EPSG:4507", 656167.293354269, 4394472.29355579)]
    [InlineData("EPSG:4496", 18656167.2933543, 4394472.29355579)]
    [InlineData("EPSG:32648", 656104.826435879, 4392714.50475177)]
    public void AProjectedCrsByEpsgCodeUnprojectsProjsCoordinatesWithinACentimetre(string code, double x, double y)
    {
        var (name, system) = SourceCrs.Find(code)!.Value;
        var back = system.ToCrs84(x, y);
        Assert.Equal(code, name);
        Assert.True(new LocalTransverseMercator(Point).DistanceMetres(Point, back) < 0.01, $"{code} lands {new LocalTransverseMercator(Point).DistanceMetres(Point, back):F4} m off");
    }

    [Fact]
    public void TheGaussKrugerFixturesAgreeWithProjWithinACentimetre()
    {
        var (x, y) = OfficeFilesPackage.GaussKruger(Point);
        Assert.True(Math.Abs(x - 656167.293354269) < 0.01 && Math.Abs(y - 4394472.29355579) < 0.01, $"({x:F3}, {y:F3})");
    }

    [Theory]
    [InlineData("EPSG:2385")]
    [InlineData("EPSG:4490x")]
    [InlineData("EPSG:32760")]
    public void CodesOutsideTheDocumentedSetAreNotGuessed(string code) => Assert.Null(SourceCrs.Find(code));
}
