using System.IO.Compression;
using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using LifeCircle.Api.Http;
using Microsoft.AspNetCore.Http;

namespace LifeCircle.Api.Tests.Http;

[Collection(ApiCollection.Name)]
public partial class CompressionTests(ApiHostFixture api)
{
    private const string Page = "/api/districts/150303/collections/facilities/items?limit=50";

    [Theory]
    [InlineData("gzip")]
    [InlineData("br")]
    public async Task ACodedItemsPageDecodesToTheSameJsonAsTheUncodedOne(string coding)
    {
        var plain = await api.Client.GetAsync(Page);
        var coded = await GetAsync(Page, coding);

        Assert.Empty(plain.Content.Headers.ContentEncoding);
        Assert.Equal([coding], coded.Content.Headers.ContentEncoding);
        Assert.Contains("Accept-Encoding", coded.Headers.Vary);
        var raw = await coded.Content.ReadAsByteArrayAsync();
        Assert.True(raw.Length < (await plain.Content.ReadAsByteArrayAsync()).Length / 3);
        Assert.Equal(WithoutTimeStamp(await plain.Content.ReadAsStringAsync()), WithoutTimeStamp(Decode(raw, coding)));
    }

    [Fact]
    public async Task WithoutAcceptEncodingTheBodyIsSentAsItIsButSaysItCouldVary()
    {
        var response = await api.Client.GetAsync(Page);

        Assert.Empty(response.Content.Headers.ContentEncoding);
        Assert.Contains("Accept-Encoding", response.Headers.Vary);
        Assert.StartsWith("{\"type\":\"FeatureCollection\"", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task TinyBodiesAndNotModifiedAnswersAreNeverCoded()
    {
        var problem = await GetAsync("/api/districts/150303/collections/nothing", "gzip, br");
        var first = await GetAsync(Page, "gzip");
        using var again = new HttpRequestMessage(HttpMethod.Get, Page);
        again.Headers.TryAddWithoutValidation("Accept-Encoding", "gzip");
        again.Headers.IfNoneMatch.Add(first.Headers.ETag!);
        var notModified = await api.Client.SendAsync(again);

        Assert.Equal(HttpStatusCode.NotFound, problem.StatusCode);
        Assert.Empty(problem.Content.Headers.ContentEncoding);
        Assert.Equal(HttpStatusCode.NotModified, notModified.StatusCode);
        Assert.Empty(notModified.Content.Headers.ContentEncoding);
        Assert.Empty(await notModified.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task AStrongTagBecomesWeakWhenTheBodyIsCodedAndStillRevalidates()
    {
        const string collections = "/api/districts/150303/collections";
        var plain = await api.Client.GetAsync(collections);
        var coded = await GetAsync(collections, "gzip");
        using var again = new HttpRequestMessage(HttpMethod.Get, collections);
        again.Headers.IfNoneMatch.Add(coded.Headers.ETag!);

        Assert.Equal(["gzip"], coded.Content.Headers.ContentEncoding);
        Assert.False(plain.Headers.ETag!.IsWeak);
        Assert.True(coded.Headers.ETag!.IsWeak);
        Assert.Equal(plain.Headers.ETag.Tag, coded.Headers.ETag.Tag);
        Assert.Equal(HttpStatusCode.NotModified, (await api.Client.SendAsync(again)).StatusCode);
    }

    [Theory]
    [InlineData("gzip")]
    [InlineData("br")]
    public async Task ALayerDownloadIsCodedOnTheFlyAndItsWeakTagStillRevalidates(string coding)
    {
        const string download = "/api/districts/150303/downloads/facilities.geojson";
        var plain = await api.Client.GetAsync(download);
        var coded = await GetAsync(download, coding);
        using var again = new HttpRequestMessage(HttpMethod.Get, download);
        again.Headers.IfNoneMatch.Add(coded.Headers.ETag!);

        Assert.Empty(plain.Content.Headers.ContentEncoding);
        Assert.Equal([coding], coded.Content.Headers.ContentEncoding);
        Assert.Contains("Accept-Encoding", coded.Headers.Vary);
        Assert.True(coded.Headers.ETag!.IsWeak);
        Assert.Equal(await plain.Content.ReadAsStringAsync(), Decode(await coded.Content.ReadAsByteArrayAsync(), coding));
        Assert.Equal(HttpStatusCode.NotModified, (await api.Client.SendAsync(again)).StatusCode);
    }

    [Theory]
    [InlineData("gzip", "gzip")]
    [InlineData("gzip, deflate, br", "br")]
    [InlineData("br;q=0, gzip", "gzip")]
    [InlineData("br;q=0.5, gzip;q=0.8", "gzip")]
    [InlineData("*", "br")]
    [InlineData("identity", null)]
    [InlineData("gzip;q=0", null)]
    [InlineData("", null)]
    public void TheCodingIsTheAcceptedOneWePrefer(string acceptEncoding, string? expected)
    {
        var context = new DefaultHttpContext();
        context.Request.Headers.AcceptEncoding = acceptEncoding;

        Assert.Equal(expected, ResponseCompression.Choose(context.Request));
    }

    private async Task<HttpResponseMessage> GetAsync(string url, string acceptEncoding)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.TryAddWithoutValidation("Accept-Encoding", acceptEncoding);
        return await api.Client.SendAsync(request);
    }

    private static string Decode(byte[] raw, string coding)
    {
        using Stream decoder = coding == "br"
            ? new BrotliStream(new MemoryStream(raw), CompressionMode.Decompress)
            : new GZipStream(new MemoryStream(raw), CompressionMode.Decompress);
        using var reader = new StreamReader(decoder, Encoding.UTF8);
        return reader.ReadToEnd();
    }

    private static string WithoutTimeStamp(string json) => TimeStamp().Replace(json, "\"timeStamp\":\"\"");

    [GeneratedRegex("\"timeStamp\":\"[^\"]*\"")]
    private static partial Regex TimeStamp();
}
