using LifeCircle.Core.Coverage;
using LifeCircle.Core.Geodesy;

namespace LifeCircle.Core.Planning;

/// <summary>Whose walking access a site plan is judged by.</summary>
public enum DemandWeight
{
    /// <summary>Every resident of a block.</summary>
    Residents,

    /// <summary>The block's elderly residents.</summary>
    Elderly,
}

/// <summary>Which facilities already serve and so are kept: the new sites are chosen to cover who they leave out.</summary>
public enum KeptFacilities
{
    /// <summary>None: the sites are chosen as if the category had no facility.</summary>
    None,

    /// <summary>Facilities that serve now.</summary>
    Existing,

    /// <summary>Existing facilities and those planned or under construction.</summary>
    ExistingAndPlanned,
}

/// <summary>A best-sites question: k new facilities of some categories, within a walking threshold, for a kind of demand.</summary>
/// <param name="Candidates">Where sites may go (lon/lat); null for points along the network (<see cref="CandidateSites"/>).</param>
public sealed record BestSitesQuestion(
    IReadOnlySet<string> Categories, int K, int ThresholdMinutes, DemandWeight Weight, KeptFacilities Keep,
    IReadOnlyList<GeoPosition>? Candidates, double SpacingMetres, int MaxCandidates);

/// <summary>A chosen site with where it is, what it adds, and the total after it.</summary>
public sealed record BestSite(int Rank, GeoPosition Location, double Gain, double CoveredAfter);

/// <summary>Covered demand before and after a set of sites.</summary>
public sealed record CoveredTotals(int Sites, double Before, double After, double Gain);

/// <summary>The answer: the sites in order, the totals, the district's own planned sites for comparison, and how good the choice is known to be.</summary>
/// <param name="Total">All the demand weight of the district.</param>
/// <param name="OptimumAtMost">No k candidates reach more than this covered in all (the run's upper bound).</param>
/// <param name="SpacingMetres">The spacing of generated candidates; null when they were supplied.</param>
public sealed record BestSitesAnswer(
    string Method, IReadOnlyList<BestSite> Sites, CoveredTotals Chosen, CoveredTotals Planned, double Total, double OptimumAtMost,
    int CandidateCount, double? SpacingMetres);

/// <summary>Chooses where k new facilities would cover the most demand within a walking threshold (MCLP; see docs/planning.md).</summary>
public static class BestSites
{
    public static BestSitesAnswer Choose(PlanningNetwork network, BestSitesQuestion q, CancellationToken ct = default)
    {
        var source = network.Source;
        double metres = network.Walking.Metres(q.ThresholdMinutes);
        var weight = source.Blocks.Select(b => q.Weight == DemandWeight.Elderly ? b.Elderly : b.Population).ToArray();
        bool[] CoveredBy(Func<PlanningFacility, bool> include)
        {
            var sources = Enumerable.Range(0, source.Facilities.Count)
                .Where(i => q.Categories.Contains(source.Facilities[i].Category) && include(source.Facilities[i]))
                .Select(i => network.FacilityLocations[i]).ToList();
            return network.BlockMetres(sources, metres).Select(Covered).ToArray();
        }

        bool Covered(double m) => CoverageComputation.Reaches(network.Walking.Minutes(m), q.ThresholdMinutes);
        double Sum(bool[] covered) => weight.Where((_, b) => covered[b]).Sum();

        var kept = CoveredBy(f => q.Keep switch { KeptFacilities.None => false, KeptFacilities.Existing => f.Existing, _ => true });
        var (sites, spacing) = q.Candidates is { } given
            ? (given.Select(network.Locate).ToList(), (double?)null)
            : Generated(network, q);

        var covers = new int[sites.Count][];
        Parallel.For(0, sites.Count, new ParallelOptions { CancellationToken = ct }, c =>
            covers[c] = [.. network.BlocksNear(sites[c], metres).Where(x => Covered(x.Metres)).Select(x => x.Block)]);
        var result = MaximalCovering.Solve(covers, weight, kept, q.K);

        double before = Sum(kept), running = before;
        var chosen = result.Sites.Select((s, i) => new BestSite(i + 1, Position(network, sites[s.Candidate], q.Candidates?[s.Candidate]), s.Gain, running += s.Gain)).ToList();

        var existing = CoveredBy(f => f.Existing);
        var withPlanned = CoveredBy(_ => true);
        int plannedCount = source.Facilities.Count(f => q.Categories.Contains(f.Category) && !f.Existing);
        double planBefore = Sum(existing), planAfter = Sum(withPlanned);
        return new BestSitesAnswer(
            result.Method, chosen,
            new CoveredTotals(chosen.Count, before, before + result.Covered, result.Covered),
            new CoveredTotals(plannedCount, planBefore, planAfter, planAfter - planBefore),
            weight.Sum(), before + result.UpperBound, sites.Count, spacing);
    }

    private static (List<NetworkLocation>, double?) Generated(PlanningNetwork network, BestSitesQuestion q)
    {
        var (sites, spacing) = CandidateSites.AlongNetwork(network.Graph, q.SpacingMetres, q.MaxCandidates);
        return ([.. sites], spacing);
    }

    /// <summary>A supplied candidate is reported where it was given; a generated one where it lies on the street.</summary>
    private static GeoPosition Position(PlanningNetwork network, NetworkLocation at, GeoPosition? given) => given ?? network.PositionOf(at);
}
