using System.Net;
using System.Text;
using System.Text.Json;
using LifeCircle.Core.Data.Packages.Readers;

namespace LifeCircle.Api.Tests.Functions;

[Collection(ApiCollection.Name)]
public class DownloadFunctionsTests(ApiHostFixture api)
{
    private const string Downloads = "/api/districts/150303/downloads";

    [Fact]
    public async Task TheGeoJsonDownloadHasExactlyTheServedFeatures()
    {
        var response = await api.Client.GetAsync($"{Downloads}/facilities.geojson");
        var (_, served) = await api.GetJsonAsync("/api/districts/150303/collections/facilities/items?limit=10000");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/geo+json", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal($"150303-{api.Published.Version.Version}-facilities.geojson", response.Content.Headers.ContentDisposition!.FileName!.Trim('"'));
        using var doc = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var ids = doc.RootElement.GetProperty("features").EnumerateArray().Select(f => f.GetProperty("id").GetString()!).ToList();
        Assert.Equal(GeoJsonAssert.Ids(served), ids);
        Assert.Equal(served.GetProperty("features")[0].GetProperty("properties").GetRawText(), doc.RootElement.GetProperty("features")[0].GetProperty("properties").GetRawText());
    }

    [Fact]
    public async Task TheCsvDownloadOpensWithTheRightRowsAndChineseTextIntact()
    {
        var bytes = await api.Client.GetByteArrayAsync($"{Downloads}/facilities.csv");

        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, bytes.Take(3));
        var table = CsvTable.Read(bytes, "facilities.csv");
        Assert.Equal(api.Sample.Facilities.Count, table.Rows.Count);
        var header = table.Header.ToList();
        Assert.Equal(["id", "lon", "lat"], header.Take(3));
        var office = table.Rows.Single(r => r.Cells[0] == "subdistrict-office-001").Cells;
        Assert.Equal("拉僧仲街道办事处", office[header.IndexOf("name_zh")]);
        var expected = api.Sample.Facilities.Single(f => f.Id == "subdistrict-office-001").Location;
        Assert.Equal((expected.X, expected.Y), (double.Parse(office[1], System.Globalization.CultureInfo.InvariantCulture), double.Parse(office[2], System.Globalization.CultureInfo.InvariantCulture)));
        Assert.Contains(table.Rows, r => r.Cells[header.IndexOf("themes")].Contains(';'));
    }

    [Fact]
    public async Task PolygonLayersCarryTheirShapeAsWkt()
    {
        var text = Encoding.UTF8.GetString(await api.Client.GetByteArrayAsync($"{Downloads}/circles.csv"));
        var table = CsvTable.Read(new StringReader(text), "circles.csv");
        Assert.Equal(["id", "wkt"], table.Header.Take(2));
        Assert.Equal(2, table.Rows.Count);
        Assert.StartsWith("POLYGON ((", table.Rows[0].Cells[1]);
    }

    [Fact]
    public async Task AFileOfTheSameVersionAnswers304AndAnUnknownFile404()
    {
        var first = await api.Client.GetAsync($"{Downloads}/streets.geojson");
        using var again = new HttpRequestMessage(HttpMethod.Get, $"{Downloads}/streets.geojson");
        again.Headers.IfNoneMatch.Add(first.Headers.ETag!);
        Assert.Equal(HttpStatusCode.NotModified, (await api.Client.SendAsync(again)).StatusCode);

        var missing = await api.Client.GetAsync($"{Downloads}/schools.geojson");
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Equal("application/problem+json", missing.Content.Headers.ContentType!.MediaType);
        Assert.Equal(HttpStatusCode.NotFound, (await api.Client.GetAsync($"{Downloads}/facilities.xlsx")).StatusCode);
    }

    [Theory]
    [InlineData("facilities.csv?f=json", HttpStatusCode.BadRequest)]
    [InlineData("facilities.csv?f=html", HttpStatusCode.BadRequest)]
    [InlineData("facilities.geojson?f=csv", HttpStatusCode.BadRequest)]
    [InlineData("facilities.csv?f=csv", HttpStatusCode.OK)]
    [InlineData("facilities.geojson?f=json", HttpStatusCode.OK)]
    [InlineData("facilities.geojson?f=geojson", HttpStatusCode.OK)]
    public async Task AnFThatDoesNotNameTheFilesFormatIsABadRequestNamingF(string file, HttpStatusCode expected)
    {
        var response = await api.Client.GetAsync($"{Downloads}/{file}");

        Assert.Equal(expected, response.StatusCode);
        if (expected == HttpStatusCode.BadRequest)
        {
            using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
            Assert.Equal("f", problem.RootElement.GetProperty("parameter").GetString());
        }
    }

    [Theory]
    [InlineData("facilities.csv", "application/json", HttpStatusCode.NotAcceptable)]
    [InlineData("facilities.geojson", "text/csv", HttpStatusCode.NotAcceptable)]
    [InlineData("facilities.csv", "text/csv", HttpStatusCode.OK)]
    [InlineData("facilities.geojson", "application/json", HttpStatusCode.OK)]
    [InlineData("facilities.geojson", "text/html,*/*;q=0.8", HttpStatusCode.OK)]
    public async Task AnAcceptThatAllowsNoneOfTheFilesTypeIsNotAcceptable(string file, string accept, HttpStatusCode expected)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, $"{Downloads}/{file}");
        request.Headers.TryAddWithoutValidation("Accept", accept);

        var response = await api.Client.SendAsync(request);

        Assert.Equal(expected, response.StatusCode);
    }

    [Fact]
    public async Task TheCatalogueDescribesEachDatasetItsDistributionsAndTheApiAsADataService()
    {
        var response = await api.Client.GetAsync("/api/catalog");
        Assert.Equal("application/ld+json", response.Content.Headers.ContentType!.MediaType);
        using var doc = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var root = doc.RootElement;
        Assert.Equal("dcat:Catalog", root.GetProperty("@type").GetString());
        var service = root.GetProperty("dcat:service")[0];
        Assert.Equal("dcat:DataService", service.GetProperty("@type").GetString());
        Assert.EndsWith("/api/openapi.json", service.GetProperty("dcat:endpointDescription").GetProperty("@id").GetString());
        var dataset = Assert.Single(root.GetProperty("dcat:dataset").EnumerateArray());
        Assert.Equal("150303", dataset.GetProperty("dct:identifier").GetString());
        Assert.Equal("https://creativecommons.org/licenses/by/4.0/", dataset.GetProperty("dct:license").GetProperty("@id").GetString());
        var downloads = dataset.GetProperty("dcat:distribution").EnumerateArray().Select(d => d.GetProperty("dcat:downloadURL").GetProperty("@id").GetString()!).ToList();
        Assert.Equal(16, downloads.Count);
        foreach (var url in downloads.Where(u => u.EndsWith("facilities.csv", StringComparison.Ordinal) || u.EndsWith("circles.geojson", StringComparison.Ordinal)))
        {
            Assert.Equal(HttpStatusCode.OK, (await api.Client.GetAsync(url)).StatusCode);
        }
    }
}
