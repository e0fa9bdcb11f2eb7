using System.Collections.Concurrent;
using System.Text.Json;
using Azure;
using Azure.Data.Tables;
using LifeCircle.Core.Data;
using LifeCircle.Core.Model;
using LifeCircle.Core.Publishing;
using LifeCircle.Core.Queries;

namespace LifeCircle.Storage;

/// <summary>The district data store on Azure Table Storage (or Azurite); see docs/storage.md for the table design.</summary>
/// <remarks>Thread-safe; register one per process. Dataset versions are immutable, so catalogues and counts are cached.</remarks>
public sealed partial class TableDistrictDataStore : IDistrictDataStore
{
    internal const string DistrictPartition = "district";
    internal const string CatalogueRowKey = "catalogue";

    /// <summary>Table Storage returns at most 1,000 entities per response.</summary>
    private const int MaxServerPage = 1_000;
    private const int MaxCachedCounts = 10_000;

    private readonly TableServiceClient _service;
    private readonly ConcurrentDictionary<DatasetVersionRef, DatasetCatalogue> _catalogues = new();
    private readonly ConcurrentDictionary<string, long> _counts = new();

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
        try
        {
            await foreach (var e in Table(Tables.Districts).QueryAsync<TableEntity>(filter, cancellationToken: cancellationToken))
            {
                result.Add(DistrictEntities.FromEntity(e));
            }
        }
        catch (RequestFailedException ex) when (ex.Status == 404)
        {
            // Nothing has been published yet: the table does not exist.
        }

        return result;
    }

    public async Task<PublishedDistrict?> GetDistrictAsync(string districtCode, CancellationToken cancellationToken = default)
    {
        var e = await GetEntityOrNullAsync(Tables.Districts, DistrictPartition, districtCode, cancellationToken);
        return e is null ? null : DistrictEntities.FromEntity(e);
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

    public async Task<ResultPage<Facility>> QueryFacilitiesAsync(DatasetVersionRef version, FacilityQueryOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (options.PageSize is < 1 or > FacilityQueryOptions.MaxPageSize)
        {
            throw new ArgumentOutOfRangeException(nameof(options), $"PageSize must be 1..{FacilityQueryOptions.MaxPageSize}.");
        }

        var filter = FacilityEntities.BuildFilter(PartitionKey(version), options.Filter, options.ContinuationToken);
        var values = new List<Facility>(Math.Min(options.PageSize, MaxServerPage));
        bool more = false;
        try
        {
            // Ask for one more than the page: if it comes, there is a next page; the cursor is the last id returned.
            int perPage = Math.Min(options.PageSize + 1, MaxServerPage);
            await foreach (var e in Table(Tables.Facilities).QueryAsync<TableEntity>(filter, perPage, cancellationToken: cancellationToken))
            {
                if (values.Count == options.PageSize)
                {
                    more = true;
                    break;
                }

                values.Add(FacilityEntities.FromEntity(e));
            }
        }
        catch (RequestFailedException ex) when (ex.Status == 404)
        {
        }

        return new ResultPage<Facility>(values, more ? values[^1].Id : null);
    }

    public async Task<long> CountFacilitiesAsync(DatasetVersionRef version, FacilityFilter filter, CancellationToken cancellationToken = default)
    {
        var query = FacilityEntities.BuildFilter(PartitionKey(version), filter, afterId: null);
        if (_counts.TryGetValue(query, out long cached))
        {
            return cached;
        }

        long count = 0;
        try
        {
            await foreach (var _ in Table(Tables.Facilities).QueryAsync<TableEntity>(query, MaxServerPage, ["RowKey"], cancellationToken))
            {
                count++;
            }
        }
        catch (RequestFailedException ex) when (ex.Status == 404)
        {
        }

        if (_counts.Count >= MaxCachedCounts)
        {
            _counts.Clear();
        }

        _counts[query] = count;
        return count;
    }

    public async Task<Facility?> GetFacilityAsync(DatasetVersionRef version, string facilityId, CancellationToken cancellationToken = default)
    {
        if (!RowKeys.IsValid(facilityId))
        {
            return null;
        }

        var e = await GetEntityOrNullAsync(Tables.Facilities, PartitionKey(version), facilityId, cancellationToken);
        return e is null ? null : FacilityEntities.FromEntity(e);
    }

    /// <summary>The partition holding one dataset version's rows: "{district}~{version}".</summary>
    internal static string PartitionKey(DatasetVersionRef version) => $"{version.DistrictCode}~{version.Version}";

    private TableClient Table(string name) => _service.GetTableClient(name);

    private async Task<TableEntity?> GetEntityOrNullAsync(string table, string pk, string rk, CancellationToken ct)
    {
        var response = await Table(table).GetEntityIfExistsAsync<TableEntity>(pk, rk, cancellationToken: ct);
        return response.HasValue ? response.Value : null;
    }
}
