using System.Text.Json;
using LifeCircle.Core.Coverage;
using LifeCircle.Core.Data;
using LifeCircle.Core.Publishing;

namespace LifeCircle.Core.Versions;

/// <summary>The coverage statistics of a dataset version, as published with it.</summary>
public sealed record CoverageIndex(CoverageMethod Method, IReadOnlyList<CoverageAreaRef> Areas, IReadOnlyDictionary<string, AreaCoverage> ByArea)
{
    /// <summary>Roughly what the index holds in memory (set when read).</summary>
    public long EstimatedBytes { get; init; }

    /// <summary>Reads the index from the version's documents, or null when the version was published without coverage.</summary>
    public static async Task<CoverageIndex?> ReadAsync(IDistrictDataStore store, DatasetVersionRef version, CancellationToken cancellationToken)
    {
        var method = await store.GetDocumentAsync(version, CoverageLayers.MethodDocument, cancellationToken);
        var areas = await store.GetDocumentAsync(version, CoverageLayers.AreasDocument, cancellationToken);
        if (method is null || areas is null)
        {
            return null;
        }

        var refs = JsonSerializer.Deserialize<List<CoverageAreaRef>>(areas, JsonText.Compact)!;
        var byArea = new Dictionary<string, AreaCoverage>();
        long characters = method.Length + areas.Length;
        foreach (var area in refs)
        {
            var json = await store.GetDocumentAsync(version, CoverageLayers.AreaDocument(area.Id), cancellationToken)
                ?? throw new InvalidOperationException($"Coverage of area {area.Id} is missing from version {version}.");
            characters += json.Length;
            byArea[area.Id] = JsonSerializer.Deserialize<AreaCoverage>(json, JsonText.Compact)!;
        }

        // Parsed records take about three times the UTF-16 size of their JSON (boxed numbers, strings, lists).
        return new CoverageIndex(JsonSerializer.Deserialize<CoverageMethod>(method, JsonText.Compact)!, refs, byArea) { EstimatedBytes = 6 * characters };
    }
}
