using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace LifeCircle.Api.Tests.Http;

/// <summary>A 406 says what the resource is available as and how to get it anyway, and that advice works.</summary>
[Collection(ApiCollection.Name)]
public partial class ContentNegotiationTests(ApiHostFixture api)
{
    [GeneratedRegex(@"\bf=(\w+)")]
    private static partial Regex SuggestedFormat();

    [Theory]
    [InlineData("/api/districts/150303/charts/coverage.svg", "application/json", "image/svg+xml")]
    [InlineData("/api/districts/150303/maps/access.png", "application/json", "image/png")]
    [InlineData("/api/districts/150303/coverage.csv", "application/json", "text/csv")]
    [InlineData("/api/districts/150303", "text/csv", "application/json or text/html")]
    [InlineData("/api/districts/150303/collections/facilities/items", "text/csv", "application/geo+json (or application/json) or text/html")]
    public async Task ANotAcceptableAnswerNamesExactlyTheOfferedTypesAndAnFThatIsServed(string url, string accept, string offered)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.TryAddWithoutValidation("Accept", accept);

        var response = await api.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.NotAcceptable, response.StatusCode);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var detail = problem.RootElement.GetProperty("detail").GetString()!;
        Assert.StartsWith($"This resource is available as {offered};", detail);
        var suggested = SuggestedFormat().Match(detail);
        Assert.True(suggested.Success, detail);
        using var again = new HttpRequestMessage(HttpMethod.Get, $"{url}?f={suggested.Groups[1].Value}");
        again.Headers.TryAddWithoutValidation("Accept", accept);
        Assert.Equal(HttpStatusCode.OK, (await api.Client.SendAsync(again)).StatusCode);
    }

    [Fact]
    public async Task AnAcceptNothingHereSatisfiesIsNotToldToAddAnFTheResourceMayRefuse()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/districts/150303/charts/coverage.svg");
        request.Headers.TryAddWithoutValidation("Accept", "image/gif");

        var response = await api.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.NotAcceptable, response.StatusCode);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.DoesNotContain("f=json", problem.RootElement.GetProperty("detail").GetString());
    }
}
