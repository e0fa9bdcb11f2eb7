using System.Net;

namespace LifeCircle.Api.Tests.Functions;

[Collection(ApiCollection.Name)]
public class DistrictFunctionsTests(ApiHostFixture api)
{
    [Fact]
    public async Task TheDistrictListNamesHainanWithItsCurrentVersionLicenceAndLinks()
    {
        var (response, body) = await api.GetJsonAsync("/api/districts");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType!.MediaType);
        var district = Assert.Single(body.GetProperty("districts").EnumerateArray());
        Assert.Equal("150303", district.GetProperty("code").GetString());
        Assert.Equal("海南区", district.GetProperty("name").GetProperty("zh").GetString());
        Assert.Equal(94_770, district.GetProperty("population").GetInt32());
        Assert.Equal(api.Published.Version.Version, district.GetProperty("currentVersion").GetString());
        Assert.Equal("CC-BY-4.0", district.GetProperty("licence").GetProperty("id").GetString());
        Assert.Equal(api.Sample.Facilities.Count, district.GetProperty("facilityCount").GetInt32());
        var items = GeoJsonAssert.Link(district, "items");
        Assert.EndsWith("/api/districts/150303/collections/facilities/items", items);
        Assert.StartsWith(api.Client.BaseAddress!.ToString().TrimEnd('/'), items);
    }

    [Fact]
    public async Task TheSamplesDescriptionPublisherVersionLabelAndSourcesSurviveStorageOntoItsLandingPage()
    {
        var metadata = api.Sample.Metadata;

        var (_, body) = await api.GetJsonAsync("/api/districts/150303");

        Assert.Equal(metadata.Description.Zh, body.GetProperty("descriptions").GetProperty("zh").GetString());
        Assert.Equal(metadata.Description.En, body.GetProperty("description").GetString());
        Assert.Equal(metadata.Publisher, body.GetProperty("publisher").GetString());
        Assert.Equal(metadata.Version, body.GetProperty("versionLabel").GetString());
        Assert.Equal(metadata.Sources.Select(s => (s.Id, s.Url)),
            body.GetProperty("sources").EnumerateArray().Select(s => (s.GetProperty("id").GetString()!, s.TryGetProperty("url", out var u) ? u.GetString() : null)));
        Assert.True(body.GetProperty("illustrative").GetBoolean());
    }

    [Fact]
    public async Task OneDistrictIsServedByCodeAndAnUnknownCodeIs404()
    {
        var (ok, body) = await api.GetJsonAsync("/api/districts/150303");
        Assert.Equal(HttpStatusCode.OK, ok.StatusCode);
        Assert.Equal("Hainan District, Wuhai", body.GetProperty("name").GetProperty("en").GetString());

        var (missing, problem) = await api.GetJsonAsync("/api/districts/000000");
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Contains("000000", problem.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task HealthReportsTheDistrictsServed()
    {
        var (response, body) = await api.GetJsonAsync("/api/health");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("healthy", body.GetProperty("status").GetString());
        Assert.Equal(1, body.GetProperty("districts").GetInt32());
    }

    [Fact]
    public async Task ADeploymentWithoutAnImportKeyRefusesImports()
    {
        var response = await api.Client.PostAsync("/api/imports", new ByteArrayContent([1, 2, 3]));
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Contains("LifeCircle:Import:Key", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task ReadEndpointsRefuseWrites()
    {
        var response = await api.Client.PostAsync("/api/districts", new StringContent("{}"));
        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
    }
}
