using System.Text;
using LifeCircle.Api.Rendering.Html;
using LifeCircle.Core.Documents;
using LifeCircle.Core.Model;

namespace LifeCircle.Pages.Tests.Rendering.Html;

/// <summary>A district's landing document with a package's full metadata (description, publisher, version label, sources), and a page rendered from a document.</summary>
internal static class ListingFixtures
{
    public static readonly LocalizedText Wuhou = new("武侯区", "Wuhou District");
    public static readonly LocalizedText Hainan = new("海南区", "Hainan District");

    public static string Render(Document document, string lang) =>
        Encoding.UTF8.GetString(new HtmlRenderer().Render(document, PageContext.Plain with { Lang = lang }).Span);

    public static LandingDocument Landing(string code, LocalizedText name, bool illustrative) => new(
        "Test", new("测试", "Test"), "Facility register of the district.", new("本区设施台账。", "Facility register of the district."),
        code, name, 1000, "abc123", DateTimeOffset.UnixEpoch, 3, new DatasetLicence("CC-BY-4.0", "CC BY 4.0", "https://creativecommons.org/licenses/by/4.0/"),
        "武侯区大数据中心", "2025.2", [new DataSource("ledger", "武侯区设施台账", null, null), new DataSource("osm", "OpenStreetMap", "https://www.openstreetmap.org/copyright", "ODbL-1.0")],
        illustrative, [new Link($"http://api.test/api/districts/{code}", "self", "application/json", "This landing page")]);
}
