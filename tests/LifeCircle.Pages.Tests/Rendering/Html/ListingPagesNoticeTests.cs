using LifeCircle.Core.Documents;
using LifeCircle.Core.Model;

using static LifeCircle.Pages.Tests.Rendering.Html.ListingFixtures;

namespace LifeCircle.Pages.Tests.Rendering.Html;

/// <summary>The pages over every district (home, catalogue) carry the illustrative-data notice the district pages show, naming the districts it concerns when several are listed.</summary>
public sealed class ListingPagesNoticeTests
{
    private const string NoticeZh = "注意：本数据集的部分数据是示意数据，不是实测或官方数据。";
    private const string NoticeEn = "Note: parts of this dataset are illustrative, not measured or official.";

    [Theory]
    [InlineData("zh", NoticeZh)]
    [InlineData("en", NoticeEn)]
    public void TheHomePageCarriesTheNoticeWhenAListedDatasetIsIllustrative(string lang, string notice)
    {
        var page = Render(new DistrictListDocument([Landing("150303", Hainan, illustrative: true)], []), lang);

        Assert.Contains(notice, page);
    }

    [Fact]
    public void TheHomePageNamesTheDistrictsTheNoticeConcernsWhenSeveralAreListed()
    {
        var list = new DistrictListDocument([Landing("150303", Hainan, illustrative: true), Landing("510107", Wuhou, illustrative: false)], []);

        var zh = Render(list, "zh");
        var en = Render(list, "en");

        Assert.Contains($"{NoticeZh}（涉及：海南区）", zh);
        Assert.Contains($"{NoticeEn} (Concerns: Hainan District)", en);
    }

    [Fact]
    public void TheHomePageHasNoNoticeWhenEveryListedDatasetIsSourced()
    {
        var page = Render(new DistrictListDocument([Landing("510107", Wuhou, illustrative: false)], []), "zh");

        Assert.DoesNotContain(NoticeZh, page);
    }

    [Theory]
    [InlineData("zh", NoticeZh)]
    [InlineData("en", NoticeEn)]
    public void TheCataloguePageCarriesTheNoticeForItsIllustrativeDatasets(string lang, string notice)
    {
        var page = Render(new CatalogDocument(new Dictionary<string, object?>(), [Hainan]), lang);

        Assert.Contains(notice, page);
        Assert.DoesNotContain(NoticeZh, Render(new CatalogDocument(new Dictionary<string, object?>(), []), "zh"));
    }

    [Fact]
    public void TheCataloguePageNamesTheDistrictsTheNoticeConcernsWhenSeveralDatasetsAreListed()
    {
        var jsonLd = new Dictionary<string, object?> { ["dcat:dataset"] = new[] { new Dictionary<string, object?>(), new Dictionary<string, object?>() } };

        var page = Render(new CatalogDocument(jsonLd, [Hainan]), "en");

        Assert.Contains($"{NoticeEn} (Concerns: Hainan District)", page);
    }
}
