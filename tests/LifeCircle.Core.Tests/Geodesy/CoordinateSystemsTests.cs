using LifeCircle.Core.Data;
using LifeCircle.Core.Geodesy;
using NetTopologySuite.Geometries;

namespace LifeCircle.Core.Tests.Geodesy;

public class CoordinateSystemsTests
{
    public static TheoryData<string> Uris() => [.. CoordinateSystems.All.Select(c => c.Uri)];

    [Theory]
    [MemberData(nameof(Uris))]
    public void EveryCrsConvertsBackToTheSameCrs84Position(string uri)
    {
        var crs = CoordinateSystems.Find(uri)!;
        var (a, b) = crs.FromCrs84(106.8772108, 39.4345531);
        var back = crs.ToCrs84(a, b);
        Assert.Equal(106.8772108, back.Lon, 1e-8);
        Assert.Equal(39.4345531, back.Lat, 1e-8);
    }

    [Fact]
    public void GeometriesAreConvertedWithoutChangingTheOriginal()
    {
        var point = GeoJson.Point(106.88, 39.43);
        var swapped = (Point)CoordinateSystems.Epsg4326.FromCrs84Geometry(point);
        Assert.Equal((39.43, 106.88), (swapped.X, swapped.Y));
        Assert.Equal((106.88, 39.43), (point.X, point.Y));
    }

    [Fact]
    public void ProjectDefinedCrsUrisAreMarkedPrivateAndOgcOnesAreOgcs()
    {
        Assert.StartsWith("urn:x-", CoordinateSystems.Gcj02.Uri);
        Assert.StartsWith("urn:x-", CoordinateSystems.Bd09.Uri);
        Assert.Equal("http://www.opengis.net/def/crs/OGC/1.3/CRS84", CoordinateSystems.All[0].Uri);
        Assert.Null(CoordinateSystems.Find("EPSG:4326"));
    }
}
