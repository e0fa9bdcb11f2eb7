using System.Diagnostics;
using LifeCircle.Core.Catalogue;
using LifeCircle.Core.Data;
using LifeCircle.Core.Geodesy;
using LifeCircle.Core.Planning;
using NetTopologySuite.Geometries;

/// <summary>Planning benchmark: reach, coverage what-if (5 added facilities) and best sites (k = 10, 5,000 candidates) on a generated square street grid.</summary>
/// <remarks>
/// The grid has 80 m spacing (as the coverage benchmark), 50,000 blocks and 10,000 facilities over every catalogue
/// category; the network is built once (as a version's is, then cached) and not timed. Each figure is the median of
/// the runs; a run of reach uses a fresh random point, a run of what-if five fresh random facilities.
/// </remarks>
internal static class PlanningBench
{
    public static void Run(int runs, int nodes)
    {
        const int Blocks = 50_000, Facilities = 10_000, Candidates = 5_000;
        const double Spacing = 80;
        var tm = new LocalTransverseMercator(new GeoPosition(106.88, 39.44));
        var factory = new GeometryFactory();
        int side = (int)Math.Ceiling(Math.Sqrt(nodes));
        double extent = (side - 1) * Spacing;
        var random = new Random(nodes);
        Coordinate At(double x, double y) { var p = tm.Unproject(x, y); return new Coordinate(p.Lon, p.Lat); }
        GeoPosition Random2() { var p = tm.Unproject(random.NextDouble() * extent, random.NextDouble() * extent); return p; }

        var streets = new List<LineString>();
        for (int i = 0; i < side; i++)
        {
            for (int j = 0; j < side; j++)
            {
                if (i + 1 < side)
                {
                    streets.Add(factory.CreateLineString([At(i * Spacing, j * Spacing), At((i + 1) * Spacing, j * Spacing)]));
                }

                if (j + 1 < side)
                {
                    streets.Add(factory.CreateLineString([At(i * Spacing, j * Spacing), At(i * Spacing, (j + 1) * Spacing)]));
                }
            }
        }

        var categories = StandardCategories.All;
        var blocks = Enumerable.Range(0, Blocks).Select(i => { int pop = random.Next(50, 800); return new DemandBlock($"b{i}", $"c{i % 100}", Random2(), pop, pop * 0.2); }).ToList();
        var facilities = Enumerable.Range(0, Facilities).Select(i => new PlanningFacility($"f{i}", null, categories[random.Next(categories.Count)].Code,
            random.NextDouble() >= 0.1, null, Random2())).ToList();
        var areas = new List<PlanningArea> { new("999001", "district", null) };
        areas.AddRange(Enumerable.Range(0, 100).Select(c => new PlanningArea($"c{c}", "community", null)));
        var box = new Envelope(At(0, 0), At(extent, extent));
        var clock = Stopwatch.StartNew();
        var network = PlanningNetwork.Build(new PlanningSource(blocks, facilities, streets, areas, box), alreadyNoded: true)!;
        Console.WriteLine($"planning nodes={network.Graph.NodeCount} edges={network.Graph.EdgeCount} blocks={Blocks} facilities={Facilities} network_build_ms={clock.ElapsedMilliseconds} (once per version, cached)");

        string category = "home-care-station";
        var reach = Time(runs, () => Reach.From(network, Random2(), 10, _ => true).Count);
        var whatIf = Time(runs, () => WhatIf.Evaluate(network, Enumerable.Range(0, 5).Select(_ => new AddedFacility(Random2(), category, null)).ToList(), new HashSet<string>()).Categories.Count);
        var candidates = Enumerable.Range(0, Candidates).Select(_ => Random2()).ToList();
        BestSitesAnswer? last = null;
        var best = Time(Math.Max(1, runs / 2), () =>
        {
            last = BestSites.Choose(network, new BestSitesQuestion(new HashSet<string> { category }, 10, 10, DemandWeight.Elderly, KeptFacilities.Existing, candidates, 100, Candidates));
            return last.Sites.Count;
        });
        Console.WriteLine($"MEDIAN reach_10min_ms={reach.Median:F1} (range {reach.Min:F1}-{reach.Max:F1}) what_if_5_added_ms={whatIf.Median:F1} (range {whatIf.Min:F1}-{whatIf.Max:F1}) " +
                          $"best_sites_k10_5000_candidates_ms={best.Median:F0} (range {best.Min:F0}-{best.Max:F0}) solver={last!.Method} gain={last.Chosen.Gain:F0} bound_gain={last.OptimumAtMost - last.Chosen.Before:F0}");
    }

    /// <summary>The sample's figures for docs/planning.md: elderly within 10 minutes of a home-care station, planned nine versus nine best sites.</summary>
    public static void Sample(string folder)
    {
        var d = DatasetFiles.Read(folder);
        var network = PlanningNetwork.Build(PlanningSource.FromDataset(d))!;
        foreach (var keep in new[] { KeptFacilities.Existing, KeptFacilities.None })
        {
            var a = BestSites.Choose(network, new BestSitesQuestion(new HashSet<string> { "home-care-station" }, 9, 10, DemandWeight.Elderly, keep, null, CandidateSites.DefaultSpacingMetres, 5000));
            Console.WriteLine($"keep={keep} candidates={a.CandidateCount} spacing={a.SpacingMetres} solver={a.Method} elderly_total={a.Total:F1} " +
                              $"existing={a.Planned.Before:F1} existing+planned{a.Planned.Sites}={a.Planned.After:F1} kept+best{a.Sites.Count}={a.Chosen.After:F1} bound={a.OptimumAtMost:F1}");
            foreach (var s in a.Sites)
            {
                Console.WriteLine($"  {s.Rank}: {s.Location.Lon:F6},{s.Location.Lat:F6} gain={s.Gain:F1} after={s.CoveredAfter:F1}");
            }
        }
    }

    private static (double Median, double Min, double Max) Time(int runs, Func<int> work)
    {
        work(); // warm-up: JIT and the workspace pool
        var times = new List<double>();
        for (int r = 0; r < runs; r++)
        {
            var clock = Stopwatch.StartNew();
            GC.KeepAlive(work());
            times.Add(clock.Elapsed.TotalMilliseconds);
        }

        var sorted = times.Order().ToList();
        double median = sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[(sorted.Count / 2) - 1] + sorted[sorted.Count / 2]) / 2;
        return (median, sorted[0], sorted[^1]);
    }
}
