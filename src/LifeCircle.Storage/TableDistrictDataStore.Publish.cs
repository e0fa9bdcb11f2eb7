using System.Text.Json;
using Azure.Data.Tables;
using LifeCircle.Core.Data;
using LifeCircle.Core.Data.Layers;
using LifeCircle.Core.Features;
using LifeCircle.Core.Model;
using LifeCircle.Core.Publishing;

namespace LifeCircle.Storage;

/// <summary>Publishing: write every row of a new version, mark it complete, then switch the district to it in one write.</summary>
public sealed partial class TableDistrictDataStore
{
    /// <summary>A table transaction holds at most 100 entities of one partition.</summary>
    private const int MaxBatch = 100;

    /// <summary>Batches in flight at once: enough that Azurite (one thread) or the service always has one queued while the client builds the next.</summary>
    private const int BatchConcurrency = 8;

    /// <summary>Tables being made ready by <see cref="PrepareToPublishAsync"/> for the next publish, which takes it over.</summary>
    private Task? _prepared;

    internal const string StatusWriting = "writing";
    internal const string StatusComplete = "complete";

    public async Task<PublishResult> PublishAsync(Dataset dataset, PublishOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        var version = new DatasetVersionRef(dataset.District.Code, DatasetVersionIds.Compute(dataset, options?.Derived?.EngineVersion));
        var current = await GetDistrictAsync(version.DistrictCode, cancellationToken);
        if (current?.CurrentVersion == version.Version)
        {
            return new PublishResult(version, 0, AlreadyPublished: true);
        }

        var pk = PartitionKey(version);
        CheckIds(dataset, options?.Derived);
        var tables = Interlocked.Exchange(ref _prepared, null) ?? EnsureTablesAsync(cancellationToken);
        // Pages are packed on another thread while the typed rows, built batch by batch as they are sent, go out.
        var documents = Task.Run(
            async () =>
            {
                var outlines = Task.Run(() => Document(pk, LayerOutlines.Document, LayerOutlines.ToJson(LayerOutlines.Of(dataset, options?.Derived))), cancellationToken);
                var rows = DocumentEntities(pk, dataset).Concat(DerivedEntities(pk, options?.Derived)).ToList();
                rows.Add(await outlines);
                return rows;
            },
            cancellationToken);
        var facilities = dataset.Facilities.Select(f => FacilityEntities.ToEntity(pk, f));

        await tables.WaitAsync(cancellationToken);
        var versionRow = VersionEntity(dataset, version, StatusWriting);
        await Table(Tables.Datasets).UpsertEntityAsync(versionRow, TableUpdateMode.Replace, cancellationToken);

        int written = 0;
        await Parallel.ForEachAsync(
            AllBatches(Batches(Tables.Facilities, facilities), documents, Tables.Documents),
            new ParallelOptions { MaxDegreeOfParallelism = BatchConcurrency, CancellationToken = cancellationToken },
            async (batch, ct) =>
            {
                await Table(batch.Table).SubmitTransactionAsync(
                    batch.Entities.Select(e => new TableTransactionAction(TableTransactionActionType.UpsertReplace, e)), ct);
                // The pages' count joins the total once they are packed; waiting for it here would hold every slot until then.
                int all = dataset.Facilities.Count + (documents.IsCompletedSuccessfully ? documents.Result.Count : 0);
                options?.Progress?.Report((Interlocked.Add(ref written, batch.Entities.Count), all));
            });
        int total = dataset.Facilities.Count + (await documents).Count;

        versionRow["Status"] = StatusComplete;
        versionRow["CompletedAt"] = DateTimeOffset.UtcNow;
        await Table(Tables.Datasets).UpsertEntityAsync(versionRow, TableUpdateMode.Replace, cancellationToken);

        // The switch: readers find the version through this one row, so they see the old or the new, never a mix.
        await Table(Tables.Districts).UpsertEntityAsync(
            DistrictEntities.ToEntity(dataset, version.Version, DateTimeOffset.UtcNow), TableUpdateMode.Replace, cancellationToken);
        return new PublishResult(version, total + 2, AlreadyPublished: false);
    }

    /// <summary>Starts creating the tables now (an import does it while coverage is computed); the next publish waits for it instead of creating them again.</summary>
    public Task PrepareToPublishAsync(CancellationToken cancellationToken = default)
    {
        var tables = EnsureTablesAsync(cancellationToken);
        Interlocked.Exchange(ref _prepared, tables)?.ContinueWith(t => t.Exception, CancellationToken.None, TaskContinuationOptions.OnlyOnFaulted, TaskScheduler.Default);
        return tables;
    }

    /// <summary>Creates the tables if they do not exist (writers only: readers never need to create).</summary>
    public async Task EnsureTablesAsync(CancellationToken cancellationToken = default)
    {
        await Task.WhenAll(Tables.All.Select(name => _service.CreateTableIfNotExistsAsync(name, cancellationToken)));
    }

    /// <summary>Deletes every table of this store (used by tests and to reset a local Azurite).</summary>
    public async Task DeleteTablesAsync(CancellationToken cancellationToken = default)
    {
        foreach (var name in Tables.All)
        {
            await _service.DeleteTableAsync(name, cancellationToken);
        }
    }

    private static IEnumerable<TableEntity> DocumentEntities(string pk, Dataset d)
    {
        var catalogue = new DatasetCatalogue(d.Metadata, d.Themes, d.Categories, d.Areas.Select(a => a.Code).ToList());
        yield return Document(pk, CatalogueRowKey, JsonSerializer.Serialize(catalogue, JsonText.Compact));
        // Facilities twice: typed rows for people (Storage Explorer, Power BI), and pages that the API reads in a few entities.
        foreach (var e in Layer(pk, d.Facilities, LayerCodecs.Facilities)
                     .Concat(Layer(pk, d.Areas, LayerCodecs.Areas))
                     .Concat(Layer(pk, d.Circles, LayerCodecs.Circles))
                     .Concat(Layer(pk, d.Blocks, LayerCodecs.Blocks))
                     .Concat(Layer(pk, d.Streets, LayerCodecs.Streets)))
        {
            yield return e;
        }
    }

    private static IEnumerable<TableEntity> DerivedEntities(string pk, DerivedData? derived)
    {
        if (derived is null)
        {
            yield break;
        }

        foreach (var (layer, features) in derived.Layers)
        {
            foreach (var page in LayerPages.Pack(pk, layer, features.Select(FeatureRecords.ToJson)))
            {
                yield return page;
            }
        }

        foreach (var (key, json) in derived.Documents)
        {
            yield return Document(pk, key, json);
        }
    }

    /// <summary>A package layer's rows: pages of its features under the layer id as the registry names it.</summary>
    private static IEnumerable<TableEntity> Layer<T>(string pk, IEnumerable<T> items, LayerCodec<T> codec) =>
        LayerPages.Pack(pk, codec.Layer.Id, items.Select(item => FeatureCollections.ToJson(item, codec)));

    /// <summary>Refuses, before anything is written, an id or document key that cannot be a table key.</summary>
    private static void CheckIds(Dataset d, DerivedData? derived)
    {
        CheckIds(d.Facilities, LayerCodecs.Facilities);
        CheckIds(d.Areas, LayerCodecs.Areas);
        CheckIds(d.Circles, LayerCodecs.Circles);
        CheckIds(d.Blocks, LayerCodecs.Blocks);
        CheckIds(d.Streets, LayerCodecs.Streets);
        if (derived is null)
        {
            return;
        }

        foreach (var (layer, features) in derived.Layers)
        {
            foreach (var f in features)
            {
                CheckId(f.Id, layer);
            }
        }

        foreach (var key in derived.Documents.Keys)
        {
            CheckId(key, "document");
        }
    }

    private static void CheckIds<T>(IEnumerable<T> items, LayerCodec<T> codec)
    {
        foreach (var item in items)
        {
            CheckId(codec.IdOf(item), codec.Layer.ItemName);
        }
    }

    /// <summary>The typed rows' batches as they are built, then the pages' once they are packed.</summary>
    private static async IAsyncEnumerable<(string Table, IReadOnlyList<TableEntity> Entities)> AllBatches(
        IEnumerable<(string Table, IReadOnlyList<TableEntity> Entities)> rows, Task<List<TableEntity>> documents, string documentsTable)
    {
        foreach (var batch in rows)
        {
            yield return batch;
        }

        foreach (var batch in Batches(documentsTable, await documents))
        {
            yield return batch;
        }
    }

    private static TableEntity Document(string pk, string rowKey, string json)
    {
        var e = new TableEntity(pk, rowKey);
        ChunkedJson.Put(e, json);
        return e;
    }

    private static TableEntity VersionEntity(Dataset d, DatasetVersionRef version, string status)
    {
        var e = new TableEntity(version.DistrictCode, version.Version)
        {
            ["Status"] = status,
            ["Label"] = d.Metadata.Version,
            ["FacilityCount"] = d.Facilities.Count,
            ["CreatedAt"] = DateTimeOffset.UtcNow,
        };
        ChunkedJson.Put(e, JsonSerializer.Serialize(d.Metadata, JsonText.Compact));
        return e;
    }

    /// <summary>The package checks refuse such ids first (<see cref="RecordIds"/>); this guards datasets built in code.</summary>
    private static string CheckId(string id, string layer) =>
        RecordIds.Problem(id) is { } problem
            ? throw new ArgumentException($"The {layer} id '{id}' cannot be a table key: it {problem}; {RecordIds.Rule}.")
            : id;

    /// <summary>Transactions of at most 100 entities and about 1 MB of JSON text (a transaction's payload may not pass 4 MiB, and escaping can triple non-ASCII text).</summary>
    private static IEnumerable<(string Table, IReadOnlyList<TableEntity> Entities)> Batches(string table, IEnumerable<TableEntity> entities)
    {
        const long MaxBatchChars = 1_000_000;
        var batch = new List<TableEntity>();
        long chars = 0;
        foreach (var e in entities)
        {
            long size = ChunkedJson.Length(e);
            if (batch.Count > 0 && (batch.Count == MaxBatch || chars + size > MaxBatchChars))
            {
                yield return (table, batch);
                batch = [];
                chars = 0;
            }

            batch.Add(e);
            chars += size;
        }

        if (batch.Count > 0)
        {
            yield return (table, batch);
        }
    }
}
