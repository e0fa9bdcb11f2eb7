using System.Text;
using LifeCircle.Api.Rendering.Html;
using LifeCircle.Core.Documents;
using LifeCircle.Core.Model;

namespace LifeCircle.Pages.Tests.Rendering.Html;

/// <summary>The pages over every district (home, catalogue) carry the illustrative-data notice the district pages show, naming the districts it concerns when several are listed.</summary>
public sealed class ListingPagesNoticeTests
{
    private const string NoticeZh = "注意：本数据集的部分数据是示意数据，不是实测或官方数据。";
    private const string NoticeEn = "Note: parts of this dataset are illustrative, not measured or official.";

    private static string Render(Document document, string lang) =>
        Encoding.UTF8.GetString(new HtmlRenderer().Render(document, PageContext.Plain with { Lang = lang }).Span);

    private static LandingDocument Landing(string code, LocalizedText name, bool illustrative) => new(
        "Test", new("测试", "Test"), "Facility register of the district.", new("本区设施台账。", "Facility register of the district."),
        code, name, 1000, "abc123", DateTimeOffset.UnixEpoch, 3, new DatasetLicence("CC-BY-4.0", "CC BY 4.0", "https://creativecommons.org/licenses/by/4.0/"),
        "武侯区大数据中心", "2025.2", [new DataSource("ledger", "武侯区设施台账", null, null), new DataSource("osm", "OpenStreetMap", "https://www.openstreetmap.org/copyright", "ODbL-1.0")],
        illustrative, [new Link($"http://api.test/api/districts/{code}", "self", "application/json", "This landing page")]);

    private static readonly LocalizedText Wuhou = new("武侯区", "Wuhou District");
    private static readonly LocalizedText Hainan = new("海南区", "Hainan District");

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
