using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using LifeCircle.Api.Rendering;
using LifeCircle.Tests.Shared;
using SkiaSharp;

namespace LifeCircle.Api.Tests.Functions;

[Collection(ApiCollection.Name)]
public class ChartFunctionsTests(ApiHostFixture api)
{
    private const string District = "/api/districts/150303";
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    private async Task<HttpResponseMessage> GetAsync(string url, string? acceptLanguage = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        if (acceptLanguage is not null)
        {
            request.Headers.TryAddWithoutValidation("Accept-Language", acceptLanguage);
        }

        return await api.Client.SendAsync(request);
    }

    private async Task<XDocument> SvgAsync(string url, string? acceptLanguage = null)
    {
        var response = await GetAsync(url, acceptLanguage);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(SvgRenderer.MediaType, response.Content.Headers.ContentType!.MediaType);
        return XDocument.Parse(await response.Content.ReadAsStringAsync());
    }

    private static List<string> Texts(XDocument svg) => [.. svg.Descendants(Svg + "text").Select(t => t.Value)];

    private string SourceLine(string language) => language == "zh"
        ? $"LifeCircle Open Data，{api.Sample.District.Name.Zh}，版本 {api.Published.Version.Version}，CC BY 4.0"
        : $"LifeCircle Open Data, {api.Sample.District.Name.En}, version {api.Published.Version.Version}, CC BY 4.0";

    [Theory]
    [InlineData("/charts/coverage.svg?lang=en", "en")]
    [InlineData("/charts/coverage.svg?lang=zh&category=kindergarten&population=elderly", "zh")]
    [InlineData("/maps/access.svg?lang=en&category=home-care-station&scenario=with-planned", "en")]
    [InlineData("/maps/access.svg?lang=zh", "zh")]
    public async Task AnSvgDownloadIsValidXmlInItsLanguageAndShowsTheSourceLine(string path, string language)
    {
        var svg = await SvgAsync(District + path);

        Assert.Equal(Svg + "svg", svg.Root!.Name);
        Assert.Equal(language, svg.Root.Attribute(XNamespace.Xml + "lang")!.Value);
        Assert.Contains(SourceLine(language), Texts(svg));
    }

    [Fact]
    public async Task TheCoverageChartHasOneLabelledRowPerAreaWithResidentsAndThreeThresholdBarsForACategory()
    {
        var svg = await SvgAsync($"{District}/charts/coverage.svg?lang=en&category=home-care-station");
        var texts = Texts(svg);
        var huayuan = api.Sample.Areas.Single(a => a.Code == "150303001008");

        Assert.Contains(huayuan.Name.En, texts);
        Assert.Contains(api.Sample.Circles.Single(c => c.Id == "north").Name.En, texts);
        Assert.Contains("5 min", texts);
        Assert.Contains("15 min", texts);
        var bars = svg.Descendants(Svg + "rect").Select(r => r.Element(Svg + "title")?.Value).Where(t => t is not null && t.StartsWith(huayuan.Name.En + " · ", StringComparison.Ordinal)).ToList();
        Assert.Equal(3, bars.Count);
    }

    [Fact]
    public async Task TheBarsShowTheSharesTheCoverageJsonGives()
    {
        var (_, json) = await api.GetJsonAsync($"{District}/coverage?area=150303001008&category=kindergarten&scenario=with-planned");
        var svg = await SvgAsync($"{District}/charts/coverage.svg?lang=en&category=kindergarten&scenario=with-planned");
        var name = api.Sample.Areas.Single(a => a.Code == "150303001008").Name.En;
        var tooltips = svg.Descendants(Svg + "rect").Select(r => r.Element(Svg + "title")?.Value).OfType<string>().ToList();

        foreach (var row in json.GetProperty("categories").EnumerateArray())
        {
            var percent = Core.Charts.BarChart.Percent(row.GetProperty("share").GetDouble());
            Assert.Contains($"{name} · {row.GetProperty("threshold").GetInt32()} min: {percent}", tooltips);
        }
    }

    [Theory]
    [InlineData(null, "zh")]
    [InlineData("en-GB,en;q=0.8", "en")]
    [InlineData("fr, zh-CN;q=0.5", "zh")]
    public async Task WithoutLangTheAcceptLanguageHeaderChoosesAndChineseIsTheDefault(string? acceptLanguage, string expected)
    {
        var response = await GetAsync($"{District}/charts/coverage.svg", acceptLanguage);
        var svg = XDocument.Parse(await response.Content.ReadAsStringAsync());

        Assert.Equal(expected, svg.Root!.Attribute(XNamespace.Xml + "lang")!.Value);
        Assert.Contains("Accept-Language", response.Headers.Vary);
    }

    [Theory]
    [InlineData("/charts/coverage.png?lang=zh")]
    [InlineData("/maps/access.png?lang=en&category=kindergarten")]
    public async Task APngDownloadIsAnImageTwiceTheSizeOfItsSvg(string path)
    {
        var png = await GetAsync(District + path);
        Assert.Equal(HttpStatusCode.OK, png.StatusCode);
        Assert.Equal(PngRenderer.MediaType, png.Content.Headers.ContentType!.MediaType);
        using var bitmap = SKBitmap.Decode(await png.Content.ReadAsByteArrayAsync());
        var svg = await SvgAsync(District + path.Replace(".png", ".svg", StringComparison.Ordinal));

        Assert.Equal(2 * double.Parse(svg.Root!.Attribute("width")!.Value, System.Globalization.CultureInfo.InvariantCulture), bitmap.Width);
        Assert.Equal(2 * double.Parse(svg.Root!.Attribute("height")!.Value, System.Globalization.CultureInfo.InvariantCulture), bitmap.Height, 1.0);
    }

    /// <summary>The dashboard map's classes as its script colours blocks: (upper bound in minutes, colour) per class, then the colour beyond the last.</summary>
    private static (List<(double Bound, string Colour)> Classes, string Beyond) DashboardMapClasses()
    {
        var script = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "src", "LifeCircle.Api", "Rendering", "Html", "Assets", "pages.js"));
        var colours = Regex.Matches(Regex.Match(script, @"var colours = \{([^}]*)\}").Groups[1].Value, @"(\w+): ""(#[0-9a-f]{6})""")
            .ToDictionary(m => m.Groups[1].Value, m => m.Groups[2].Value);
        var classes = colours.Keys.Where(k => k != "beyond").Select(k => (Bound: double.Parse(k, CultureInfo.InvariantCulture), Colour: colours[k])).OrderBy(c => c.Bound).ToList();
        return (classes, colours["beyond"]);
    }

    [Theory]
    [InlineData("zh", new[] { "5 分钟以内", "5–10 分钟", "10–15 分钟", "超过 15 分钟或不可达" })]
    [InlineData("en", new[] { "within 5 min", "5–10 min", "10–15 min", "over 15 min or not reachable" })]
    public async Task TheAccessMapsLegendHasTheDashboardMapsClassesAndColours(string lang, string[] labels)
    {
        var (classes, beyond) = DashboardMapClasses();
        var svg = await SvgAsync($"{District}/maps/access.svg?category=home-care-station&lang={lang}");

        var swatches = svg.Descendants(Svg + "rect").Where(r => r.Attribute("width")?.Value == "18" && r.Attribute("height")?.Value == "14").ToList();
        Assert.Equal([.. classes.Select(c => c.Colour), beyond], swatches.Select(s => s.Attribute("fill")!.Value));
        Assert.Equal(labels, swatches.Select(s => Regex.Replace(((XElement)s.NextNode!).Value, @" \(\d+\)$", "")));
        Assert.Equal([5.0, 10, 15], classes.Select(c => c.Bound));
    }

    [Fact]
    public async Task ACategoryChartsBarsHaveTheDashboardChartsColoursFor5And10And15Minutes()
    {
        var (classes, _) = DashboardMapClasses();
        var svg = await SvgAsync($"{District}/charts/coverage.svg?category=home-care-station&lang=en");

        var bars = svg.Descendants(Svg + "rect").Where(r => r.Element(Svg + "title") is not null)
            .Select(r => (Minutes: Regex.Match(r.Element(Svg + "title")!.Value, @" · (\d+) min: ").Groups[1].Value, Fill: r.Attribute("fill")!.Value)).ToList();
        Assert.NotEmpty(bars);
        Assert.All(bars, b => Assert.Equal(classes.Single(c => c.Bound == double.Parse(b.Minutes, CultureInfo.InvariantCulture)).Colour, b.Fill));
    }

    [Theory]
    [InlineData("existing", "minutes_existing")]
    [InlineData("with-planned", "minutes_with_planned")]
    public async Task EveryBlockOnTheAccessMapHasTheColourTheDashboardMapGivesItsMinutes(string scenario, string property)
    {
        var (classes, beyond) = DashboardMapClasses();
        var (_, access) = await api.GetJsonAsync($"{District}/collections/access/items?category=home-care-station&limit=10000");
        var minutes = access.GetProperty("features").EnumerateArray().Where(f => f.GetProperty("geometry") is { ValueKind: System.Text.Json.JsonValueKind.Object } g && g.GetProperty("type").GetString() is "Polygon" or "MultiPolygon")
            .ToDictionary(f => f.GetProperty("properties").GetProperty("block").GetString()!, f => f.GetProperty("properties").GetProperty(property) is { ValueKind: System.Text.Json.JsonValueKind.Number } m ? m.GetDouble() : (double?)null);
        var svg = await SvgAsync($"{District}/maps/access.svg?category=home-care-station&scenario={scenario}&lang=en");

        var blocks = svg.Descendants(Svg + "path").Select(p => (Block: p.Element(Svg + "title")!.Value.Split(": ")[0], Fill: p.Attribute("fill")!.Value)).ToList();
        Assert.Equal(minutes.Count, blocks.Count);
        Assert.Contains(minutes.Values, m => m is null or > 15);
        Assert.All(blocks, b => Assert.Equal(minutes[b.Block] is { } m && classes.FirstOrDefault(c => m <= c.Bound) is { Colour: { } c } ? c : beyond, b.Fill));
    }

    [Theory]
    [InlineData("/charts/coverage.svg?lang=fr", "lang")]
    [InlineData("/charts/coverage.svg?population=children", "population")]
    [InlineData("/charts/coverage.svg?theme=elderly-care&population=elderly", "population")]
    [InlineData("/charts/coverage.svg?theme=elderly-care&category=kindergarten", "category")]
    [InlineData("/charts/coverage.png?scenario=someday", "scenario")]
    [InlineData("/charts/coverage.svg?f=png", "f")]
    [InlineData("/maps/access.svg?category=casino", "category")]
    [InlineData("/maps/access.png?area=north", "area")]
    public async Task BadChartParametersGive400NamingTheParameter(string path, string parameter)
    {
        var (response, body) = await api.GetJsonAsync(District + path);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal(parameter, body.GetProperty("parameter").GetString());
    }

    [Theory]
    [InlineData("/charts/coverage.gif")]
    [InlineData("/maps/access.json")]
    public async Task AFileFormatOtherThanSvgOrPngIsNotFound(string path)
    {
        var (response, body) = await api.GetJsonAsync(District + path);
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains(".svg", body.GetProperty("detail").GetString());
    }
}
