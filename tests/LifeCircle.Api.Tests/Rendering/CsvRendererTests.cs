using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json;
using LifeCircle.Api.Rendering;
using LifeCircle.Core.Data.Packages;

namespace LifeCircle.Api.Tests.Rendering;

[Collection(ApiCollection.Name)]
public class CsvRendererTests(ApiHostFixture api)
{
    private const string Coverage = "/api/districts/150303/coverage";

    private async Task<(HttpResponseMessage Response, byte[] Body)> GetBytesAsync(string url, string? accept = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        if (accept is not null)
        {
            request.Headers.TryAddWithoutValidation("Accept", accept);
        }

        var response = await api.Client.SendAsync(request);
        return (response, await response.Content.ReadAsByteArrayAsync());
    }

    private static List<Dictionary<string, string>> Parse(byte[] body)
    {
        var table = LifeCircle.Core.Data.Packages.Readers.CsvTable.Read(body, "coverage.csv");
        return [.. table.Rows.Select(r => table.Header.Zip(r.Cells).ToDictionary(p => p.First, p => p.Second))];
    }

    [Theory]
    [InlineData("/api/districts/150303/coverage.csv", "text/csv")]
    [InlineData("/api/districts/150303/charts/coverage.svg", "image/svg+xml")]
    [InlineData("/api/districts/150303/maps/access.png", "image/png")]
    public async Task ABrowserFollowingALinkToAFileGetsTheFileNotAPage(string url, string mediaType)
    {
        var (response, _) = await GetBytesAsync(url, "text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,*/*;q=0.8");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(mediaType, response.Content.Headers.ContentType!.MediaType);
    }

    [Fact]
    public async Task TheCoverageFileIsUtf8WithABomAndAHeaderOfTheDocumentedColumns()
    {
        var (response, body) = await GetBytesAsync($"{Coverage}.csv");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal([0xEF, 0xBB, 0xBF], body[..3]);
        var header = Encoding.UTF8.GetString(body, 3, body.Length - 3).Split("\r\n")[0];
        Assert.Equal(CsvRenderer.Columns, header.Split(','));
    }

    [Fact]
    public async Task EveryCategoryRowEqualsTheJsonFigureWithElderlyRoundedToWholePeople()
    {
        const string query = "?area=150303001008&theme=elderly-care";
        var (_, json) = await api.GetJsonAsync(Coverage + query);
        var (_, body) = await GetBytesAsync($"{Coverage}.csv{query}");
        var rows = Parse(body).Where(r => r["figure"] == "category").ToList();

        var expected = json.GetProperty("categories").EnumerateArray().ToList();
        Assert.Equal(expected.Count, rows.Count);
        foreach (var e in expected)
        {
            var row = rows.Single(r => r["category"] == e.GetProperty("category").GetString() && r["scenario"] == e.GetProperty("scenario").GetString()
                && r["threshold_minutes"] == e.GetProperty("threshold").GetInt32().ToString(CultureInfo.InvariantCulture));
            Assert.Equal(e.GetProperty("residentsCovered").GetInt32(), int.Parse(row["residents_reached"], CultureInfo.InvariantCulture));
            Assert.Equal(Nullable(e, "share"), Nullable(row["share"]));
            Assert.Equal((long)Math.Round(e.GetProperty("elderlyCovered").GetDouble(), MidpointRounding.AwayFromZero), long.Parse(row["elderly_reached"], CultureInfo.InvariantCulture));
            Assert.Equal(Nullable(e, "medianMinutes"), Nullable(row["median_minutes"]));
            Assert.Equal(e.GetProperty("facilities").GetInt32(), int.Parse(row["facilities"], CultureInfo.InvariantCulture));
            Assert.Equal("elderly-care", row["theme"]);
        }
    }

    [Fact]
    public async Task HeadlineAndThemeRowsEqualTheJsonFiguresAndNameTheirAreaInBothLanguages()
    {
        var (_, json) = await api.GetJsonAsync($"{Coverage}?area=north");
        var rows = Parse((await GetBytesAsync($"{Coverage}.csv?area=north")).Body);
        var circle = api.Sample.Circles.Single(c => c.Id == "north");

        Assert.All(rows, r => Assert.Equal((circle.Name.Zh, circle.Name.En), (r["area_name_zh"], r["area_name_en"])));
        foreach (var h in json.GetProperty("headlines").EnumerateArray())
        {
            var scenario = h.GetProperty("scenario").GetString();
            var whole = rows.Single(r => r["figure"] == "circle" && r["scenario"] == scenario);
            Assert.Equal(Nullable(h, "share"), Nullable(whole["share"]));
            Assert.Equal(h.GetProperty("residentsComplete").GetInt32().ToString(CultureInfo.InvariantCulture), whole["residents_reached"]);
            var within15 = rows.Single(r => r["figure"] == "circle-within-15" && r["scenario"] == scenario);
            Assert.Equal(Nullable(h, "shareWithin15"), Nullable(within15["share"]));
        }

        foreach (var t in json.GetProperty("themes").EnumerateArray())
        {
            var row = rows.Single(r => r["figure"] == "theme" && r["theme"] == t.GetProperty("theme").GetString() && r["scenario"] == t.GetProperty("scenario").GetString());
            Assert.Equal(Nullable(t, "share"), Nullable(row["share"]));
            Assert.Equal(api.Sample.Themes.Single(x => x.Id == row["theme"]).Name.Zh, row["theme_name_zh"]);
        }
    }

    [Fact]
    public async Task FormatCsvAndAcceptTextCsvOnTheCoverageGiveTheSameFile()
    {
        const string query = "area=south&threshold=10&scenario=with-planned";
        var (_, file) = await GetBytesAsync($"{Coverage}.csv?{query}");
        var (byFormat, formatBody) = await GetBytesAsync($"{Coverage}?{query}&f=csv");
        var (byAccept, acceptBody) = await GetBytesAsync($"{Coverage}?{query}", "text/csv");

        Assert.Equal("text/csv", byFormat.Content.Headers.ContentType!.MediaType);
        Assert.Equal("text/csv", byAccept.Content.Headers.ContentType!.MediaType);
        Assert.Equal(file, formatBody);
        Assert.Equal(file, acceptBody);
    }

    [Theory]
    [InlineData("/api/districts/150303/themes?f=csv", "f")]
    [InlineData("/api/districts/150303/coverage.csv?f=json", "f")]
    [InlineData("/api/districts/150303/coverage.csv?threshold=7", "threshold")]
    public async Task CsvWhereItIsNotOfferedOrABadFilterGives400NamingTheParameter(string url, string parameter)
    {
        var (response, body) = await api.GetJsonAsync(url);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(parameter, body.GetProperty("parameter").GetString());
    }

    [Fact]
    public async Task PythonsCsvModuleReadsTheFileWithChineseIntact()
    {
        var (_, body) = await GetBytesAsync($"{Coverage}.csv");
        var path = Path.Combine(Path.GetTempPath(), $"coverage-{Guid.NewGuid():N}.csv");
        await File.WriteAllBytesAsync(path, body);
        try
        {
            const string script = "import csv,sys,json\nwith open(sys.argv[1], newline='', encoding='utf-8-sig') as f:\n    rows = list(csv.DictReader(f))\n"
                + "print(json.dumps({'rows': len(rows), 'names': sorted({r['area_name_zh'] for r in rows}), 'columns': list(rows[0].keys())}))";
            var start = new ProcessStartInfo("python3") { RedirectStandardOutput = true, RedirectStandardError = true, StandardOutputEncoding = Encoding.UTF8 };
            start.ArgumentList.Add("-c");
            start.ArgumentList.Add(script);
            start.ArgumentList.Add(path);
            start.Environment["PYTHONIOENCODING"] = "utf-8";
            using var python = Process.Start(start)!;
            var output = await python.StandardOutput.ReadToEndAsync();
            await python.WaitForExitAsync();
            Assert.True(python.ExitCode == 0, await python.StandardError.ReadToEndAsync());

            using var read = JsonDocument.Parse(output);
            Assert.Equal(Parse(body).Count, read.RootElement.GetProperty("rows").GetInt32());
            Assert.Equal(CsvRenderer.Columns, read.RootElement.GetProperty("columns").EnumerateArray().Select(c => c.GetString()));
            var names = read.RootElement.GetProperty("names").EnumerateArray().Select(n => n.GetString()).ToList();
            Assert.Contains(api.Sample.Areas.Single(a => a.Code == "150303001008").Name.Zh, names);
            Assert.Contains(api.Sample.District.Name.Zh, names);
        }
        finally
        {
            File.Delete(path);
        }
    }

    // The JSON leaves out members whose value is null.
    private static double? Nullable(JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) && v.ValueKind != JsonValueKind.Null ? v.GetDouble() : null;

    private static double? Nullable(string cell) => cell.Length == 0 ? null : double.Parse(cell, CultureInfo.InvariantCulture);
}
