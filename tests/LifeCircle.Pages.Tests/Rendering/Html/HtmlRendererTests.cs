using System.Text;
using LifeCircle.Api.Pages;
using LifeCircle.Api.Rendering.Html;
using LifeCircle.Core.Documents;

namespace LifeCircle.Pages.Tests.Rendering.Html;

/// <summary>The renderer writes any document, known or new, as a page, and never lets the data write markup.</summary>
public sealed class HtmlRendererTests
{
    /// <summary>A document type the renderer has never heard of, as another developer might add.</summary>
    private sealed record ImportRunDocument(string Id, string Status, IReadOnlyList<string> Steps) : Document;

    private static string Render(Document document, string lang = "zh") =>
        Encoding.UTF8.GetString(new HtmlRenderer().Render(document, PageContext.Plain with { Lang = lang }).Span);

    [Fact]
    public void ADocumentTypeWithoutATemplateOfItsOwnStillRendersAsAPageShowingItsJson()
    {
        var page = Render(new ImportRunDocument("import-7", "running", ["read", "check"]));

        Assert.Equal(PageTemplates.Generic, HtmlRenderer.TemplateOf(new ImportRunDocument("x", "y", [])));
        Assert.StartsWith("<!DOCTYPE html>", page);
        Assert.Contains("&quot;id&quot;: &quot;import-7&quot;", page);
        Assert.Contains("&quot;steps&quot;", page);
    }

    [Fact]
    public void TextFromTheDataIsEscapedNotInterpretedAndChineseStaysReadable()
    {
        var page = Render(new ImportRunDocument("<script>alert(1)</script>", "华苑社区", []));

        Assert.DoesNotContain("<script>alert(1)", page);
        Assert.Contains("&lt;script&gt;", page);
        Assert.Contains("华苑社区", page);
    }

    [Theory]
    [InlineData("zh", "zh-CN", "一刻钟社区生活圈开放数据")]
    [InlineData("en", "en", "LifeCircle Open Data")]
    public void ThePageIsWrittenInTheChosenLanguage(string lang, string htmlLang, string site)
    {
        var page = Render(new ConformanceDocument(["http://example.org/conf/core"]), lang);

        Assert.Contains($"<html lang=\"{htmlLang}\">", page);
        Assert.Contains(site, page);
        Assert.Contains("<a href=\"http://example.org/conf/core\">", page);
    }

    [Fact]
    public void EveryDocumentThePagesShowHasATemplateOfItsOwn()
    {
        Document[] documents =
        [
            new DistrictListDocument([], []), new ConformanceDocument([]), new CollectionsDocument([], [], []),
            new QueryablesDocument(new Dictionary<string, object>()), new CatalogDocument(new Dictionary<string, object?>()),
        ];
        Assert.All(documents, d => Assert.NotEqual(PageTemplates.Generic, HtmlRenderer.TemplateOf(d)));
        Assert.True(PageTemplates.Exists("dashboard") && PageTemplates.Exists("embed") && PageTemplates.Exists("items") && PageTemplates.Exists("feature"));
        Assert.Equal("dashboard", nameof(DashboardDocument)[..^"Document".Length].ToLowerInvariant());
    }
}
