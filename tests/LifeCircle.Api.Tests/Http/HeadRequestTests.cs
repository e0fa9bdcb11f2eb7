using System.Net;
using System.Net.Http.Headers;

namespace LifeCircle.Api.Tests.Http;

/// <summary>HEAD is answered as GET is, without the body (RFC 9110 §9.3.2): link checkers and clients that probe with HEAD see the API as it is.</summary>
[Collection(ApiCollection.Name)]
public class HeadRequestTests(ApiHostFixture api)
{
    private const string Page = "/api/districts/150303/collections/facilities/items?limit=50";

    private Task<HttpResponseMessage> SendAsync(HttpMethod method, string url, Action<HttpRequestHeaders>? headers = null)
    {
        var request = new HttpRequestMessage(method, url);
        headers?.Invoke(request.Headers);
        return api.Client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead);
    }

    [Fact]
    public async Task AHeadNamingTheCurrentETagAnswers304WithoutABody()
    {
        var first = await SendAsync(HttpMethod.Head, Page);
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.NotNull(first.Headers.ETag);

        var again = await SendAsync(HttpMethod.Head, Page, h => h.IfNoneMatch.Add(first.Headers.ETag!));

        Assert.Equal(HttpStatusCode.NotModified, again.StatusCode);
        Assert.Equal(first.Headers.ETag, again.Headers.ETag);
        Assert.Empty(await again.Content.ReadAsByteArrayAsync());
    }

    [Theory]
    [InlineData("gzip")]
    [InlineData("br")]
    public async Task ACodedHeadSaysTheCodingAndLengthItsGetSends(string coding)
    {
        var head = await SendAsync(HttpMethod.Head, Page, h => h.TryAddWithoutValidation("Accept-Encoding", coding));
        var get = await SendAsync(HttpMethod.Get, Page, h => h.TryAddWithoutValidation("Accept-Encoding", coding));

        Assert.Equal([coding], head.Content.Headers.ContentEncoding);
        Assert.Equal(get.Content.Headers.ContentLength, head.Content.Headers.ContentLength);
        Assert.True(head.Content.Headers.ContentLength > 0);
        Assert.Equal(get.Headers.ETag, head.Headers.ETag);
        Assert.Empty(await head.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task AHeadOfAnUnknownResourceIsTheSame404WithoutItsBody()
    {
        var head = await SendAsync(HttpMethod.Head, "/api/districts/150303/collections/nothing");

        Assert.Equal(HttpStatusCode.NotFound, head.StatusCode);
        Assert.Equal("application/problem+json", head.Content.Headers.ContentType?.MediaType);
        Assert.Empty(await head.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task AHeadOfTheImportRouteIsA405ThatAllowsOnlyPost()
    {
        var head = await SendAsync(HttpMethod.Head, "/api/imports");

        Assert.Equal(HttpStatusCode.MethodNotAllowed, head.StatusCode);
        Assert.Equal(["POST", "OPTIONS"], head.Content.Headers.Allow);
    }
}
