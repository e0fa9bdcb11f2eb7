using System.Text.Json;

namespace LifeCircle.Api.Tests;

/// <summary>Checks the parts of RFC 7946 the API promises: structure, CRS84 ranges, ids.</summary>
public static class GeoJsonAssert
{
    public static void ValidFeatureCollection(JsonElement body)
    {
        Assert.Equal("FeatureCollection", body.GetProperty("type").GetString());
        Assert.Equal(JsonValueKind.Array, body.GetProperty("features").ValueKind);
        Assert.False(body.TryGetProperty("crs", out _), "RFC 7946 removed the crs member");
        foreach (var feature in body.GetProperty("features").EnumerateArray())
        {
            ValidPointFeature(feature);
        }
    }

    public static void ValidPointFeature(JsonElement feature)
    {
        Assert.Equal("Feature", feature.GetProperty("type").GetString());
        Assert.Equal(JsonValueKind.String, feature.GetProperty("id").ValueKind);
        Assert.Equal(JsonValueKind.Object, feature.GetProperty("properties").ValueKind);
        var geometry = feature.GetProperty("geometry");
        Assert.Equal("Point", geometry.GetProperty("type").GetString());
        var c = geometry.GetProperty("coordinates").EnumerateArray().Select(x => x.GetDouble()).ToArray();
        Assert.Equal(2, c.Length);
        Assert.InRange(c[0], -180, 180);
        Assert.InRange(c[1], -90, 90);

        // Wuhai lies at about 106.9°E 39.4°N: a swapped pair would put the first number near 39.
        Assert.InRange(c[0], 100, 112);
    }

    public static IReadOnlyList<string> Ids(JsonElement body) =>
        body.GetProperty("features").EnumerateArray().Select(f => f.GetProperty("id").GetString()!).ToList();

    public static string? Link(JsonElement body, string rel) =>
        body.GetProperty("links").EnumerateArray()
            .Where(l => l.GetProperty("rel").GetString() == rel)
            .Select(l => l.GetProperty("href").GetString())
            .FirstOrDefault();
}
