using System.Globalization;
using LifeCircle.Core.Charts;
using LifeCircle.Core.Coverage;
using LifeCircle.Core.Documents;
using LifeCircle.Core.Features;
using LifeCircle.Core.Geodesy;
using LifeCircle.Core.Model;
using LifeCircle.Core.Problems;
using LifeCircle.Core.Queries;
using LifeCircle.Core.Requests;
using NetTopologySuite.Geometries;

namespace LifeCircle.Core.Operations;

/// <summary>The access map: each residential block coloured by its walking minutes to the nearest facility of a category.</summary>
public static class MapOperations
{
    /// <summary>The parameters of the access map besides f.</summary>
    public static IReadOnlyList<string> Parameters { get; } = ["category", "scenario", Languages.Parameter];

    /// <summary>The map, to be written as <paramref name="format"/>; without category=, the basic category that leaves most of the district's residents beyond its level.</summary>
    public static async Task<Document> AccessAsync(DistrictRequest r, string format, string? acceptLanguage, CancellationToken ct)
    {
        ChartFiles.Check(format, "maps/access");
        var query = new QueryReader(r.Query, [DistrictRequest.Format, .. Parameters]);
        var catalogue = await r.Version.CatalogueAsync(ct);
        var index = await CoverageOperations.IndexAsync(r.Version, ct);
        var scenario = query.OneOf("scenario", [.. Scenarios.All]) ?? Scenarios.Existing;
        var category = query.OneOf("category", [.. catalogue.Categories.Select(c => c.Code)])
            ?? index.ByArea.GetValueOrDefault(r.Version.District.Code)?.Headlines.FirstOrDefault(h => h.Scenario == scenario)?.Limiting.FirstOrDefault()?.Category
            ?? catalogue.Categories.OrderBy(c => c.Tier).Select(c => c.Code).FirstOrDefault()
            ?? throw ProblemException.NotFound($"District {r.Version.District.Code}'s dataset version has no facility categories to map.");
        var lang = Languages.Choose(query.Optional(Languages.Parameter), acceptLanguage);
        var labels = await CoverageOperations.LabelsAsync(r.Version, catalogue, ct);

        var blocks = (await r.Version.SnapshotAsync(Collections.Access, ct))
            .Query(new FeatureQuery { PropertyEquals = [new("category", category)], Limit = int.MaxValue }).Features
            .Where(f => f.Geometry is Polygon or MultiPolygon).ToList();
        var projection = new LocalTransverseMercator(Centre(blocks));
        var property = scenario == Scenarios.Existing ? "minutes_existing" : "minutes_with_planned";
        var regions = blocks.Select(f =>
        {
            double? minutes = f[property] is double m ? m : null;
            return new MapRegion(Rings(f.Geometry!, projection), Class(minutes), Tooltip(f, minutes, lang));
        }).ToList();

        var name = labels.Category(category).In(lang);
        int level = catalogue.Categories.Single(c => c.Code == category).WalkingMinutes;
        var title = lang == "zh" ? $"各居住街坊步行到最近的{name}所需分钟数" : $"Walking minutes from each residential block to the nearest {name}";
        var subtitle = ChartTexts.Subtitle(labels, scenario, r.Version.Id, lang) + (lang == "zh" ? $" · 步行等级 {level} 分钟" : $" · walking level {level} min");
        var drawing = Choropleth.Draw(new MapData(title, subtitle, regions, Classes(lang),
            ChartTexts.SourceLine(r.Version, lang), m => ChartTexts.Metres(m, lang), lang, ChartTexts.Notice(catalogue.Metadata, lang)));
        return new ChartDocument(r.Version.District.Code, r.Version.Id, drawing, format);
    }

    /// <summary>The legend class of a walking time, as the dashboard map classes it: the first coverage threshold (5, 10, 15) it is within, else beyond the last (also when not reachable, null).</summary>
    public static int Class(double? minutes)
    {
        var thresholds = CoverageComputation.Thresholds;
        return minutes is { } m ? thresholds.Count(t => m > t) : thresholds.Count;
    }

    /// <summary>The legend classes of the access map, as the dashboard map draws them too: within 5, 5–10, 10–15 minutes, over 15 or not reachable.</summary>
    public static IReadOnlyList<MapClass> Classes(string lang)
    {
        var thresholds = CoverageComputation.Thresholds;
        var labels = thresholds.Select((t, i) => i == 0
            ? (lang == "zh" ? $"{t} 分钟以内" : $"within {t} min")
            : $"{thresholds[i - 1]}–{t}" + (lang == "zh" ? " 分钟" : " min")).ToList();
        labels.Add(lang == "zh" ? $"超过 {thresholds[^1]} 分钟或不可达" : $"over {thresholds[^1]} min or not reachable");
        return [.. labels.Select((l, i) => new MapClass(l, WalkingColours.Classes[i]))];
    }

    private static string Tooltip(FeatureRecord f, double? minutes, string lang)
    {
        var time = minutes is { } m ? m.ToString("0.#", CultureInfo.InvariantCulture) + (lang == "zh" ? " 分钟" : " min") : (lang == "zh" ? "不可达" : "not reachable");
        return $"{f["block"]}: {time}";
    }

    private static GeoPosition Centre(IReadOnlyList<FeatureRecord> features)
    {
        var envelope = new Envelope();
        foreach (var f in features)
        {
            envelope.ExpandToInclude(f.Geometry!.EnvelopeInternal);
        }

        return envelope.IsNull ? new GeoPosition(0, 0) : new GeoPosition(envelope.Centre.X, envelope.Centre.Y);
    }

    private static IReadOnlyList<IReadOnlyList<PointXY>> Rings(Geometry geometry, LocalTransverseMercator projection)
    {
        var rings = new List<IReadOnlyList<PointXY>>();
        for (int i = 0; i < geometry.NumGeometries; i++)
        {
            var polygon = (Polygon)geometry.GetGeometryN(i);
            foreach (var ring in new[] { polygon.ExteriorRing }.Concat(polygon.InteriorRings))
            {
                rings.Add([.. ring.Coordinates.Select(c => projection.Project(new GeoPosition(c.X, c.Y))).Select(p => new PointXY(p.X, p.Y))]);
            }
        }

        return rings;
    }
}
