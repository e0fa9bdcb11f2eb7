using LifeCircle.Storage;
using LifeCircle.Tests.Shared;
using static LifeCircle.Cli.Tests.CliRun;

namespace LifeCircle.Cli.Tests.Commands;

/// <summary>lifecircle import against Azurite: a package it refuses exits with a documented code and leaves the current version served.</summary>
public sealed class ImportCommandTests : IDisposable
{
    private readonly TempFolder _good = new("lc-import-good");
    private readonly TempFolder _bad = new("lc-import-bad");

    public void Dispose()
    {
        _good.Dispose();
        _bad.Dispose();
    }

    [Fact]
    public async Task AnIdThatCannotBeATableKeyIsAValidateErrorAndTheImportExitsWithOneKeepingTheCurrentVersion()
    {
        var prefix = TestStorage.NewPrefix();
        var store = new TableDistrictDataStore(TestStorage.Service, prefix);
        SecondDistrictPackage.Write(_good);
        SecondDistrictPackage.Write(_bad, rows =>
        {
            rows.Add("WH/0003,斜杠药店,slash,pharmacy,150302001001,existing,106.8200,39.6700");
            rows.Add("WH#0005,井号药店,hash,pharmacy,150302001001,existing,106.8201,39.6700");
        });
        try
        {
            var published = await Run("import", _good, "--connection-string", TestStorage.ConnectionString, "--table-prefix", prefix);
            string before = (await store.GetDistrictAsync(SecondDistrictPackage.Code))!.CurrentVersion;

            var validate = await Run("validate", _bad);
            var import = await Run("import", _bad, "--connection-string", TestStorage.ConnectionString, "--table-prefix", prefix);

            Assert.Equal(0, published.Code);
            Assert.Equal(ExitCodes.DataErrors, validate.Code);
            Assert.Contains("error: facilities.csv row 5: id: 'WH/0003' cannot be an id: it contains '/'", validate.Err);
            Assert.Contains("error: facilities.csv row 6: id: 'WH#0005' cannot be an id: it contains '#'", validate.Err);
            Assert.Equal(ExitCodes.DataErrors, import.Code);
            Assert.Contains("facilities.csv row 5: id: 'WH/0003'", import.Err);
            Assert.Contains("nothing was imported", import.Err);
            Assert.Equal(before, (await store.GetDistrictAsync(SecondDistrictPackage.Code))!.CurrentVersion);
        }
        finally
        {
            await store.DeleteTablesAsync();
        }
    }
}
