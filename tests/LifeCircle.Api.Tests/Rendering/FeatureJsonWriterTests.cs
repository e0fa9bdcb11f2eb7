using System.Text;
using System.Text.Json;
using LifeCircle.Api.Rendering;
using LifeCircle.Core.Data;
using LifeCircle.Core.Documents;
using LifeCircle.Core.Features;
using LifeCircle.Core.Geodesy;
using LifeCircle.Core.Queries;
using LifeCircle.Core.Requests;
using NetTopologySuite.Geometries;

namespace LifeCircle.Api.Tests.Rendering;

public class FeatureJsonWriterTests
{
    private static readonly Link[] Links =
    [
        new("http://example.org/items?limit=2&cursor=a\"b<c>", "self", MediaTypes.GeoJson, "This page"),
        new("http://example.org/collections/facilities", "collection", null, "设施 & \"services\""),
        new("https://example.org/licence", "license", "text/html"),
        new("http://example.org/items?f=html", "alternate"),
    ];

    private static ItemsDocument Page(IReadOnlyList<Link> links) => new(Collections.Facilities.Id,
        new FeaturePage([new FeatureRecord("1", GeoJson.Factory.CreatePoint(new Coordinate(106.8, 39.4)), [new("name_zh", "华苑社区"), new("year", 2020.0)])], 1),
        new OutputOptions(CoordinateSystems.Crs84, null, false), "v1", links, new DateTimeOffset(2026, 5, 1, 8, 0, 0, TimeSpan.Zero));

    [Fact]
    public void APagesLinksAreWrittenExactlyAsTheSerializerWritesThem()
    {
        var json = Encoding.UTF8.GetString(FeatureJsonWriter.Collection(Page(Links)).Span);
        var expected = JsonSerializer.Serialize(Links, JsonText.Compact);

        Assert.Contains($"\"links\":{expected},\"features\":", json);
    }

    [Fact]
    public void APageWithoutLinksHasAnEmptyLinksArray()
    {
        var json = Encoding.UTF8.GetString(FeatureJsonWriter.Collection(Page([])).Span);

        Assert.Contains("\"links\":[],\"features\":[{\"type\":\"Feature\",\"id\":\"1\"", json);
        using var parsed = JsonDocument.Parse(json);
        Assert.Equal(1, parsed.RootElement.GetProperty("numberReturned").GetInt32());
    }
}
