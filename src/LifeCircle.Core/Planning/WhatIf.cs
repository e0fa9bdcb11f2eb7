using LifeCircle.Core.Coverage;
using LifeCircle.Core.Geodesy;

namespace LifeCircle.Core.Planning;

/// <summary>A facility a what-if adds: where (lon/lat), of which category, optionally named.</summary>
public sealed record AddedFacility(GeoPosition Location, string Category, string? Name);

/// <summary>Coverage of one category in one area at one threshold in one scenario, before and after the change, and the change.</summary>
public sealed record CoverageChange(
    string Area, string AreaKind, string Category, int Threshold, string Scenario,
    int Residents, int ResidentsCoveredBefore, int ResidentsCovered, int ResidentsCoveredChange, double? ShareChange,
    double Elderly, double ElderlyCoveredBefore, double ElderlyCovered, double ElderlyCoveredChange, double? ElderlyShareChange,
    int FacilitiesBefore, int Facilities, int FacilitiesChange);

/// <summary>A block whose walking minutes to a category changed (null = beyond the cutoff).</summary>
public sealed record BlockChange(string Block, string Category, string Scenario, double? MinutesBefore, double? Minutes);

/// <summary>What a change to the facilities would do to coverage: rows in the shape of the coverage statistics, and the blocks whose access changed.</summary>
public sealed record WhatIfAnswer(IReadOnlyList<CoverageChange> Categories, IReadOnlyList<BlockChange> Blocks);

/// <summary>Recomputes coverage of the categories a change touches, before and after it, on the version's network; nothing is written.</summary>
/// <remarks>Added facilities count in both scenarios (they would serve now); removed ones leave both.</remarks>
public static class WhatIf
{
    /// <param name="alsoReport">Categories to report even when the change does not touch them (their changes are zero).</param>
    public static WhatIfAnswer Evaluate(PlanningNetwork network, IReadOnlyList<AddedFacility> added, IReadOnlySet<string> removed, IReadOnlyCollection<string>? alsoReport = null)
    {
        var source = network.Source;
        var addedAt = added.Select(a => network.Locate(a.Location)).ToList();
        var categories = added.Select(a => a.Category)
            .Concat(source.Facilities.Where(f => removed.Contains(f.Id)).Select(f => f.Category))
            .Concat(alsoReport ?? [])
            .Distinct().Order(StringComparer.Ordinal).ToList();
        double cutoff = network.Walking.Metres(CoverageComputation.DefaultCutoffMinutes);
        var rows = new List<CoverageChange>();
        var blocks = new List<BlockChange>();
        foreach (var category in categories)
        {
            foreach (var scenario in Scenarios.All)
            {
                var before = Enumerable.Range(0, source.Facilities.Count)
                    .Where(i => source.Facilities[i].Category == category && (scenario == Scenarios.WithPlanned || source.Facilities[i].Existing)).ToList();
                var kept = before.Where(i => !removed.Contains(source.Facilities[i].Id)).ToList();
                var addedHere = Enumerable.Range(0, added.Count).Where(a => added[a].Category == category).ToList();
                var minutesBefore = Minutes(network, before.Select(i => network.FacilityLocations[i]).ToList(), cutoff);
                var minutesAfter = Minutes(network, [.. kept.Select(i => network.FacilityLocations[i]), .. addedHere.Select(a => addedAt[a])], cutoff);
                for (int b = 0; b < minutesBefore.Length; b++)
                {
                    if (!SameMinutes(minutesBefore[b], minutesAfter[b]))
                    {
                        blocks.Add(new BlockChange(source.Blocks[b].Id, category, scenario, Rounded(minutesBefore[b]), Rounded(minutesAfter[b])));
                    }
                }

                foreach (var (area, members) in network.Areas)
                {
                    int facilitiesBefore = before.Count(i => In(area, source.Facilities[i].Community, source.Facilities[i].Location));
                    int facilitiesAfter = kept.Count(i => In(area, source.Facilities[i].Community, source.Facilities[i].Location))
                        + addedHere.Count(a => In(area, null, added[a].Location));
                    foreach (int threshold in CoverageComputation.Thresholds)
                    {
                        rows.Add(Row(source, area, members, category, threshold, scenario, minutesBefore, minutesAfter, facilitiesBefore, facilitiesAfter));
                    }
                }
            }
        }

        return new WhatIfAnswer(rows, blocks);
    }

    private static CoverageChange Row(PlanningSource s, PlanningArea area, int[] members, string category, int threshold, string scenario,
        double[] before, double[] after, int facilitiesBefore, int facilitiesAfter)
    {
        int residents = 0, coveredBefore = 0, coveredAfter = 0;
        double elderly = 0, elderlyBefore = 0, elderlyAfter = 0;
        foreach (int b in members)
        {
            var block = s.Blocks[b];
            residents += block.Population;
            elderly += block.Elderly;
            if (CoverageComputation.Reaches(before[b], threshold))
            {
                coveredBefore += block.Population;
                elderlyBefore += block.Elderly;
            }

            if (CoverageComputation.Reaches(after[b], threshold))
            {
                coveredAfter += block.Population;
                elderlyAfter += block.Elderly;
            }
        }

        return new CoverageChange(area.Id, area.Kind, category, threshold, scenario,
            residents, coveredBefore, coveredAfter, coveredAfter - coveredBefore, ShareChange(coveredAfter - coveredBefore, residents),
            Math.Round(elderly, 1), Math.Round(elderlyBefore, 1), Math.Round(elderlyAfter, 1), Math.Round(elderlyAfter - elderlyBefore, 1),
            ShareChange(elderlyAfter - elderlyBefore, elderly),
            facilitiesBefore, facilitiesAfter, facilitiesAfter - facilitiesBefore);
    }

    private static double[] Minutes(PlanningNetwork network, IReadOnlyList<NetworkLocation> sources, double cutoff) =>
        network.BlockMetres(sources, cutoff).Select(network.Walking.Minutes).ToArray();

    /// <summary>Whether a facility counts in an area: in the district always, in a circle by its position, in a community by its code (or its position when it has none).</summary>
    private static bool In(PlanningArea area, string? community, GeoPosition at) => area.Kind switch
    {
        "district" => true,
        "circle" => area.Geometry?.Covers(new NetTopologySuite.Geometries.Point(at.Lon, at.Lat)) ?? false,
        _ => community is not null ? community == area.Id : area.Geometry?.Covers(new NetTopologySuite.Geometries.Point(at.Lon, at.Lat)) ?? false,
    };

    private static bool SameMinutes(double a, double b) => a == b || Math.Abs(a - b) <= 1e-9;

    private static double? Rounded(double m) => double.IsFinite(m) ? Math.Round(m, 1) : null;

    private static double? ShareChange(double change, double whole) => whole > 0 ? Math.Round(change / whole, 4) : null;
}
