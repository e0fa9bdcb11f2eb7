using LifeCircle.Core.Geodesy;
using LifeCircle.Core.Model;

namespace LifeCircle.Core.Coverage;

/// <summary>Computes walking access and coverage statistics of a dataset (see docs/coverage.md for the method).</summary>
public static class CoverageComputation
{
    public const double DefaultCutoffMinutes = 30;

    public static IReadOnlyList<int> Thresholds { get; } = [5, 10, 15];

    public static CoverageResult Compute(Dataset d, CoverageNetwork? network = null, Walking? walking = null, double cutoffMinutes = DefaultCutoffMinutes)
    {
        var pace = walking ?? Walking.Default;
        var (projection, graph) = network ?? CoverageNetwork.Build(d);
        var centres = d.Blocks.Select(b => b.Geometry.Centroid).ToList();
        var model = new AccessModel(
            graph,
            centres.Select(c => projection.Project(new GeoPosition(c.X, c.Y))).ToList(),
            d.Facilities.Select(f => projection.Project(new GeoPosition(f.Location.X, f.Location.Y))).ToList(),
            pace,
            cutoffMinutes);
        var minutes = AllMinutes(d, model);
        var areas = Areas(d);

        var categories = new List<CategoryCoverage>();
        var themes = new List<ThemeCoverage>();
        var headlines = new List<AreaHeadline>();
        var basic = HeadlineCategories(d);
        var basicCodes = basic.Select(c => c.Code).ToList();
        foreach (var area in areas)
        {
            var blocks = area.Blocks;
            int residents = blocks.Sum(b => d.Blocks[b].Population);
            int? declared = area.Declared is > 0 ? area.Declared : null;
            var population = new PopulationFigures(residents, declared, declared is { } n ? Math.Round((double)residents / n, 4) : null);
            double elderly = blocks.Sum(b => Elderly(d.Blocks[b]));
            // Each facility is placed in the area once, not once per category and scenario (a circle's test is a polygon's).
            var inArea = d.Facilities.Where(area.HasFacility).ToList();
            foreach (var scenario in Scenarios.All)
            {
                var counts = inArea.Where(f => InScenario(f, scenario)).CountBy(f => f.Category).ToDictionary(StringComparer.Ordinal);
                foreach (var category in d.Categories)
                {
                    var m = minutes[(category.Code, scenario)];
                    int count = counts.GetValueOrDefault(category.Code);
                    var (median, p90) = (WeightedPercentile(d, blocks, m, 0.5), WeightedPercentile(d, blocks, m, 0.9));
                    foreach (int threshold in Thresholds)
                    {
                        var covered = blocks.Where(b => Reaches(m[b], threshold)).ToList();
                        int residentsCovered = covered.Sum(b => d.Blocks[b].Population);
                        double elderlyCovered = covered.Sum(b => Elderly(d.Blocks[b]));
                        categories.Add(new CategoryCoverage(area.Id, area.Kind, category.Code, threshold, scenario,
                            residents, residentsCovered, Share(residentsCovered, residents), Round(elderly), Round(elderlyCovered), Share(elderlyCovered, elderly),
                            count, median, p90));
                    }
                }

                foreach (var theme in d.Themes)
                {
                    var themeBasic = basic.Where(c => theme.CategoryCodes.Contains(c.Code)).ToList();
                    int complete = blocks.Where(b => themeBasic.All(c => Reaches(minutes[(c.Code, scenario)][b], c.WalkingMinutes))).Sum(b => d.Blocks[b].Population);
                    themes.Add(new ThemeCoverage(area.Id, area.Kind, theme.Id, scenario, residents, complete, Share(complete, residents), themeBasic.Select(c => c.Code).ToList()));
                }

                var whole = blocks.Where(b => basic.All(c => Reaches(minutes[(c.Code, scenario)][b], c.WalkingMinutes))).ToList();
                int wholeResidents = whole.Sum(b => d.Blocks[b].Population);
                double wholeElderly = whole.Sum(b => Elderly(d.Blocks[b]));
                int within15 = blocks.Where(b => basic.All(c => Reaches(minutes[(c.Code, scenario)][b], 15))).Sum(b => d.Blocks[b].Population);
                var limiting = basic
                    .Select(c => (c, missed: blocks.Where(b => !Reaches(minutes[(c.Code, scenario)][b], c.WalkingMinutes)).Sum(b => d.Blocks[b].Population)))
                    .Where(x => x.missed > 0)
                    .OrderByDescending(x => x.missed).ThenBy(x => x.c.Code, StringComparer.Ordinal)
                    .Take(3)
                    .Select(x => new LimitingCategory(x.c.Code, x.c.WalkingMinutes, x.missed, Share(x.missed, residents)))
                    .ToList();
                headlines.Add(new AreaHeadline(area.Id, area.Kind, scenario, residents, wholeResidents, Share(wholeResidents, residents),
                    Round(elderly), Round(wholeElderly), Share(wholeElderly, elderly), within15, Share(within15, residents), limiting, basicCodes, population));
            }
        }

        var blockAccess = d.Blocks.Select((b, i) => new BlockAccess(b.Id, minutes.ToDictionary(kv => kv.Key, kv => kv.Value[i]))).ToList();
        var method = new CoverageMethod(model.Method, pace.SpeedKmh, cutoffMinutes, AccessModel.DetourFactor, Thresholds, graph?.NodeCount ?? 0, graph?.EdgeCount ?? 0);
        return new CoverageResult(method, categories, themes, headlines, blockAccess);
    }

    /// <summary>Minutes from every block to the nearest facility of every category, in both scenarios, computed in parallel.</summary>
    /// <remarks>
    /// "With planned" is the element-wise minimum of the existing scenario and a search from the
    /// not-yet-existing facilities alone: the nearest of a union is the nearer of the two nearests,
    /// and the second search goes only where the planned facilities are the nearer.
    /// </remarks>
    public static Dictionary<(string Category, string Scenario), double[]> AllMinutes(Dataset d, AccessModel model)
    {
        var byCategory = d.Facilities.Select((f, i) => (f, i)).ToLookup(x => x.f.Category);
        var results = new (double[] Existing, double[] WithPlanned)[d.Categories.Count];
        Parallel.For(0, d.Categories.Count, c =>
        {
            var members = byCategory[d.Categories[c].Code].ToList();
            var added = members.Where(x => x.f.Status != FacilityStatus.Existing).Select(x => x.i).ToList();
            var (existing, combined) = model.MinutesToNearest(members.Where(x => x.f.Status == FacilityStatus.Existing).Select(x => x.i).ToList(), added);
            // Rounded here, beside the other categories' searches, rather than one category after another once all are done.
            var published = Published(existing);
            results[c] = (published, added.Count == 0 ? published : Published(combined));
        });

        var minutes = new Dictionary<(string Category, string Scenario), double[]>();
        for (int c = 0; c < d.Categories.Count; c++)
        {
            minutes[(d.Categories[c].Code, Scenarios.Existing)] = results[c].Existing;
            minutes[(d.Categories[c].Code, Scenarios.WithPlanned)] = results[c].WithPlanned;
        }

        return minutes;
    }

    /// <summary>The categories the headline (and each theme's completeness) covers: those the district declares, else the catalogue's basic categories that have at least one facility.</summary>
    /// <remarks>A basic category with no facility at all was most likely not surveyed: counting it would make every headline 0% "limited by" it.</remarks>
    public static IReadOnlyList<FacilityCategory> HeadlineCategories(Dataset d)
    {
        if (d.Metadata.Categories?.Headline is { } declared)
        {
            return [.. d.Categories.Where(c => declared.Contains(c.Code))];
        }

        var published = d.Facilities.Select(f => f.Category).ToHashSet(StringComparer.Ordinal);
        return [.. d.Categories.Where(c => c.Tier == ServiceTier.Basic && published.Contains(c.Code))];
    }

    /// <summary>Decimals walking minutes are published with (the access layer, percentiles) and counted with (every statistic).</summary>
    public const int MinuteDecimals = 1;

    /// <summary>Minutes as published: rounded once to <see cref="MinuteDecimals"/>, so a block shown at 10.0 minutes is counted as within 10 (+∞ stays +∞).</summary>
    public static double Published(double minutes) => double.IsFinite(minutes) ? Math.Round(minutes, MinuteDecimals, MidpointRounding.AwayFromZero) : minutes;

    private static double[] Published(double[] minutes) => [.. minutes.Select(Published)];

    /// <summary>A block exactly at the threshold counts as covered.</summary>
    public static bool Reaches(double minutes, int threshold) => minutes <= threshold + 1e-9;

    public static bool InScenario(Facility f, string scenario) => scenario == Scenarios.WithPlanned || f.Status == FacilityStatus.Existing;

    private static double Elderly(ResidentialBlock b) => b.Population * b.ElderlyShare;

    private static double? Share(double part, double whole) => whole > 0 ? Math.Round(part / whole, 4) : null;

    private static double Round(double v) => Math.Round(v, 1);

    /// <summary>The minutes below which the given share of the blocks' residents live; null when that is beyond the cutoff.</summary>
    private static double? WeightedPercentile(Dataset d, IReadOnlyList<int> blocks, double[] minutes, double p)
    {
        int total = blocks.Sum(b => d.Blocks[b].Population);
        if (total == 0)
        {
            return null;
        }

        double target = p * total, running = 0;
        foreach (int b in blocks.OrderBy(b => minutes[b]))
        {
            running += d.Blocks[b].Population;
            if (running >= target)
            {
                return double.IsFinite(minutes[b]) ? Math.Round(minutes[b], 1) : null;
            }
        }

        return null;
    }

    private static List<CoverageArea> Areas(Dataset d)
    {
        var centres = d.Blocks.Select(b => b.Geometry.Centroid).ToList();
        var list = new List<CoverageArea>
        {
            new(d.District.Code, "district", Enumerable.Range(0, d.Blocks.Count).ToList(), _ => true, d.District.Population),
        };
        foreach (var circle in d.Circles)
        {
            list.Add(new(circle.Id, "circle", Enumerable.Range(0, d.Blocks.Count).Where(b => circle.Geometry.Covers(centres[b])).ToList(),
                f => circle.Geometry.Covers(f.Location), circle.Population));
        }

        foreach (var area in d.Areas.Where(a => a.Kind is AreaKinds.Community or AreaKinds.Village))
        {
            list.Add(new(area.Code, area.Kind, Enumerable.Range(0, d.Blocks.Count).Where(b => d.Blocks[b].Community == area.Code).ToList(),
                f => f.Community == area.Code, area.Population));
        }

        return list;
    }

    /// <param name="Declared">The population the dataset states for the area (census, circle or community figure); null when it states none.</param>
    private sealed record CoverageArea(string Id, string Kind, IReadOnlyList<int> Blocks, Func<Facility, bool> HasFacility, int? Declared);
}
