using System.Net;
using System.Text.Json;
using LifeCircle.LocalHost;
using LifeCircle.Tests.Shared;

namespace LifeCircle.Api.Tests.Hosting;

public class RequestLimitsTests
{
    /// <summary>A host with a 1 MiB import limit and an import key, so an import reads its body; no data is needed.</summary>
    private static Task<TestApiHost> SmallImportHostAsync() => TestApiHost.StartAsync(TestStorage.NewPrefix(), new Dictionary<string, string?>
    {
        ["LifeCircle:Import:MaxPackageMegabytes"] = "1",
        ["LifeCircle:Import:Key"] = "test-import-key",
    });

    private static async Task AssertProblemAsync(HttpResponseMessage response, HttpStatusCode status)
    {
        Assert.Equal(status, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var doc = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal((int)status, doc.RootElement.GetProperty("status").GetInt32());
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
    }

    [Fact]
    public async Task AUrlLongerThanTheAppLimitIsA414Problem()
    {
        await using var host = await SmallImportHostAsync();
        var query = new string('a', RequestLimits.MaxUrlBytes);

        await AssertProblemAsync(await host.Client.GetAsync("/api/districts?x=" + query), HttpStatusCode.RequestUriTooLong);
    }

    [Fact]
    public async Task AUrlJustWithinTheAppLimitReachesTheFunction()
    {
        await using var host = await SmallImportHostAsync();
        var path = "/api/openapi.json?padding=";
        var query = new string('p', RequestLimits.MaxUrlBytes - path.Length);

        var response = await host.Client.GetAsync(path + query);

        await AssertProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.Contains("padding", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task AUrlBeyondKestrelsOwnLimitIsRefusedByKestrelWithoutABody()
    {
        await using var host = await SmallImportHostAsync();
        var query = new string('a', RequestLimits.KestrelMaxRequestLineBytes);

        var response = await host.Client.GetAsync("/api/districts?x=" + query);

        Assert.Equal(HttpStatusCode.RequestUriTooLong, response.StatusCode);
        Assert.Empty(await response.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task HeadersLargerThanTheAppLimitAreA431Problem()
    {
        await using var host = await SmallImportHostAsync();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/districts");
        request.Headers.Add("X-Padding", new string('b', RequestLimits.MaxHeaderBytes));

        await AssertProblemAsync(await host.Client.SendAsync(request), HttpStatusCode.RequestHeaderFieldsTooLarge);
    }

    [Fact]
    public async Task ABodyDeclaredLargerThanTheImportLimitIsA413Problem()
    {
        await using var host = await SmallImportHostAsync();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/imports") { Content = new ByteArrayContent(new byte[(1024 * 1024) + 1]) };
        request.Headers.Add("X-Import-Key", "test-import-key");

        await AssertProblemAsync(await host.Client.SendAsync(request), HttpStatusCode.RequestEntityTooLarge);
    }

    [Fact]
    public async Task AChunkedBodyThatGrowsPastTheImportLimitIsA413Problem()
    {
        await using var host = await SmallImportHostAsync();
        var content = new StreamContent(new MemoryStream(new byte[(1024 * 1024) + 4096]));
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/imports") { Content = content };
        request.Headers.Add("X-Import-Key", "test-import-key");
        request.Headers.TransferEncodingChunked = true;

        await AssertProblemAsync(await host.Client.SendAsync(request), HttpStatusCode.RequestEntityTooLarge);
    }
}
