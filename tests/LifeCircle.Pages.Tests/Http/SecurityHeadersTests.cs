using LifeCircle.Api.Http;
using LifeCircle.Api.Rendering.Html;

namespace LifeCircle.Pages.Tests.Http;

/// <summary>Pages may show images only from this origin, plus the basemap's when a deployment configures one.</summary>
public sealed class SecurityHeadersTests
{
    [Fact]
    public void WithoutTilesThePagePolicyIsUnchanged()
    {
        Assert.Null(new PageOptions().TilesOrigin);
        Assert.Equal(SecurityHeaders.HtmlPolicy, SecurityHeaders.WithImagesFrom(SecurityHeaders.HtmlPolicy, new PageOptions().TilesOrigin));
    }

    [Fact]
    public void ConfiguredTilesAddTheirOriginToImgSrcOnly()
    {
        var options = new PageOptions("https://tile.openstreetmap.org/{z}/{x}/{y}.png", "© OpenStreetMap");
        var policy = SecurityHeaders.WithImagesFrom(SecurityHeaders.HtmlPolicy, options.TilesOrigin);

        Assert.Equal("https://tile.openstreetmap.org", options.TilesOrigin);
        Assert.Contains("img-src 'self' data: https://tile.openstreetmap.org;", policy);
        Assert.Contains("script-src 'self';", policy);
        Assert.Contains("frame-ancestors 'none'", policy);
    }

    [Fact]
    public void OnlyEmbedsMayBeFramed()
    {
        Assert.Contains("frame-ancestors *", SecurityHeaders.EmbedPolicy);
        Assert.Contains("frame-ancestors 'none'", SecurityHeaders.HtmlPolicy);
    }
}
