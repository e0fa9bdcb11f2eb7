using System.Text.Json;
using LifeCircle.Core.Features;
using LifeCircle.Core.Queries;

/// <summary>Live bytes of a facilities snapshot against the estimate the version cache budgets it by.</summary>
/// <remarks>Reads a GeoJSON file of facilities (e.g. lifecircle generate-synthetic --facilities 10000), parses each feature as the store
/// does, builds the snapshot, and compares GC.GetTotalMemory before and after (full collections) with FeatureSnapshot.EstimatedBytes.</remarks>
internal static class SnapshotMemoryBench
{
    public static void Run(string geojson)
    {
        using var doc = JsonDocument.Parse(File.ReadAllBytes(geojson));
        var texts = doc.RootElement.GetProperty("features").EnumerateArray().Select(f => f.GetRawText()).ToList();
        long before = GC.GetTotalMemory(forceFullCollection: true);
        var features = texts.Select(FeatureRecords.Parse).ToList();
        var snapshot = new FeatureSnapshot(Collections.Facilities, features);
        features = null;
        long after = GC.GetTotalMemory(forceFullCollection: true);
        GC.KeepAlive(snapshot);
        long live = after - before;
        Console.WriteLine($"SNAPSHOT features={snapshot.Count} live_bytes={live} estimated_bytes={snapshot.EstimatedBytes} live_per_feature={live / snapshot.Count} estimated_per_feature={snapshot.EstimatedBytes / snapshot.Count} ratio={(double)live / snapshot.EstimatedBytes:0.00}");
    }
}
