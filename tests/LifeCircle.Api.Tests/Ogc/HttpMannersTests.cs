using System.Net;
using System.Net.Http.Headers;

namespace LifeCircle.Api.Tests.Ogc;

[Collection(ApiCollection.Name)]
public class HttpMannersTests(ApiHostFixture api)
{
    private const string Items = "/api/districts/150303/collections/facilities/items?limit=5";

    [Fact]
    public async Task AnyOriginMayReadDataAndErrors()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, Items);
        request.Headers.Add("Origin", "https://news.example");
        var ok = await api.Client.SendAsync(request);
        var bad = await api.Client.GetAsync("/api/districts/150303/collections/facilities/items?limit=0");

        Assert.Equal("*", ok.Headers.GetValues("Access-Control-Allow-Origin").Single());
        Assert.Equal("*", bad.Headers.GetValues("Access-Control-Allow-Origin").Single());
        Assert.Contains("ETag", ok.Headers.GetValues("Access-Control-Expose-Headers").Single());
    }

    [Fact]
    public async Task AnUnchangedResourceAnswers304ToItsETag()
    {
        var first = await api.Client.GetAsync(Items);
        var etag = first.Headers.ETag;
        Assert.NotNull(etag);
        Assert.False(etag.IsWeak);

        using var again = new HttpRequestMessage(HttpMethod.Get, Items);
        again.Headers.IfNoneMatch.Add(etag);
        var notModified = await api.Client.SendAsync(again);
        Assert.Equal(HttpStatusCode.NotModified, notModified.StatusCode);
        Assert.Empty(await notModified.Content.ReadAsByteArrayAsync());
        Assert.Equal(etag, notModified.Headers.ETag);

        using var other = new HttpRequestMessage(HttpMethod.Get, Items);
        other.Headers.IfNoneMatch.Add(new EntityTagHeaderValue("\"something-else\""));
        Assert.Equal(HttpStatusCode.OK, (await api.Client.SendAsync(other)).StatusCode);
    }

    [Fact]
    public async Task TheSameQueryGivesTheSameETagAndAnotherQueryAnotherOne()
    {
        // timeStamp changes each second, so compare two calls within the same body shape via an item, which has none.
        var a = await api.Client.GetAsync("/api/districts/150303/collections/facilities/items/park-001");
        var b = await api.Client.GetAsync("/api/districts/150303/collections/facilities/items/park-001");
        var c = await api.Client.GetAsync("/api/districts/150303/collections/facilities/items/park-002");
        Assert.Equal(a.Headers.ETag, b.Headers.ETag);
        Assert.NotEqual(a.Headers.ETag, c.Headers.ETag);
    }

    [Fact]
    public async Task DataMayBeCachedForMinutesButErrorsAndHealthNever()
    {
        Assert.Equal("public, max-age=300", (await api.Client.GetAsync(Items)).Headers.CacheControl!.ToString());
        Assert.True((await api.Client.GetAsync("/api/districts/150303/collections/nothing")).Headers.CacheControl!.NoStore);
        Assert.True((await api.Client.GetAsync("/api/health")).Headers.CacheControl!.NoStore);
    }
}
