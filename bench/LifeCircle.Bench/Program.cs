using System.Diagnostics;
using LifeCircle.Core.Catalogue;
using LifeCircle.Core.Coverage;
using LifeCircle.Core.Data;
using LifeCircle.Core.Model;

// Coverage benchmark: a square street grid of N nodes (80 m spacing), 10,000 facilities over every catalogue
// category (10% planned), 50,000 blocks. Times (1) graph build: nodes, edges, spatial index, snapping every
// facility and block to its nearest edge; (2) the full computation: walking minutes from every block to the
// nearest facility of every category in both scenarios (94 multi-source searches, 30-minute cutoff) and the
// covered population at 5/10/15 minutes. Build is also split into its phases (graph arrays; index + snapping).
// CPU time of the computation (all threads) is printed too: wall times on shared cores vary with the load.
// Peak memory is the process's VmHWM after each size (sizes run in the given order, so it is cumulative).
// Usage: dotnet run -c Release -- [runs=5] [nodes=10000,100000,300000,1000000]
//        dotnet run -c Release -- planning [runs=11] [nodes=100000]   (bench/planning.sh; see PlanningBench.cs)
//        dotnet run -c Release -- planning-sample [dataset folder]     (the sample's figures in docs/planning.md)
//        dotnet run -c Release -- items [runs=7]                       (items queries over 10,000 points; see ItemsBench.cs)
//        dotnet run -c Release -- snapshot-memory facilities.geojson   (live bytes of a snapshot against its estimate)
if (args.FirstOrDefault() == "planning")
{
    PlanningBench.Run(args.Length > 1 ? int.Parse(args[1]) : 11, args.Length > 2 ? int.Parse(args[2]) : 100_000);
    return;
}

if (args.FirstOrDefault() == "items")
{
    ItemsBench.Run(args.Length > 1 ? int.Parse(args[1]) : 7);
    return;
}

if (args.FirstOrDefault() == "snapshot-memory")
{
    SnapshotMemoryBench.Run(args[1]);
    return;
}

if (args.FirstOrDefault() == "planning-sample")
{
    PlanningBench.Sample(args[1]);
    return;
}

int runs = args.Length > 0 ? int.Parse(args[0]) : 5;
int[] sizes = args.Length > 1 ? args[1].Split(',').Select(int.Parse).ToArray() : [10_000, 100_000, 300_000, 1_000_000];
const int Facilities = 10_000, Blocks = 50_000;
const double Spacing = 80;
Console.WriteLine($"cores={Environment.ProcessorCount} runs={runs} facilities={Facilities} blocks={Blocks} categories={StandardCategories.All.Count}");

foreach (int n in sizes)
{
    int side = (int)Math.Ceiling(Math.Sqrt(n));
    double extent = (side - 1) * Spacing;
    var random = new Random(n);
    var segments = new List<(double, double, double, double)>();
    for (int i = 0; i < side; i++)
    {
        for (int j = 0; j < side; j++)
        {
            if (i + 1 < side)
            {
                segments.Add((i * Spacing, j * Spacing, (i + 1) * Spacing, j * Spacing));
            }

            if (j + 1 < side)
            {
                segments.Add((i * Spacing, j * Spacing, i * Spacing, (j + 1) * Spacing));
            }
        }
    }

    var facilityXy = Enumerable.Range(0, Facilities).Select(_ => (random.NextDouble() * extent, random.NextDouble() * extent)).ToList();
    var blockXy = Enumerable.Range(0, Blocks).Select(_ => (random.NextDouble() * extent, random.NextDouble() * extent)).ToList();
    var facilities = facilityXy.Select((_, i) => new Facility($"f{i}", new("f", "f"), StandardCategories.All[random.Next(StandardCategories.All.Count)].Code, [],
        null, null, random.NextDouble() < 0.1 ? FacilityStatus.Planned : FacilityStatus.Existing, null, null, Provenance.Illustrative, GeoJson.Point(0, 0))).ToList();
    var populations = blockXy.Select(_ => random.Next(50, 800)).ToArray();
    var dataset = new Dataset(null!, null!, [], [], [], StandardCategories.All, facilities, [], []);

    var build = new List<double>();
    var arrays = new List<double>();
    var compute = new List<double>();
    var computeCpu = new List<double>();
    WalkingGraph? graph = null;
    for (int r = 0; r < runs; r++)
    {
        var clock = Stopwatch.StartNew();
        graph = WalkingGraph.FromSegments(segments);
        arrays.Add(clock.Elapsed.TotalMilliseconds);
        var model = new AccessModel(graph, blockXy, facilityXy, Walking.Default, CoverageComputation.DefaultCutoffMinutes);
        build.Add(clock.Elapsed.TotalMilliseconds);

        clock.Restart();
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var minutes = CoverageComputation.AllMinutes(dataset, model);
        long covered = 0;
        foreach (var m in minutes.Values)
        {
            foreach (int threshold in CoverageComputation.Thresholds)
            {
                for (int b = 0; b < m.Length; b++)
                {
                    if (CoverageComputation.Reaches(m[b], threshold))
                    {
                        covered += populations[b];
                    }
                }
            }
        }

        compute.Add(clock.Elapsed.TotalMilliseconds);
        computeCpu.Add((Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalMilliseconds);
        GC.KeepAlive(covered);
    }

    static double Median(List<double> v) { var s = v.Order().ToList(); return s.Count % 2 == 1 ? s[s.Count / 2] : (s[s.Count / 2 - 1] + s[s.Count / 2]) / 2; }
    Console.WriteLine($"MEDIAN nodes={graph!.NodeCount} edges={graph.EdgeCount} graph_build_ms={Median(build):F0} full_computation_ms={Median(compute):F0} " +
                      $"(build range {build.Min():F0}-{build.Max():F0}, computation range {compute.Min():F0}-{compute.Max():F0}) " +
                      $"build_phases: graph_arrays_ms={Median(arrays):F0} index_and_snapping_ms={Median(build.Zip(arrays, (b, a) => b - a).ToList()):F0} " +
                      $"computation_cpu_ms={Median(computeCpu):F0} peak_rss_mb={PeakRssMegabytes()}");
}

// VmHWM: the resident set's high-water mark, which includes the GC's heap and the runtime itself.
static long PeakRssMegabytes()
{
    var line = File.ReadLines("/proc/self/status").FirstOrDefault(l => l.StartsWith("VmHWM:", StringComparison.Ordinal));
    return line is null ? -1 : long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1]) / 1024;
}
