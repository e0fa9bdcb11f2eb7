using System.Text;
using System.Xml.Linq;
using LifeCircle.Api.Functions;
using LifeCircle.Api.Http;
using LifeCircle.Api.Rendering;
using LifeCircle.Core.Model;
using LifeCircle.Core.Publishing;
using LifeCircle.Tests.Shared;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Abstractions;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Logging.Abstractions;

namespace LifeCircle.Api.Tests.Functions;

/// <summary>Chart and map images say on themselves when the dataset's values are illustrative, as the pages do, and say nothing when all are sourced.</summary>
public class SampleDataLabelTests
{
    private const string NoticeZh = "注意：本数据集的部分数据是示意数据，不是实测或官方数据。";
    private const string NoticeEn = "Note: parts of this dataset are illustrative, not measured or official.";
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    /// <summary>A store with one test district whose layers have the given origins.</summary>
    private static async Task<ChartFunctions> ChartsAsync(params string[] origins)
    {
        var store = new InMemoryDistrictDataStore();
        var dataset = TestDatasets.Build("999001");
        var provenance = origins.Select((o, i) => (Layer: $"layer{i}", Origin: o)).ToDictionary(p => p.Layer, p => new LayerProvenance(p.Origin, "test"));
        await DatasetPublisher.PublishAsync(store, dataset with { Metadata = dataset.Metadata with { Provenance = provenance } });
        var api = new InMemoryApi(store);
        return new ChartFunctions(new DocumentEndpoint(api.Versions, new ContentNegotiation([new JsonRenderer(), new SvgRenderer()]), NullLogger<DocumentEndpoint>.Instance));
    }

    private static async Task<List<string>> TextsAsync(ChartFunctions charts, string chart, string lang)
    {
        var req = InMemoryApi.Get($"/api/districts/999001/{chart}.svg?lang={lang}");
        var result = chart == "charts/coverage" ? charts.Coverage(req, "999001", "svg", default) : charts.Access(req, "999001", "svg", default);
        var context = req.HttpContext;
        await (await result).ExecuteResultAsync(new ActionContext(context, new RouteData(), new ActionDescriptor()));
        var body = Encoding.UTF8.GetString(((MemoryStream)context.Response.Body).ToArray());
        Assert.True(context.Response.StatusCode == StatusCodes.Status200OK, body);
        var svg = XDocument.Parse(body);
        return [.. svg.Descendants(Svg + "text").Select(t => t.Value)];
    }

    [Theory]
    [InlineData("charts/coverage", "illustrative")]
    [InlineData("maps/access", "illustrative")]
    [InlineData("charts/coverage", "mixed")]
    [InlineData("maps/access", "mixed")]
    public async Task AnImageOfADatasetWithIllustrativeValuesCarriesThePagesNoticeInItsLanguage(string chart, string origin)
    {
        var charts = await ChartsAsync("sourced", origin);

        Assert.Contains(NoticeZh, await TextsAsync(charts, chart, "zh"));
        Assert.Contains(NoticeEn, await TextsAsync(charts, chart, "en"));
    }

    [Theory]
    [InlineData("charts/coverage")]
    [InlineData("maps/access")]
    public async Task AnImageOfADatasetWhoseValuesAreAllSourcedCarriesNoNotice(string chart)
    {
        var charts = await ChartsAsync("sourced", "sourced");

        foreach (var lang in new[] { "zh", "en" })
        {
            var texts = await TextsAsync(charts, chart, lang);
            Assert.Contains(texts, t => t.StartsWith("LifeCircle Open Data", StringComparison.Ordinal));
            Assert.DoesNotContain(texts, t => t.Contains("示意", StringComparison.Ordinal) || t.Contains("illustrative", StringComparison.OrdinalIgnoreCase));
        }
    }
}
