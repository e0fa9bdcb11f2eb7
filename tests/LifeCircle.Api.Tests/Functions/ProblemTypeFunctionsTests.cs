using System.Net;
using LifeCircle.Core.Problems;

namespace LifeCircle.Api.Tests.Functions;

[Collection(ApiCollection.Name)]
public class ProblemTypeFunctionsTests(ApiHostFixture api)
{
    [Theory]
    [InlineData("/api/districts/150303/coverage?threshold=7", null, 400, "invalid-parameter")]
    [InlineData("/api/districts/999999", null, 404, "not-found")]
    [InlineData("/api/districts/150303/themes", "image/gif", 406, "not-acceptable")]
    [InlineData("/api/problems/no-such-problem", null, 404, "not-found")]
    public async Task AProblemsTypeIsAnAbsoluteUrlOnThisApiThatExplainsIt(string url, string? accept, int status, string slug)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        if (accept is not null)
        {
            request.Headers.TryAddWithoutValidation("Accept", accept);
        }

        var response = await api.Client.SendAsync(request);
        using var problem = System.Text.Json.JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(status, (int)response.StatusCode);
        var type = new Uri(problem.RootElement.GetProperty("type").GetString()!);
        Assert.True(type.IsAbsoluteUri);
        Assert.Equal(api.Client.BaseAddress!.Authority, type.Authority);
        Assert.Equal($"/api/problems/{slug}", type.AbsolutePath);

        var (explained, page) = await api.GetJsonAsync(type.ToString());
        Assert.Equal(HttpStatusCode.OK, explained.StatusCode);
        Assert.Equal(problem.RootElement.GetProperty("title").GetString(), page.GetProperty("title").GetString());
        Assert.Equal(status, page.GetProperty("status").GetInt32());
        Assert.Equal(type.ToString(), page.GetProperty("type").GetString());
        Assert.False(string.IsNullOrWhiteSpace(page.GetProperty("remedy").GetString()));
    }

    [Fact]
    public async Task TheListNamesEveryProblemTypeAndEachOfItsPagesAnswers()
    {
        var (response, list) = await api.GetJsonAsync("/api/problems");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var types = list.GetProperty("problemTypes").EnumerateArray().ToList();
        Assert.Equal(ProblemTypes.All.Select(t => t.Slug), types.Select(t => t.GetProperty("slug").GetString()));
        foreach (var t in types)
        {
            var (page, body) = await api.GetJsonAsync(t.GetProperty("type").GetString()!);
            Assert.Equal(HttpStatusCode.OK, page.StatusCode);
            Assert.Equal(t.GetProperty("slug").GetString(), body.GetProperty("slug").GetString());
        }
    }

    [Fact]
    public async Task AProblemTypePageRefusesUnknownParameters()
    {
        var (response, body) = await api.GetJsonAsync("/api/problems/not-found?verbose=1");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("verbose", body.GetProperty("parameter").GetString());
    }
}
