using System.Collections.Concurrent;
using System.Text.Json;
using Azure;
using Azure.Data.Tables;
using LifeCircle.Core.Data;
using LifeCircle.Core.Model;
using LifeCircle.Core.Publishing;
using System.Runtime.CompilerServices;
using LifeCircle.Core.Data.Layers;
using LifeCircle.Core.Features;

namespace LifeCircle.Storage;

/// <summary>The district data store on Azure Table Storage (or Azurite); see docs/storage.md for the table design.</summary>
/// <remarks>Thread-safe; register one per process. Dataset versions are immutable, so catalogues are cached.</remarks>
public sealed partial class TableDistrictDataStore : IDistrictDataStore
{
    internal const string DistrictPartition = "district";
    internal const string CatalogueRowKey = "catalogue";

    /// <summary>Table Storage returns at most 1,000 entities per response.</summary>
    private const int MaxServerPage = 1_000;

    private readonly TableServiceClient _service;
    private readonly ConcurrentDictionary<DatasetVersionRef, DatasetCatalogue> _catalogues = new();

    public TableDistrictDataStore(TableServiceClient service, string tablePrefix = "lc")
    {
        _service = service;
        Tables = new TableNames(tablePrefix);
    }

    /// <summary>The tables this store reads and writes.</summary>
    public TableNames Tables { get; }

    public async Task<IReadOnlyList<PublishedDistrict>> ListDistrictsAsync(CancellationToken cancellationToken = default)
    {
        var result = new List<PublishedDistrict>();
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {DistrictPartition}");
        // Nothing published yet (no table) lists no district.
        await foreach (var e in QueryOrEmptyAsync(Tables.Districts, filter, cancellationToken))
        {
            result.Add(DistrictEntities.FromEntity(e));
        }

        return result;
    }

    public async Task<PublishedDistrict?> GetDistrictAsync(string districtCode, CancellationToken cancellationToken = default)
    {
        var e = await GetEntityOrNullAsync(Tables.Districts, DistrictPartition, districtCode, cancellationToken);
        return e is null ? null : DistrictEntities.FromEntity(e);
    }

    public async Task<PublishedDistrict?> GetDistrictVersionAsync(string districtCode, string version, CancellationToken cancellationToken = default)
    {
        if (!RecordIds.IsValid(districtCode) || !RecordIds.IsValid(version))
        {
            return null;
        }

        var district = await GetDistrictAsync(districtCode, cancellationToken);
        var row = district is null ? null : await GetEntityOrNullAsync(Tables.Datasets, districtCode, version, cancellationToken);
        return row?.GetString("Status") == StatusComplete
            ? district! with
            {
                CurrentVersion = version,
                FacilityCount = row.GetInt32("FacilityCount") ?? 0,
                PublishedAt = row.GetDateTimeOffset("CompletedAt") ?? district.PublishedAt,
                // The row's summary is its current version's; an older one is described by its catalogue.
                Summary = version == district.CurrentVersion ? district.Summary : null,
            }
            : null;
    }

    public async Task<DatasetCatalogue?> GetCatalogueAsync(DatasetVersionRef version, CancellationToken cancellationToken = default)
    {
        if (_catalogues.TryGetValue(version, out var cached))
        {
            return cached;
        }

        var e = await GetEntityOrNullAsync(Tables.Documents, PartitionKey(version), CatalogueRowKey, cancellationToken);
        if (e is null)
        {
            return null;
        }

        var catalogue = JsonSerializer.Deserialize<DatasetCatalogue>(ChunkedJson.Get(e), JsonText.Compact)!;
        return _catalogues.GetOrAdd(version, catalogue);
    }

    public async IAsyncEnumerable<FeatureRecord> ReadLayerAsync(DatasetVersionRef version, string layer, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var pk = PartitionKey(version);
        // Document rows of a layer share the RowKey prefix "{layer}:"; ';' is the character after ':'.
        var range = TableClient.CreateQueryFilter($"PartitionKey eq {pk} and RowKey gt {layer + ":"} and RowKey lt {layer + ";"}");
        bool any = false;
        await foreach (var e in QueryOrEmptyAsync(Tables.Documents, range, cancellationToken))
        {
            any = true;
            foreach (var feature in LayerPages.Unpack(e))
            {
                yield return feature;
            }
        }

        if (!any && layer == Collections.FacilityLayer)
        {
            // Versions published before facilities were also written as pages: their typed rows, one entity per facility.
            var filter = TableClient.CreateQueryFilter($"PartitionKey eq {pk}");
            await foreach (var e in QueryOrEmptyAsync(Tables.Facilities, filter, cancellationToken))
            {
                yield return FeatureRecords.From(FacilityEntities.FromEntity(e), LayerCodecs.Facilities);
            }
        }
    }

    public async Task<string?> GetDocumentAsync(DatasetVersionRef version, string key, CancellationToken cancellationToken = default)
    {
        if (!RecordIds.IsValid(key))
        {
            return null;
        }

        try
        {
            var e = await GetEntityOrNullAsync(Tables.Documents, PartitionKey(version), key, cancellationToken);
            return e is null ? null : ChunkedJson.Get(e);
        }
        catch (RequestFailedException ex) when (ex.Status == 404)
        {
            return null;
        }
    }

    /// <summary>The partition holding one dataset version's rows: "{district}~{version}".</summary>
    internal static string PartitionKey(DatasetVersionRef version) => $"{version.DistrictCode}~{version.Version}";

    private TableClient Table(string name) => _service.GetTableClient(name);

    /// <summary>Query results, or none when the table does not exist yet (nothing published).</summary>
    private async IAsyncEnumerable<TableEntity> QueryOrEmptyAsync(string table, string filter, [EnumeratorCancellation] CancellationToken ct)
    {
        await using var entities = Table(table).QueryAsync<TableEntity>(filter, MaxServerPage, cancellationToken: ct).GetAsyncEnumerator(ct);
        while (true)
        {
            try
            {
                if (!await entities.MoveNextAsync())
                {
                    yield break;
                }
            }
            catch (RequestFailedException ex) when (ex.Status == 404)
            {
                yield break;
            }
            catch (Exception ex) when (StorageFaults.IsOutage(ex, ct))
            {
                throw StorageFaults.Unavailable(ex);
            }

            yield return entities.Current;
        }
    }

    private async Task<TableEntity?> GetEntityOrNullAsync(string table, string pk, string rk, CancellationToken ct)
    {
        try
        {
            var response = await Table(table).GetEntityIfExistsAsync<TableEntity>(pk, rk, cancellationToken: ct);
            return response.HasValue ? response.Value : null;
        }
        catch (Exception ex) when (StorageFaults.IsOutage(ex, ct))
        {
            throw StorageFaults.Unavailable(ex);
        }
    }
}
