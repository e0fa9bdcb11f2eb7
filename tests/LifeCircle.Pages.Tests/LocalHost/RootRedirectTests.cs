using System.Net;

namespace LifeCircle.Pages.Tests.LocalHost;

/// <summary>The local host sends / to the home page under the Functions route prefix.</summary>
[Collection(PagesCollection.Name)]
public sealed class RootRedirectTests(PagesFixture site)
{
    [Fact]
    public async Task TheRootRedirectsPermanentlyToApiKeepingTheQuery()
    {
        using var client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = new Uri(site.Origin) };
        using var response = await client.GetAsync("/?lang=en");

        Assert.Equal(HttpStatusCode.PermanentRedirect, response.StatusCode);
        Assert.Equal("/api?lang=en", response.Headers.Location!.OriginalString);
    }
}
