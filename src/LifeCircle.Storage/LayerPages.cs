using System.Text;
using Azure.Data.Tables;
using LifeCircle.Core.Features;

namespace LifeCircle.Storage;

/// <summary>A layer's features stored many to a row, as one JSON array per page, so an import writes and a reader reads hundreds of rows rather than tens of thousands.</summary>
/// <remarks>
/// RowKeys "{layer}:~{page}" sort within the layer's range; rows of one feature each ("{layer}:{id}", written before pages existed)
/// are still read. Pages are stored Brotli-compressed (<see cref="ChunkedJson.PutCompressed"/>); pages stored as text are still read.
/// </remarks>
internal static class LayerPages
{
    /// <summary>Characters of JSON per page: under <see cref="ChunkedJson"/>'s limit for one entity, with room to spare.</summary>
    internal const int PageChars = 360_000;

    /// <summary>Features per page at most, so a page of tiny features stays quick to parse.</summary>
    internal const int PageFeatures = 1_000;

    private const string CountProperty = "Features";

    /// <summary>The rows of one layer: its features' JSON, in order, packed into pages.</summary>
    public static IEnumerable<TableEntity> Pack(string partitionKey, string layer, IEnumerable<string> featureJsons)
    {
        var page = new StringBuilder();
        int count = 0, index = 0;
        foreach (var json in featureJsons)
        {
            if (count > 0 && (count == PageFeatures || page.Length + json.Length + 2 > PageChars))
            {
                yield return Page(partitionKey, layer, index++, page, count);
                page.Clear();
                count = 0;
            }

            page.Append(count == 0 ? '[' : ',').Append(json);
            count++;
        }

        if (count > 0)
        {
            yield return Page(partitionKey, layer, index, page, count);
        }
    }

    /// <summary>The features of one stored row: a page's, or the single feature of an older row.</summary>
    /// <remarks>Parsed from UTF-8 (decompressed, or encoded chunk by chunk from older text pages) without joining the page into one string.</remarks>
    public static IReadOnlyList<FeatureRecord> Unpack(TableEntity entity) =>
        entity.GetInt32(CountProperty) is { } count
            ? ChunkedJson.Parse(entity, root =>
            {
                var features = new List<FeatureRecord>(count);
                foreach (var element in root.EnumerateArray())
                {
                    features.Add(FeatureRecords.Parse(element, features.Count > 0 ? features[^1] : null));
                }

                return features;
            })
            : [ChunkedJson.Parse(entity, FeatureRecords.Parse)];

    private static TableEntity Page(string partitionKey, string layer, int index, StringBuilder page, int count)
    {
        var e = new TableEntity(partitionKey, $"{layer}:~{index:D6}") { [CountProperty] = count };
        ChunkedJson.PutCompressed(e, page.Append(']').ToString());
        return e;
    }
}
