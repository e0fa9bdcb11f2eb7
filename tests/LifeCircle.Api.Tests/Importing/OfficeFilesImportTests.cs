using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using LifeCircle.Api.Functions;
using LifeCircle.Core.Data;
using LifeCircle.Core.Geodesy;
using LifeCircle.Core.Importing;
using LifeCircle.Storage;
using LifeCircle.Tests.Shared;
using NetTopologySuite.Geometries;

namespace LifeCircle.Api.Tests.Importing;

/// <summary>A package made of the files an office really has (a GBK CSV, an .xlsx of planned sites in BD-09, a Gauss-Kruger Shapefile of areas) validates, imports through POST /api/imports and is served with the right names and positions, against Azurite.</summary>
public sealed class OfficeFilesImportTests : IAsyncLifetime
{
    private readonly string _key = Guid.NewGuid().ToString("N");
    private readonly TableDistrictDataStore _store = new(TestStorage.Service, TestStorage.NewPrefix());
    private readonly TempFolder _folder = new("lc-office");
    private TestApiHost? _host;

    public async Task InitializeAsync()
    {
        await _store.EnsureTablesAsync();
        _host = await TestApiHost.StartAsync(_store.Tables.Prefix, new Dictionary<string, string?>
        {
            [$"{ImportSettings.Section}:Key"] = _key,
            ["LifeCircle:Cache:DistrictSeconds"] = "0",
        });
    }

    public async Task DisposeAsync()
    {
        await _host!.DisposeAsync();
        await _store.DeleteTablesAsync();
        _folder.Dispose();
    }


    private static double Metres(GeoPosition truth, JsonElement point) =>
        new LocalTransverseMercator(truth).DistanceMetres(truth, new GeoPosition(point[0].GetDouble(), point[1].GetDouble()));

    private async Task<Dictionary<string, JsonElement>> Features(string collection)
    {
        using var doc = JsonDocument.Parse(await _host!.Client.GetStringAsync($"/api/districts/{SecondDistrictPackage.Code}/collections/{collection}/items?limit=1000"));
        return doc.RootElement.GetProperty("features").EnumerateArray().ToDictionary(f => f.GetProperty("id").GetString()!, f => f.Clone());
    }

    [Fact]
    public async Task AGbkCsvAnXlsxOfBd09PlannedSitesAndAGaussKrugerShapefileValidateImportAndServeTheRightNamesAndPositions()
    {
        var areaTruth = OfficeFilesPackage.Write(_folder);
        Assert.DoesNotContain(CheckedPackage.Read(_folder).Problems, p => p.Severity == ProblemSeverity.Error);

        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/imports") { Content = new ByteArrayContent(TestZips.OfFolder(_folder)) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/zip");
        request.Headers.Add(ImportFunctions.KeyHeader, _key);
        var response = await _host!.Client.SendAsync(request);
        Assert.True(response.StatusCode == HttpStatusCode.OK, await response.Content.ReadAsStringAsync());

        var facilities = await Features("facilities");
        foreach (var (id, name) in OfficeFilesPackage.CsvNames)
        {
            var truth = SecondDistrictPackage.FacilityPositions[id];
            Assert.Equal(name, facilities[id].GetProperty("properties").GetProperty("name_zh").GetString());
            Assert.True(Metres(truth, facilities[id].GetProperty("geometry").GetProperty("coordinates")) < 0.5, $"{id} is served off its position");
            Assert.Equal("GCJ-02", facilities[id].GetProperty("properties").GetProperty("source_crs").GetString());
        }

        foreach (var (id, site) in OfficeFilesPackage.Planned)
        {
            var properties = facilities[id].GetProperty("properties");
            Assert.Equal((site.Name, "planned", "BD-09"), (properties.GetProperty("name_zh").GetString(), properties.GetProperty("status").GetString(), properties.GetProperty("source_crs").GetString()));
            Assert.True(Metres(site.Position, facilities[id].GetProperty("geometry").GetProperty("coordinates")) < 0.5, $"{id} is served off its position");
        }

        var areas = await Features("areas");
        Assert.Equal(["海北社区", "海南社区"], areaTruth.Keys.Order().Select(code => areas[code].GetProperty("properties").GetProperty("name_zh").GetString()));
        foreach (var (code, truth) in areaTruth)
        {
            var corner = ((Polygon)truth).ExteriorRing.Coordinates[0];
            var served = areas[code].GetProperty("geometry");
            var ring = served.GetProperty("type").GetString() == "MultiPolygon" ? served.GetProperty("coordinates")[0][0] : served.GetProperty("coordinates")[0];
            Assert.Contains(ring.EnumerateArray(), c => Metres(new GeoPosition(corner.X, corner.Y), c) < 0.5);
        }
    }
}
