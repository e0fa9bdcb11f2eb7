using System.Text.Json;
using LifeCircle.Api.Functions;
using LifeCircle.Api.Http;
using LifeCircle.Api.Rendering;
using LifeCircle.Core.Model;
using LifeCircle.Core.Publishing;
using LifeCircle.Tests.Shared;

namespace LifeCircle.Api.Tests.Functions;

/// <summary>What a district writes in dataset.json's metadata (description, publisher, version label, sources) is published on its landing page and in the DCAT catalogue.</summary>
public class PublishedMetadataTests
{
    private static readonly LocalizedText Description = new("武侯区一刻钟社区生活圈的设施台账。", "Facility register of Wuhou District's life circle.");

    private static readonly DataSource[] Sources =
    [
        new("ledger", "武侯区设施台账", null, null),
        new("osm", "© OpenStreetMap contributors", "https://www.openstreetmap.org/copyright", "ODbL-1.0"),
    ];

    private static async Task<InMemoryApi> PublishedAsync(LocalizedText? description = null)
    {
        var store = new InMemoryDistrictDataStore();
        var dataset = TestDatasets.Build("510107", label: "2025.2");
        var metadata = dataset.Metadata with { Description = description!, Publisher = "武侯区大数据中心", Sources = Sources };
        await DatasetPublisher.PublishAsync(store, dataset with { Metadata = metadata });
        return new InMemoryApi(store);
    }

    private static void AssertSources(JsonElement sources)
    {
        Assert.Equal(["ledger", "osm"], sources.EnumerateArray().Select(s => s.GetProperty("id").GetString()));
        Assert.Equal("武侯区设施台账", sources[0].GetProperty("title").GetString());
        Assert.Equal("https://www.openstreetmap.org/copyright", sources[1].GetProperty("url").GetString());
        Assert.Equal("ODbL-1.0", sources[1].GetProperty("licence").GetString());
    }

    [Fact]
    public async Task TheLandingPagePublishesTheDistrictsDescriptionPublisherVersionLabelAndSources()
    {
        var api = await PublishedAsync(Description);
        var districts = new DistrictFunctions(api.Endpoint, api.Versions);

        var req = InMemoryApi.Get("/api/districts/510107");
        var (status, _, body) = await InMemoryApi.RunAsync(req, districts.Landing(req, "510107", default));

        Assert.Equal(200, status);
        Assert.Equal(Description.En, body.GetProperty("description").GetString());
        Assert.Equal(Description.Zh, body.GetProperty("descriptions").GetProperty("zh").GetString());
        Assert.Equal(Description.En, body.GetProperty("descriptions").GetProperty("en").GetString());
        Assert.Equal("武侯区大数据中心", body.GetProperty("publisher").GetString());
        Assert.Equal("2025.2", body.GetProperty("versionLabel").GetString());
        AssertSources(body.GetProperty("sources"));
    }

    [Fact]
    public async Task TheDistrictListDescribesEachDistrictAsItsLandingPageDoes()
    {
        var api = await PublishedAsync(Description);
        var districts = new DistrictFunctions(api.Endpoint, api.Versions);

        var req = InMemoryApi.Get("/api/districts");
        var (_, _, body) = await InMemoryApi.RunAsync(req, districts.List(req, default));

        var district = Assert.Single(body.GetProperty("districts").EnumerateArray());
        Assert.Equal(Description.Zh, district.GetProperty("descriptions").GetProperty("zh").GetString());
        Assert.Equal("武侯区大数据中心", district.GetProperty("publisher").GetString());
        Assert.Equal("2025.2", district.GetProperty("versionLabel").GetString());
        AssertSources(district.GetProperty("sources"));
    }

    [Fact]
    public async Task WithoutADescriptionTheLandingPageFallsBackToAGeneratedOneInBothLanguages()
    {
        var api = await PublishedAsync(description: null);
        var districts = new DistrictFunctions(api.Endpoint, api.Versions);

        var req = InMemoryApi.Get("/api/districts/510107");
        var (_, _, body) = await InMemoryApi.RunAsync(req, districts.Landing(req, "510107", default));

        Assert.Contains("15-minute community life circle", body.GetProperty("descriptions").GetProperty("en").GetString());
        Assert.Contains("一刻钟", body.GetProperty("descriptions").GetProperty("zh").GetString());
        Assert.Equal(body.GetProperty("descriptions").GetProperty("en").GetString(), body.GetProperty("description").GetString());
    }

    [Fact]
    public async Task TheCatalogueDatasetCarriesTheDescriptionPublisherVersionLabelAndSources()
    {
        var api = await PublishedAsync(Description);
        var downloads = new DownloadFunctions(api.Endpoint, api.Versions, new ContentNegotiation([new JsonRenderer()]));

        var req = InMemoryApi.Get("/api/catalog");
        var (_, _, body) = await InMemoryApi.RunAsync(req, downloads.Catalog(req, default));

        var dataset = Assert.Single(body.GetProperty("dcat:dataset").EnumerateArray());
        var descriptions = dataset.GetProperty("dct:description").EnumerateArray().ToDictionary(d => d.GetProperty("@language").GetString()!, d => d.GetProperty("@value").GetString());
        Assert.Equal(Description.Zh, descriptions["zh"]);
        Assert.Equal(Description.En, descriptions["en"]);
        var publisher = dataset.GetProperty("dct:publisher");
        Assert.Equal("foaf:Agent", publisher.GetProperty("@type").GetString());
        Assert.Equal("武侯区大数据中心", publisher.GetProperty("foaf:name").GetString());
        Assert.Equal("2025.2", dataset.GetProperty("dcat:version").GetString());
        var sources = dataset.GetProperty("dct:source").EnumerateArray().ToList();
        Assert.Equal(["ledger", "osm"], sources.Select(s => s.GetProperty("dct:identifier").GetString()));
        Assert.Equal("武侯区设施台账", sources[0].GetProperty("dct:title").GetString());
        Assert.False(sources[0].TryGetProperty("@id", out _));
        Assert.Equal("https://www.openstreetmap.org/copyright", sources[1].GetProperty("@id").GetString());
    }
}
