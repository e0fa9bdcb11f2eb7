using Azure.Data.Tables;
using LifeCircle.Storage;

namespace LifeCircle.Tests.Shared;

/// <summary>The Azurite that scripts/test.sh starts, and a store on tables of the test's own.</summary>
public static class TestStorage
{
    /// <summary>Set by scripts/test.sh; without it the default Azurite port is tried.</summary>
    public const string Variable = "LIFECIRCLE_TEST_STORAGE";

    public static string ConnectionString =>
        Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } cs ? cs : "UseDevelopmentStorage=true";

    public static TableServiceClient Service { get; } = new(ConnectionString);

    /// <summary>A unique table prefix, so no two tests share tables.</summary>
    public static string NewPrefix() => "t" + Guid.NewGuid().ToString("N")[..12];

    /// <summary>A store on fresh tables; dispose it to delete them.</summary>
    public static OwnedStore NewStore() => new(new TableDistrictDataStore(Service, NewPrefix()));
}

/// <summary>A store whose tables are deleted when the test ends.</summary>
public sealed class OwnedStore(TableDistrictDataStore store) : IAsyncDisposable
{
    public TableDistrictDataStore Store { get; } = store;

    public async ValueTask DisposeAsync()
    {
        foreach (var name in Store.Tables.All)
        {
            await TestStorage.Service.DeleteTableAsync(name);
        }
    }
}
