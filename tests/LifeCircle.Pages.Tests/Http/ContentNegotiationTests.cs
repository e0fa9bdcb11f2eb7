using LifeCircle.Api.Http;
using LifeCircle.Api.Rendering;
using LifeCircle.Api.Rendering.Html;
using LifeCircle.Core.Documents;
using LifeCircle.Core.Problems;
using Microsoft.AspNetCore.Http;

namespace LifeCircle.Pages.Tests.Http;

/// <summary>Browsers get pages, API clients get JSON: Accept read by quality and specificity, f= and lang= checked.</summary>
public sealed class ContentNegotiationTests
{
    private static readonly ContentNegotiation Negotiation = new([new JsonRenderer(), new HtmlRenderer()]);

    private static IDocumentRenderer Chosen(string? accept, string query = "")
    {
        var context = new DefaultHttpContext();
        context.Request.QueryString = new QueryString(query);
        if (accept is not null)
        {
            context.Request.Headers.Accept = accept;
        }

        return Negotiation.Choose(context.Request, new ConformanceDocument([])).Renderer;
    }

    [Theory]
    [InlineData("text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,*/*;q=0.8")]
    [InlineData("text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8")]
    [InlineData("application/json;q=0.5, text/html")]
    [InlineData("text/*")]
    public void ABrowsersAcceptGetsTheHtmlPage(string accept) => Assert.IsType<HtmlRenderer>(Chosen(accept));

    [Theory]
    [InlineData(null)]
    [InlineData("*/*")]
    [InlineData("application/json")]
    [InlineData("application/json, text/html;q=0.9")]
    [InlineData("text/html;q=0.5, application/*")]
    public void AnApiClientGetsJson(string? accept) => Assert.IsType<JsonRenderer>(Chosen(accept));

    [Fact]
    public void FOverridesAccept()
    {
        Assert.IsType<JsonRenderer>(Chosen("text/html", "?f=json"));
        Assert.IsType<HtmlRenderer>(Chosen("application/json", "?f=html"));
    }

    [Fact]
    public void AnAcceptThatAllowsNeitherIsNotAcceptable() =>
        Assert.Equal(406, Assert.Throws<ProblemException>(() => Chosen("text/csv")).Status);

    [Theory]
    [InlineData("image/gif", "", true)]
    [InlineData("application/xml, image/*;q=0", "", true)]
    [InlineData("text/csv", "", false)] // written for the coverage, so only the resource can tell
    [InlineData("application/*", "", false)]
    [InlineData("image/gif", "?f=json", false)] // f= overrides Accept
    public void AnAcceptThatAllowsNothingAnyRendererWritesIsRefusedBeforeTheResourceIsBuilt(string accept, string query, bool refused)
    {
        var context = new DefaultHttpContext();
        context.Request.QueryString = new QueryString(query);
        context.Request.Headers.Accept = accept;
        var negotiation = new ContentNegotiation([new JsonRenderer(), new HtmlRenderer(), new CsvRenderer()]);

        var problem = Record.Exception(() => negotiation.CheckAcceptable(context.Request));

        Assert.Equal(refused ? 406 : null, (problem as ProblemException)?.Status);
    }

    [Theory]
    [InlineData("?lang=fr", "lang")]
    [InlineData("?f=xml", "f")]
    public void AnUnofferedLanguageOrFormatIsABadParameter(string query, string parameter)
    {
        var context = new DefaultHttpContext();
        context.Request.QueryString = new QueryString(query);
        var problem = Assert.Throws<ProblemException>(() => Negotiation.CheckFormat(context.Request));
        Assert.Equal(400, problem.Status);
        Assert.Equal(parameter, problem.Parameter);
    }
}
