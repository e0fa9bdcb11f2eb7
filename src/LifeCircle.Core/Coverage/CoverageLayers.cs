using System.Text.Json;
using LifeCircle.Core.Data;
using LifeCircle.Core.Features;
using LifeCircle.Core.Geodesy;
using LifeCircle.Core.Layers;
using LifeCircle.Core.Model;

namespace LifeCircle.Core.Coverage;

/// <summary>Turns a coverage result into publishable layers (access, gaps; isochrones, computed when first read) and per-area statistics documents.</summary>
public static class CoverageLayers
{
    /// <summary>Layer of blocks' walking minutes per category: one feature per (block, category).</summary>
    public const string Access = LayerIds.Access;

    /// <summary>Layer of (block, basic category) pairs beyond the category's level in the existing scenario.</summary>
    public const string Gap = LayerIds.Gaps;

    /// <summary>Layer of walking-time areas: one feature per (facility, threshold).</summary>
    public const string Isochrone = LayerIds.Isochrones;

    /// <summary>Document key of the method; statistics are under "coverage:{area}".</summary>
    public const string MethodDocument = "coverage-method";

    /// <summary>Document key of the list of areas with statistics (id and kind).</summary>
    public const string AreasDocument = "coverage-areas";

    public static string AreaDocument(string area) => "coverage:" + area;

    public static IReadOnlyList<FeatureRecord> AccessFeatures(Dataset d, CoverageResult result)
    {
        var list = new List<FeatureRecord>(d.Blocks.Count * d.Categories.Count);
        for (int b = 0; b < d.Blocks.Count; b++)
        {
            var block = d.Blocks[b];
            foreach (var c in d.Categories)
            {
                double existing = result.Blocks[b].Minutes[(c.Code, Scenarios.Existing)];
                double planned = result.Blocks[b].Minutes[(c.Code, Scenarios.WithPlanned)];
                list.Add(new FeatureRecord($"{block.Id}:{c.Code}", block.Geometry,
                [
                    new("block", block.Id), new("community", block.Community), new("category", c.Code), new("level_minutes", (double)c.WalkingMinutes),
                    new("basic", c.Tier == ServiceTier.Basic), new("population", (double)block.Population), new("elderly", Math.Round(block.Population * block.ElderlyShare, 1)),
                    new("minutes_existing", Minutes(existing)), new("minutes_with_planned", Minutes(planned)),
                    new("reaches_level_existing", CoverageComputation.Reaches(existing, c.WalkingMinutes)),
                    new("reaches_level_with_planned", CoverageComputation.Reaches(planned, c.WalkingMinutes)),
                    new("method", result.Method.Method), new("provenance", "computed"),
                ]));
            }
        }

        return list;
    }

    public static IReadOnlyList<FeatureRecord> GapFeatures(IReadOnlyList<FeatureRecord> access) =>
        access.Where(a => a["basic"] is true && a["reaches_level_existing"] is false)
            .Select(a => new FeatureRecord(a.Id, a.Geometry,
            [
                new("block", a["block"]), new("community", a["community"]), new("category", a["category"]), new("level_minutes", a["level_minutes"]),
                new("population", a["population"]), new("elderly", a["elderly"]), new("minutes_existing", a["minutes_existing"]),
                new("minutes_with_planned", a["minutes_with_planned"]), new("filled_by_planned", a["reaches_level_with_planned"]),
                new("method", a["method"]), new("provenance", "computed"),
            ]))
            .ToList();

    /// <summary>5/10/15-minute walking areas around every facility of a dataset, on its coverage network.</summary>
    public static IReadOnlyList<FeatureRecord> IsochroneFeatures(Dataset d, CoverageResult result, CoverageNetwork network, Walking walking) =>
        IsochroneFeatures(
            [.. d.Facilities.Select(f => new IsochroneFacility(f.Id, f.Name.Zh, f.Category, Vocabulary.Name(f.Status), f.Location))],
            new Isochrones(network.Graph, network.Projection, walking),
            result.Method);

    /// <summary>The walking areas around each facility at each of the method's thresholds: "{facility}:{minutes}", in parallel.</summary>
    public static IReadOnlyList<FeatureRecord> IsochroneFeatures(IReadOnlyList<IsochroneFacility> facilities, Isochrones isochrones, CoverageMethod method)
    {
        var thresholds = method.Thresholds;
        var all = new FeatureRecord[facilities.Count][];
        Parallel.For(0, facilities.Count, i =>
        {
            var f = facilities[i];
            var areas = isochrones.Around(f.Location, thresholds);
            all[i] = thresholds.Select((t, k) => new FeatureRecord($"{f.Id}:{t}", areas[k],
            [
                new("facility", f.Id), new("name_zh", f.NameZh), new("category", f.Category), new("status", f.Status),
                new("minutes", (double)t), new("method", method.Method), new("provenance", "computed"),
            ])).ToArray();
        });
        return all.SelectMany(x => x).ToList();
    }

    /// <summary>The method document and one statistics document per area, as JSON.</summary>
    public static IReadOnlyDictionary<string, string> Documents(CoverageResult result)
    {
        var areas = result.Headlines.Select(h => new CoverageAreaRef(h.Area, h.AreaKind)).Distinct().ToList();
        var docs = new Dictionary<string, string>
        {
            [MethodDocument] = JsonSerializer.Serialize(result.Method, JsonText.Compact),
            [AreasDocument] = JsonSerializer.Serialize(areas, JsonText.Compact),
        };
        foreach (var area in result.Headlines.Select(h => h.Area).Distinct())
        {
            docs[AreaDocument(area)] = JsonSerializer.Serialize(new AreaCoverage(
                result.Headlines.Where(h => h.Area == area).ToList(),
                result.Themes.Where(t => t.Area == area).ToList(),
                result.Categories.Where(c => c.Area == area).ToList()), JsonText.Compact);
        }

        return docs;
    }

    private static double? Minutes(double m) => double.IsFinite(m) ? Math.Round(m, 1) : null;
}

/// <summary>A facility as its isochrones name it: id, Chinese name, category, status (as published) and lon/lat location.</summary>
public sealed record IsochroneFacility(string Id, string? NameZh, string Category, string Status, NetTopologySuite.Geometries.Point Location);

/// <summary>An area that has statistics: the district, a circle or a community.</summary>
public sealed record CoverageAreaRef(string Id, string Kind);

/// <summary>All statistics of one area, as stored and served.</summary>
public sealed record AreaCoverage(IReadOnlyList<AreaHeadline> Headlines, IReadOnlyList<ThemeCoverage> Themes, IReadOnlyList<CategoryCoverage> Categories);
