using System.Net;
using System.Text.Json;

namespace LifeCircle.Api.Tests.Http;

/// <summary>What every read does before its operation: an Accept header that nothing here satisfies is refused first, so it costs no lookup.</summary>
[Collection(ApiCollection.Name)]
public class DocumentEndpointTests(ApiHostFixture api)
{
    [Theory]
    [InlineData("/api/districts/150303/collections/no-such-collection")]
    [InlineData("/api/districts/000000/collections")]
    [InlineData("/api/districts/150303/collections/facilities/items?limit=100")]
    public async Task AnAcceptThatAllowsNothingThisApiWritesIsRefusedBeforeTheResourceIsLookedUp(string url)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.TryAddWithoutValidation("Accept", "image/gif");

        var response = await api.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.NotAcceptable, response.StatusCode); // a missing collection or district would say 404 if it were looked up first
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Contains("image/gif", problem.RootElement.GetProperty("detail").GetString());
        Assert.Contains("application/geo+json", problem.RootElement.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task AnAcceptThatAllowsSomethingElseThisApiWritesIsStillAnsweredAfterTheLookup()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/districts/150303/collections/no-such-collection");
        request.Headers.TryAddWithoutValidation("Accept", "text/csv");

        var response = await api.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
