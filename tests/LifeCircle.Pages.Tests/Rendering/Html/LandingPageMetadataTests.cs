using System.Text;
using LifeCircle.Api.Rendering.Html;
using LifeCircle.Core.Documents;
using LifeCircle.Core.Model;

namespace LifeCircle.Pages.Tests.Rendering.Html;

/// <summary>The landing page shows what the district's package says about its dataset: its description in the page's language, publisher, version label and sources.</summary>
public sealed class LandingPageMetadataTests
{
    private static readonly LocalizedText Wuhou = new("武侯区", "Wuhou District");

    private static string Render(Document document, string lang) =>
        Encoding.UTF8.GetString(new HtmlRenderer().Render(document, PageContext.Plain with { Lang = lang }).Span);

    private static LandingDocument Landing(string code, LocalizedText name, bool illustrative) => new(
        "Test", new("测试", "Test"), "Facility register of the district.", new("本区设施台账。", "Facility register of the district."),
        code, name, 1000, "abc123", DateTimeOffset.UnixEpoch, 3, new DatasetLicence("CC-BY-4.0", "CC BY 4.0", "https://creativecommons.org/licenses/by/4.0/"),
        "武侯区大数据中心", "2025.2", [new DataSource("ledger", "武侯区设施台账", null, null), new DataSource("osm", "OpenStreetMap", "https://www.openstreetmap.org/copyright", "ODbL-1.0")],
        illustrative, [new Link($"http://api.test/api/districts/{code}", "self", "application/json", "This landing page")]);

    [Theory]
    [InlineData("zh", "本区设施台账。")]
    [InlineData("en", "Facility register of the district.")]
    public void TheLandingPageShowsThePackagesDescriptionInItsLanguageWithPublisherVersionLabelAndSources(string lang, string description)
    {
        var page = Render(Landing("510107", Wuhou, illustrative: false), lang);

        Assert.Contains($"<p>{description}</p>", page);
        Assert.Contains("武侯区大数据中心", page);
        Assert.Contains("2025.2", page);
        Assert.Contains("武侯区设施台账", page);
        Assert.Contains("<a href=\"https://www.openstreetmap.org/copyright\">OpenStreetMap</a>", page);
    }
}
