using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using System.Text.Json.Nodes;
using LifeCircle.Api.Functions;
using LifeCircle.Storage;
using LifeCircle.Tests.Shared;

namespace LifeCircle.Api.Tests.Functions;

/// <summary>POST /api/imports on a host configured with an import key, over its own tables.</summary>
public sealed class ImportFunctionsTests : IAsyncLifetime
{
    private readonly string _key = Guid.NewGuid().ToString("N");
    private readonly TableDistrictDataStore _store = new(TestStorage.Service, TestStorage.NewPrefix());
    private readonly TempFolder _folder = new("lc-import");
    private TestApiHost? _host;
    private HttpClient _client = null!;

    public async Task InitializeAsync()
    {
        await _store.EnsureTablesAsync();
        _host = await TestApiHost.StartAsync(_store.Tables.Prefix, new Dictionary<string, string?>
        {
            [$"{ImportSettings.Section}:Key"] = _key,
            ["LifeCircle:Cache:DistrictSeconds"] = "0",
            [$"{ImportSettings.Section}:{nameof(ImportSettings.MaxPackageMegabytes)}"] = "1",
            [$"{ImportSettings.Section}:{nameof(ImportSettings.MaxFileMegabytes)}"] = "2",
            [$"{ImportSettings.Section}:{nameof(ImportSettings.MaxFiles)}"] = "20",
        });
        _client = _host.Client;
    }

    public async Task DisposeAsync()
    {
        await _host!.DisposeAsync();
        await _store.DeleteTablesAsync();
        _folder.Dispose();
    }

    private byte[] Package(Action<List<string>>? editCsv = null)
    {
        SecondDistrictPackage.Write(_folder, editCsv);
        return TestZips.OfFolder(_folder);
    }


    private Task<(HttpStatusCode Status, JsonElement Body)> Post(byte[] body, string? key) => Post(new ByteArrayContent(body), key);

    private async Task<(HttpStatusCode Status, JsonElement Body)> Post(HttpContent content, string? key)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/imports") { Content = content };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/zip");
        if (key is not null)
        {
            request.Headers.Add(ImportFunctions.KeyHeader, key);
        }

        var response = await _client.SendAsync(request);
        using var doc = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return (response.StatusCode, doc.RootElement.Clone());
    }

    [Fact]
    public async Task AValidPackageIsPublishedAndImportingItAgainChangesNothing()
    {
        var package = Package();
        var (status, body) = await Post(package, _key);
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("150302", body.GetProperty("district").GetString());
        Assert.False(body.GetProperty("alreadyPublished").GetBoolean());

        var items = await _client.GetStringAsync("/api/districts/150302/collections/facilities/items");
        Assert.Contains("hb-k-1", items);

        var (again, second) = await Post(package, _key);
        Assert.Equal(HttpStatusCode.OK, again);
        Assert.True(second.GetProperty("alreadyPublished").GetBoolean());
        Assert.Equal(body.GetProperty("version").GetString(), second.GetProperty("version").GetString());
    }

    [Fact]
    public async Task WhatAnImportDerivedBecauseThePackageLeftItOutIsListedInTheAnswer()
    {
        SecondDistrictPackage.Write(_folder);
        File.Delete(Path.Combine(_folder, "themes.json"));

        var (status, body) = await Post(TestZips.OfFolder(_folder), _key);

        Assert.Equal(HttpStatusCode.OK, status);
        var derived = body.GetProperty("derived").EnumerateArray().Select(d => d.GetString()!).ToList();
        Assert.Contains(derived, d => d.Contains("themes", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("wrong")]
    public async Task WithoutTheRightKeyNothingIsImported(string? key)
    {
        var (status, body) = await Post(Package(), key == "wrong" ? "wrong" + _key : key);
        Assert.Equal(HttpStatusCode.Unauthorized, status);
        Assert.Contains(ImportFunctions.KeyHeader, body.GetProperty("detail").GetString());
        Assert.Empty(await _store.ListDistrictsAsync());
    }

    [Fact]
    public async Task APackageWithErrorsIsRefusedWithEveryErrorListed()
    {
        var (status, body) = await Post(Package(rows => { rows.Add("x1,药店,x,pharmacy,150302001001,existing,abc,39.67"); rows.Add("x2,药店,x,casino,150302001001,existing,106.82,39.67"); }), _key);
        Assert.Equal((HttpStatusCode)422, status);
        var detail = body.GetProperty("detail").GetString();
        Assert.Contains("facilities.csv row 5: lon: 'abc' is not a number", detail);
        Assert.Contains("facilities.csv row 6: category: unknown category 'casino'", detail);
        Assert.Empty(await _store.ListDistrictsAsync());
    }

    [Fact]
    public async Task AManifestLayerWithoutAFileIsRefusedAsA422ProblemNotAServerError()
    {
        SecondDistrictPackage.Write(_folder);
        var descriptor = Path.Combine(_folder, "dataset.json");
        var json = JsonNode.Parse(File.ReadAllText(descriptor))!;
        json["layers"]!["facilities"] = new JsonObject { ["crs"] = "GCJ-02" };
        File.WriteAllText(descriptor, json.ToJsonString());

        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/imports") { Content = new ByteArrayContent(TestZips.OfFolder(_folder)) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/zip");
        request.Headers.Add(ImportFunctions.KeyHeader, _key);
        using var response = await _client.SendAsync(request);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());

        Assert.Equal((HttpStatusCode)422, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        Assert.Contains("dataset.json: $.layers.facilities", body.RootElement.GetProperty("detail").GetString());
        Assert.Empty(await _store.ListDistrictsAsync());
    }

    [Fact]
    public async Task ABodyThatIsNotAZipIsA400()
    {
        var (status, body) = await Post("not a zip"u8.ToArray(), _key);
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal("body", body.GetProperty("parameter").GetString());
    }

    [Fact]
    public async Task AZipBombIsRefusedAs422NamingTheFileAndTheLimitAndNothingIsImported()
    {
        var bomb = TestZips.OfZeros(("dataset.json", 100), ("facilities.geojson", 16 * 1024 * 1024));
        Assert.True(bomb.Length < 64 * 1024);

        var (status, body) = await Post(bomb, _key);

        Assert.Equal((HttpStatusCode)422, status);
        Assert.Equal("Package over a limit", body.GetProperty("title").GetString());
        var detail = body.GetProperty("detail").GetString();
        Assert.Contains("facilities.geojson", detail);
        Assert.Contains($"{ImportSettings.Section}:{nameof(ImportSettings.MaxFileMegabytes)}", detail);
        Assert.Empty(await _store.ListDistrictsAsync());
    }

    [Fact]
    public async Task AZipWithMoreFilesThanAllowedIsRefusedAs422NamingTheLimit()
    {
        var (status, body) = await Post(TestZips.OfZeros([.. Enumerable.Range(0, 21).Select(i => ($"f{i}.csv", 1))]), _key);

        Assert.Equal((HttpStatusCode)422, status);
        Assert.Contains("21 entries", body.GetProperty("detail").GetString());
        Assert.Contains($"{ImportSettings.Section}:{nameof(ImportSettings.MaxFiles)}", body.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task ABodyOverThePackedLimitIsA413NamingTheLimit()
    {
        var (status, body) = await Post(new byte[(1024 * 1024) + 1], _key);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, status);
        Assert.Equal("body", body.GetProperty("parameter").GetString());
        Assert.Contains($"{ImportSettings.Section}:{nameof(ImportSettings.MaxPackageMegabytes)}", body.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task ABodyOverThePackedLimitSentWithoutALengthIsStoppedWhileStreamingWithA413()
    {
        var (status, body) = await Post(new UnknownLengthContent(new byte[(1024 * 1024) + 1]), _key);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, status);
        Assert.Contains("at most 1 MiB", body.GetProperty("detail").GetString());
    }

    /// <summary>Sends its bytes chunked, declaring no Content-Length, so the server learns the size only by reading.</summary>
    private sealed class UnknownLengthContent(byte[] bytes) : HttpContent
    {
        protected override Task SerializeToStreamAsync(Stream stream, System.Net.TransportContext? context) => stream.WriteAsync(bytes).AsTask();

        protected override bool TryComputeLength(out long length)
        {
            length = 0;
            return false;
        }
    }
}
