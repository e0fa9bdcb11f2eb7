using LifeCircle.Tests.Shared;

namespace LifeCircle.Storage.Tests;

public class TableServiceClientsTests
{
    [Fact]
    public void AConnectionStringWinsSoLocalRunsUseAzurite()
    {
        var client = TableServiceClients.Create(new StorageSettings
        {
            ConnectionString = TestStorage.ConnectionString,
            TableServiceUri = new Uri("https://example.table.core.windows.net/"),
        });
        Assert.Equal("devstoreaccount1", client.AccountName);
    }

    [Fact]
    public void AServiceUriAloneUsesATokenCredentialForThatAccount()
    {
        var client = TableServiceClients.Create(new StorageSettings
        {
            TableServiceUri = new Uri("https://lcexample.table.core.windows.net/"),
            ManagedIdentityClientId = "00000000-0000-0000-0000-000000000001",
        });
        Assert.Equal("lcexample", client.AccountName);
        Assert.Equal(new Uri("https://lcexample.table.core.windows.net/"), client.Uri);
    }

    [Fact]
    public void NeitherSettingIsAClearConfigurationError()
    {
        var ex = Assert.Throws<InvalidOperationException>(() => TableServiceClients.Create(new StorageSettings()));
        Assert.Contains("LifeCircle:Storage:ConnectionString", ex.Message);
        Assert.Contains("TableServiceUri", ex.Message);
    }
}
