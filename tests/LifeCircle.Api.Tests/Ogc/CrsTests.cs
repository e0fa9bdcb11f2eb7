using System.Net;
using System.Text.Json;
using LifeCircle.Core.Documents;
using LifeCircle.Core.Geodesy;

namespace LifeCircle.Api.Tests.Ogc;

[Collection(ApiCollection.Name)]
public class CrsTests(ApiHostFixture api)
{
    private const string Facilities = "/api/districts/150303/collections/facilities/items";
    private const string Office = Facilities + "/subdistrict-office-001";

    private static (double A, double B) Coordinates(JsonElement feature)
    {
        var c = feature.GetProperty("geometry").GetProperty("coordinates");
        return (c[0].GetDouble(), c[1].GetDouble());
    }

    private static string Q(CoordinateSystem crs) => Uri.EscapeDataString(crs.Uri);

    [Fact]
    [ConformanceTest(Conformance.Crs)]
    public async Task Epsg4326PutsLatitudeFirstAndSaysSoInContentCrs()
    {
        var (_, crs84) = await api.GetJsonAsync(Office);
        var (response, epsg4326) = await api.GetJsonAsync($"{Office}?crs={Q(CoordinateSystems.Epsg4326)}");
        var (lon, lat) = Coordinates(crs84);
        Assert.Equal((lat, lon), Coordinates(epsg4326));
        Assert.Equal("<http://www.opengis.net/def/crs/EPSG/0/4326>", response.Headers.GetValues("Content-Crs").Single());
    }

    [Fact]
    [ConformanceTest(Conformance.Crs)]
    public async Task AGcj02RequestGivesBackTheSourceGcjPoint()
    {
        // The subdistrict office stands at the adcode list's Amap label point 106.881843, 39.435299 (GCJ-02).
        var (response, body) = await api.GetJsonAsync($"{Office}?crs={Q(CoordinateSystems.Gcj02)}");
        var (lon, lat) = Coordinates(body);
        Assert.Equal(106.881843, lon, 1e-6);
        Assert.Equal(39.435299, lat, 1e-6);
        Assert.Equal($"<{CoordinateSystems.Gcj02.Uri}>", response.Headers.GetValues("Content-Crs").Single());
    }

    [Fact]
    [ConformanceTest(Conformance.Crs)]
    public async Task Bd09AndWebMercatorAreTheConversionsOfTheCrs84Point()
    {
        var (_, crs84) = await api.GetJsonAsync(Office);
        var (lon, lat) = Coordinates(crs84);
        var (_, bd) = await api.GetJsonAsync($"{Office}?crs={Q(CoordinateSystems.Bd09)}");
        var expected = ChinaCoordinates.Wgs84ToBd09(new GeoPosition(lon, lat));
        Assert.Equal(expected.Lon, Coordinates(bd).A, 1e-6);
        Assert.Equal(expected.Lat, Coordinates(bd).B, 1e-6);

        var (_, mercator) = await api.GetJsonAsync($"{Office}?crs={Q(CoordinateSystems.WebMercator)}");
        Assert.Equal(6378137.0 * lon * Math.PI / 180, Coordinates(mercator).A, 0.01);
        Assert.InRange(Coordinates(mercator).B, 4_700_000, 4_800_000);
    }

    [Fact]
    [ConformanceTest(Conformance.Crs)]
    public async Task EveryFeatureOfAPageIsConvertedAndTheHeaderIsOnCollectionsToo()
    {
        var (response, body) = await api.GetJsonAsync($"{Facilities}?limit=50&crs={Q(CoordinateSystems.Epsg4326)}");
        Assert.Equal($"<{CoordinateSystems.Epsg4326.Uri}>", response.Headers.GetValues("Content-Crs").Single());
        Assert.All(body.GetProperty("features").EnumerateArray(), f => Assert.InRange(Coordinates(f).A, 39, 40));
    }

    [Theory]
    [InlineData("http://www.opengis.net/def/crs/EPSG/0/4326", "39.43,106.86,39.445,106.88")]
    [InlineData("http://www.opengis.net/def/crs/OGC/1.3/CRS84", "106.86,39.43,106.88,39.445")]
    [ConformanceTest(Conformance.Crs)]
    public async Task BboxCrsReadsTheBoxInThatCrsAxisOrder(string crs, string bbox)
    {
        var expected = api.Sample.Facilities.Where(f => f.Location.X is >= 106.86 and <= 106.88 && f.Location.Y is >= 39.43 and <= 39.445).Select(f => f.Id).Order(StringComparer.Ordinal);
        var (_, body) = await api.GetJsonAsync($"{Facilities}?limit=1000&bbox={bbox}&bbox-crs={Uri.EscapeDataString(crs)}");
        Assert.Equal(expected, GeoJsonAssert.Ids(body));
    }

    [Fact]
    [ConformanceTest(Conformance.Crs)]
    public async Task AGcj02BboxAroundTheSourcePointFindsTheOffice()
    {
        var gcjBox = "106.8818,39.4352,106.8819,39.4354";
        var (_, body) = await api.GetJsonAsync($"{Facilities}?bbox={gcjBox}&bbox-crs={Q(CoordinateSystems.Gcj02)}&category=subdistrict-office");
        Assert.Equal(["subdistrict-office-001"], GeoJsonAssert.Ids(body));
        var (_, crs84) = await api.GetJsonAsync($"{Facilities}?bbox={gcjBox}&category=subdistrict-office");
        Assert.Empty(GeoJsonAssert.Ids(crs84));
    }

    [Theory]
    [InlineData("crs=EPSG:4326", "crs")]
    [InlineData("crs=http://www.opengis.net/def/crs/EPSG/0/2385", "crs")]
    [InlineData("bbox=1,2,3,4&bbox-crs=urn:ogc:def:crs:EPSG::4490", "bbox-crs")]
    [InlineData("bbox-crs=http://www.opengis.net/def/crs/EPSG/0/4326", "bbox-crs")]
    [InlineData("filter=S_INTERSECTS(geometry,BBOX(1,2,3,4))&filter-crs=WGS84", "filter-crs")]
    [ConformanceTest(Conformance.Crs)]
    public async Task UnsupportedOrMisplacedCrsParametersGive400(string query, string parameter)
    {
        var (response, body) = await api.GetJsonAsync($"{Facilities}?{query}");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(parameter, body.GetProperty("parameter").GetString());
    }

    [Theory]
    [InlineData("http://www.opengis.net/def/crs/EPSG/0/4326", "106.86,39.43,106.88,39.445", "lat must lie in -90..90")]
    [InlineData("http://www.opengis.net/def/crs/EPSG/0/3857", "-2e7,2e7,-1e7,3e7", "and y in -20037508.343..20037508.343")]
    [InlineData("urn:x-lifecircle:def:crs:GCJ-02", "39.43,106.86,39.445,200", "lon must lie in -180..180 and lat in -90..90")]
    [ConformanceTest(Conformance.Crs)]
    public async Task ABboxOutsideItsCrsIsRefusedNamingTheAxesInsteadOfMatchingNothing(string crs, string bbox, string says)
    {
        var (response, body) = await api.GetJsonAsync($"{Facilities}?bbox={bbox}&bbox-crs={Uri.EscapeDataString(crs)}");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("bbox", body.GetProperty("parameter").GetString());
        Assert.Contains(says, body.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task AnUnsupportedCrsIsAnsweredWithTheSupportedUris()
    {
        var (_, body) = await api.GetJsonAsync($"{Facilities}?crs=EPSG:4326");
        Assert.All(CoordinateSystems.All, c => Assert.Contains(c.Uri, body.GetProperty("detail").GetString()));
    }
}
