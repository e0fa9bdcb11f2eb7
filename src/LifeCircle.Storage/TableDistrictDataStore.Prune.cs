using Azure;
using Azure.Data.Tables;
using LifeCircle.Core.Publishing;

namespace LifeCircle.Storage;

/// <summary>Pruning: delete old dataset versions of a district, never the current one.</summary>
public sealed partial class TableDistrictDataStore
{
    /// <summary>Deletes every version of the district but the current one and the <paramref name="keepPrevious"/> newest before it; returns the versions deleted.</summary>
    /// <remarks>Rows go first and the version's row last, so an interrupted prune can simply be run again.</remarks>
    public async Task<IReadOnlyList<string>> PruneAsync(string districtCode, int keepPrevious, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(keepPrevious);
        var current = (await GetDistrictAsync(districtCode, cancellationToken))?.CurrentVersion;
        var versions = new List<(string Version, DateTimeOffset Created)>();
        await foreach (var e in QueryOrEmptyAsync(Tables.Datasets, TableClient.CreateQueryFilter($"PartitionKey eq {districtCode}"), cancellationToken))
        {
            versions.Add((e.RowKey, e.GetDateTimeOffset("CreatedAt") ?? DateTimeOffset.MinValue));
        }

        var doomed = versions.Where(v => v.Version != current).OrderByDescending(v => v.Created).Skip(keepPrevious).Select(v => v.Version).ToList();
        foreach (var version in doomed)
        {
            var pk = PartitionKey(new DatasetVersionRef(districtCode, version));
            foreach (var table in new[] { Tables.Facilities, Tables.Documents })
            {
                var keys = new List<TableEntity>();
                await foreach (var e in QueryOrEmptyAsync(table, TableClient.CreateQueryFilter($"PartitionKey eq {pk}"), cancellationToken))
                {
                    keys.Add(new TableEntity(e.PartitionKey, e.RowKey) { ETag = ETag.All });
                }

                foreach (var batch in keys.Chunk(MaxBatch))
                {
                    await Table(table).SubmitTransactionAsync(batch.Select(e => new TableTransactionAction(TableTransactionActionType.Delete, e)), cancellationToken);
                }
            }

            await Table(Tables.Datasets).DeleteEntityAsync(districtCode, version, ETag.All, cancellationToken);
        }

        return doomed;
    }
}
