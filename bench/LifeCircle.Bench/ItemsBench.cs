using System.Diagnostics;
using LifeCircle.Core.Data;
using LifeCircle.Core.Features;
using LifeCircle.Core.Queries;
using NetTopologySuite.Geometries;

/// <summary>Items query benchmark: microseconds per FeatureSnapshot.Query over 10,000 points, for the pages bench/vs-peers.sh loads.</summary>
/// <remarks>
/// The query alone, without HTTP or writing: a (limit=100), b (limit=100 and a bbox holding ~5%), a filtered page,
/// a sorted page. The points are spread as shared/peers/make-points.py spreads them (same extent, uniform).
/// </remarks>
internal static class ItemsBench
{
    public static void Run(int runs)
    {
        var random = new Random(10_000);
        string[] categories = ["park", "library", "pharmacy", "school", "clinic"];
        var features = Enumerable.Range(1, 10_000).Select(i => new FeatureRecord(i.ToString(System.Globalization.CultureInfo.InvariantCulture),
            GeoJson.Factory.CreatePoint(new Coordinate(106.8 + (random.NextDouble() * 0.16), 39.36 + (random.NextDouble() * 0.12))),
            [new("name_en", $"Place {i:D5}"), new("category", categories[i % categories.Length])])).ToList();
        var snapshot = new FeatureSnapshot(Collections.Facilities, features);
        var bbox = new Envelope(106.858, 106.8915, 39.427, 39.4538);
        var queries = new (string Name, FeatureQuery Query)[]
        {
            ("a limit=100", new FeatureQuery { Limit = 100 }),
            ("b limit=100 bbox", new FeatureQuery { Limit = 100, Bbox = bbox }),
            ("limit=100 offset=9000", new FeatureQuery { Limit = 100, Offset = 9000 }),
            ("limit=100 category=park", new FeatureQuery { Limit = 100, PropertyEquals = [new("category", "park")] }),
            ("limit=100 sortby=name_en", new FeatureQuery { Limit = 100, SortBy = [new SortKey("name_en", false)] }),
        };

        foreach (var (name, query) in queries)
        {
            int matched = 0, iterations = 0;
            var perRun = new List<double>();
            for (int r = 0; r < runs; r++)
            {
                var clock = Stopwatch.StartNew();
                iterations = 0;
                while (clock.ElapsedMilliseconds < 200)
                {
                    matched = snapshot.Query(query).NumberMatched;
                    iterations++;
                }

                perRun.Add(clock.Elapsed.TotalMicroseconds / iterations);
            }

            perRun.Sort();
            Console.WriteLine($"MEDIAN query=\"{name}\" us_per_query={perRun[perRun.Count / 2]:F1} matched={matched} runs={runs}");
        }
    }
}
