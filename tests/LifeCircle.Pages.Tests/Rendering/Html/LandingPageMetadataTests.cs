using LifeCircle.Core.Documents;
using LifeCircle.Core.Model;

using static LifeCircle.Pages.Tests.Rendering.Html.ListingFixtures;

namespace LifeCircle.Pages.Tests.Rendering.Html;

/// <summary>The landing page shows what the district's package says about its dataset: its description in the page's language, publisher, version label and sources.</summary>
public sealed class LandingPageMetadataTests
{
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

    [Theory]
    [InlineData("zh")]
    [InlineData("en")]
    public void TheLandingPageAndTheDistrictListWriteResidentsWithThousandsSeparatorsAsTheDashboardDoes(string lang)
    {
        var landing = Landing("510107", Wuhou, illustrative: false) with { Population = 1205000 };

        Assert.Contains("<dd>1,205,000</dd>", Render(landing, lang));
        Assert.Contains(">1,205,000</td>", Render(new DistrictListDocument([landing], []), lang));
    }
}
