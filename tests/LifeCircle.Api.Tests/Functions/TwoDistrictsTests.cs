using System.Net;
using System.Text.Json;
using LifeCircle.Core.Data;
using LifeCircle.Core.Data.Packages;
using LifeCircle.Core.Publishing;
using LifeCircle.Storage;
using LifeCircle.Tests.Shared;

namespace LifeCircle.Api.Tests.Functions;

/// <summary>Hainan and a second district from a GCJ-02/BD-09 package, side by side, with a second version of the latter.</summary>
public sealed class TwoDistrictsTests : IAsyncLifetime
{
    private readonly TableDistrictDataStore _store = new(TestStorage.Service, TestStorage.NewPrefix());
    private readonly TempFolder _folder = new("lc-two");
    private TestApiHost? _host;
    private HttpClient _client = null!;
    private string _firstVersion = null!, _secondVersion = null!;

    public async Task InitializeAsync()
    {
        await DatasetPublisher.PublishAsync(_store, DatasetFiles.Read(RepositoryPaths.SampleDataset));
        SecondDistrictPackage.Write(_folder);
        _firstVersion = (await DatasetPublisher.PublishAsync(_store, PackageReader.Read(_folder).Dataset!)).Version.Version;
        SecondDistrictPackage.Write(_folder, rows => rows.Add("hb-p-2,第二药店,second pharmacy,pharmacy,150302001002,planned,106.8230,39.6720"));
        _secondVersion = (await DatasetPublisher.PublishAsync(_store, PackageReader.Read(_folder).Dataset!)).Version.Version;

        _host = await TestApiHost.StartAsync(_store.Tables.Prefix, new Dictionary<string, string?> { ["LifeCircle:Cache:DistrictSeconds"] = "0" });
        _client = _host.Client;
    }

    public async Task DisposeAsync()
    {
        await _host!.DisposeAsync();
        await _store.DeleteTablesAsync();
        _folder.Dispose();
    }

    private async Task<(HttpStatusCode Status, JsonElement Body)> Get(string url)
    {
        var response = await _client.GetAsync(url);
        using var doc = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return (response.StatusCode, doc.RootElement.Clone());
    }

    private static List<string> Ids(JsonElement body) => body.GetProperty("features").EnumerateArray().Select(f => f.GetProperty("id").GetString()!).ToList();

    [Fact]
    public async Task BothDistrictsAreListedWithTheirCurrentVersions()
    {
        var (_, body) = await Get("/api/districts");
        var districts = body.GetProperty("districts").EnumerateArray().ToDictionary(d => d.GetProperty("code").GetString()!, d => d.GetProperty("currentVersion").GetString());
        Assert.Equal(["150302", "150303"], districts.Keys.Order());
        Assert.Equal(_secondVersion, districts["150302"]);
    }

    [Fact]
    public async Task NeitherDistrictsFeaturesLeakIntoTheOther()
    {
        var (_, second) = await Get("/api/districts/150302/collections/facilities/items?limit=1000");
        var (_, hainan) = await Get("/api/districts/150303/collections/facilities/items?limit=1000");
        Assert.Equal(["hb-k-1", "hb-k-2", "hb-p-1", "hb-p-2"], Ids(second));
        Assert.DoesNotContain(Ids(hainan), id => id.StartsWith("hb-", StringComparison.Ordinal));
        var (_, areas) = await Get("/api/districts/150302/collections/areas/items");
        Assert.Equal(["150302001001", "150302001002"], Ids(areas));
        var (_, coverage) = await Get("/api/districts/150302/coverage?area=150302&category=kindergarten&threshold=15&scenario=existing");
        Assert.Equal(4000, coverage.GetProperty("categories")[0].GetProperty("residents").GetInt32());
    }

    [Fact]
    public async Task TheSecondDistrictsGcj02FacilitiesAreServedAtTheirTruePositionsAndBackInGcj02()
    {
        var (_, body) = await Get("/api/districts/150302/collections/facilities/items/hb-k-1");
        var c = body.GetProperty("geometry").GetProperty("coordinates");
        Assert.Equal(106.8210, c[0].GetDouble(), 1e-6);
        Assert.Equal(39.6710, c[1].GetDouble(), 1e-6);
        Assert.Equal("GCJ-02", body.GetProperty("properties").GetProperty("source_crs").GetString());
    }

    [Fact]
    public async Task AnOlderVersionStaysReadableAtItsVersionedUrl()
    {
        var (status, old) = await Get($"/api/districts/150302@{_firstVersion}/collections/facilities/items");
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(["hb-k-1", "hb-k-2", "hb-p-1"], Ids(old));
        Assert.Equal(_firstVersion, old.GetProperty("datasetVersion").GetString());
        Assert.Contains($"/api/districts/150302@{_firstVersion}/collections/facilities/items", old.GetProperty("links")[0].GetProperty("href").GetString());

        var (_, landing) = await Get($"/api/districts/150302@{_firstVersion}");
        Assert.Equal(_firstVersion, landing.GetProperty("currentVersion").GetString());
        Assert.All(landing.GetProperty("links").EnumerateArray().Where(l => l.GetProperty("rel").GetString() is "data" or "conformance"),
            l => Assert.Contains("@" + _firstVersion, l.GetProperty("href").GetString()));

        var (missing, problem) = await Get("/api/districts/150302@000000000000/collections/facilities/items");
        Assert.Equal(HttpStatusCode.NotFound, missing);
        Assert.Contains("no complete dataset version", problem.GetProperty("detail").GetString());
    }
}
