using System.Net;
using System.Text.Json;

namespace LifeCircle.Api.Tests.Hosting;

[Collection(ApiCollection.Name)]
public class UnroutedRequestTests(ApiHostFixture api)
{
    private static async Task<JsonElement> ProblemAsync(HttpResponseMessage response, HttpStatusCode status)
    {
        Assert.Equal(status, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var doc = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal((int)status, doc.RootElement.GetProperty("status").GetInt32());
        Assert.False(string.IsNullOrWhiteSpace(doc.RootElement.GetProperty("detail").GetString()));
        return doc.RootElement.Clone();
    }

    [Theory]
    [InlineData("POST", "/api/districts")]
    [InlineData("PUT", "/api/districts/150303")]
    [InlineData("DELETE", "/api/districts/150303/collections/facilities/items/park-001")]
    [InlineData("PATCH", "/api/districts/150303/collections/facilities/items")]
    [InlineData("DELETE", "/api/health")]
    public async Task AnotherMethodOnAReadRouteIsA405ProblemThatNamesTheAllowedMethods(string method, string path)
    {
        var response = await api.Client.SendAsync(new HttpRequestMessage(new HttpMethod(method), path));

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Equal(["GET", "HEAD", "OPTIONS"], response.Content.Headers.Allow);
        var problem = await ProblemAsync(response, HttpStatusCode.MethodNotAllowed);
        Assert.Contains(method, problem.GetProperty("detail").GetString());
        Assert.Equal(path, problem.GetProperty("instance").GetString());
    }

    [Fact]
    public async Task GettingTheImportRouteIsA405ThatAllowsOnlyPost()
    {
        var response = await api.Client.GetAsync("/api/imports");

        await ProblemAsync(response, HttpStatusCode.MethodNotAllowed);
        Assert.Equal(["POST", "OPTIONS"], response.Content.Headers.Allow);
    }

    [Theory]
    [InlineData("/api/nothing-here")]
    [InlineData("/api/districts/150303/collections/facilities/items/park-001/more")]
    [InlineData("/favicon.ico")]
    public async Task AnUnroutedPathIsA404Problem(string path)
    {
        var problem = await ProblemAsync(await api.Client.GetAsync(path), HttpStatusCode.NotFound);

        Assert.Equal(path, problem.GetProperty("instance").GetString());
    }

    [Fact]
    public async Task PostingToAnUnroutedPathIsA404NotA405()
    {
        await ProblemAsync(await api.Client.PostAsync("/api/nothing-here", new StringContent("x")), HttpStatusCode.NotFound);
    }
}
