using System.Globalization;
using System.Text;
using System.Text.Json;
using LifeCircle.Core.Data;
using LifeCircle.Core.Data.Packages;
using LifeCircle.Core.Features;
using NetTopologySuite.Geometries;

namespace LifeCircle.Api.Rendering;

/// <summary>Writes a whole collection as a GeoJSON or CSV file, feature by feature.</summary>
public static class LayerDownloads
{
    public static IReadOnlyDictionary<string, string> Formats { get; } = new Dictionary<string, string>
    {
        ["geojson"] = "application/geo+json",
        ["csv"] = "text/csv; charset=utf-8",
    };

    public static async Task WriteGeoJsonAsync(Stream body, IReadOnlyList<FeatureRecord> features, CancellationToken ct)
    {
        await using var writer = new Utf8JsonWriter(body, new JsonWriterOptions { Encoder = JsonText.Encoder });
        writer.WriteStartObject();
        writer.WriteString("type", "FeatureCollection");
        writer.WriteStartArray("features");
        for (int i = 0; i < features.Count; i++)
        {
            writer.WriteRawValue(FeatureRecords.ToJson(features[i]));
            if (i % 200 == 199)
            {
                await writer.FlushAsync(ct);
            }
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
        await writer.FlushAsync(ct);
    }

    /// <summary>CSV with a UTF-8 BOM (so Excel reads Chinese text): id, lon and lat for points or wkt otherwise, then every property.</summary>
    public static async Task WriteCsvAsync(Stream body, IReadOnlyList<FeatureRecord> features, IReadOnlyList<QueryableProperty> queryables, CancellationToken ct)
    {
        var columns = queryables.Select(q => q.Name)
            .Concat(features.SelectMany(f => f.Properties.Select(p => p.Key)))
            .Distinct().ToList();
        bool points = features.All(f => f.Geometry is null or Point);
        await using var writer = new StreamWriter(body, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true), 64 * 1024) { NewLine = "\r\n" };
        await writer.WriteLineAsync(string.Join(',', new[] { "id" }.Concat(points ? ["lon", "lat"] : ["wkt"]).Concat(columns).Select(Csv.Escape)));
        int n = 0;
        foreach (var f in features)
        {
            var location = f.Geometry switch
            {
                null => points ? ["", ""] : [""],
                Point p when points => [Number(p.X), Number(p.Y)],
                var g => new[] { g.AsText() },
            };
            var cells = new[] { f.Id }.Concat(location).Concat(columns.Select(c => Cell(f[c])));
            await writer.WriteLineAsync(string.Join(',', cells.Select(Csv.Escape)));
            if (++n % 500 == 0)
            {
                await writer.FlushAsync(ct);
            }
        }

        await writer.FlushAsync(ct);
    }

    private static string Number(double v) => v.ToString("R", CultureInfo.InvariantCulture);

    private static string Cell(object? value) => value switch
    {
        null => "",
        string s => s,
        double d => Number(d),
        bool b => b ? "true" : "false",
        string[] a => string.Join(';', a),
        var other => Convert.ToString(other, CultureInfo.InvariantCulture) ?? "",
    };
}
