using System.Net;
using System.Text;
using System.Text.Json;

namespace LifeCircle.Api.Tests.Functions;

/// <summary>Reach and process execution through the Kestrel host over Table Storage: routes, POST bodies, validators.</summary>
[Collection(ApiCollection.Name)]
public class PlanningHostTests(ApiHostFixture api)
{
    private const string Base = "/api/districts/150303";

    [Fact]
    public async Task TheHostServesReachWithAnETagThatRevalidates()
    {
        var station = api.Sample.Facilities.First(f => f.Category == "home-care-station");
        var url = $"{Base}/reach?point={PlanningApi.Point(station)}&minutes=10";

        var (response, body) = await api.GetJsonAsync(url);
        using var again = new HttpRequestMessage(HttpMethod.Get, url);
        again.Headers.TryAddWithoutValidation("If-None-Match", response.Headers.ETag!.ToString());
        using var revalidated = await api.Client.SendAsync(again);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(api.Published.Version.Version, body.GetProperty("datasetVersion").GetString());
        Assert.Contains(body.GetProperty("features").EnumerateArray(), f => f.GetProperty("id").GetString() == station.Id);
        Assert.Equal(HttpStatusCode.NotModified, revalidated.StatusCode);
    }

    [Fact]
    public async Task TheHostExecutesAProcessFromAPostedJsonBody()
    {
        using var content = new StringContent("""{"inputs": {"category": "home-care-station", "k": 2, "weight": "elderly"}}""", Encoding.UTF8, "application/json");

        using var response = await api.Client.PostAsync($"{Base}/processes/best-sites/execution", content);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(api.Published.Version.Version, body.RootElement.GetProperty("datasetVersion").GetString());
        Assert.Equal(2, body.RootElement.GetProperty("sites").GetArrayLength());
    }

    [Fact]
    public async Task APostedBodyWithABadInputIsAProblemNamingIt()
    {
        using var content = new StringContent("""{"inputs": {"category": "home-care-station", "k": -1}}""", Encoding.UTF8, "application/json");

        using var response = await api.Client.PostAsync($"{Base}/processes/best-sites/execution", content);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("k", body.RootElement.GetProperty("parameter").GetString());
    }
}
