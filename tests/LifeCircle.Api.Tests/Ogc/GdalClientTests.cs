using System.Diagnostics;
using System.Text.Json;
using System.Text.RegularExpressions;
using LifeCircle.Core.Documents;

namespace LifeCircle.Api.Tests.Ogc;

/// <summary>A real GIS client, GDAL's OAPIF driver (Debian gdal-bin, installed by scripts/test.sh), reads every collection.</summary>
[Collection(ApiCollection.Name)]
public class GdalClientTests(ApiHostFixture api)
{
    private string Landing => api.Client.BaseAddress!.ToString().TrimEnd('/') + "/api/districts/150303";

    private static async Task<(int Code, string Out, string Err)> Run(string file, params string[] args)
    {
        var start = new ProcessStartInfo(file) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in args)
        {
            start.ArgumentList.Add(a);
        }

        Process process;
        try
        {
            process = Process.Start(start)!;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            throw new InvalidOperationException($"{file} is not installed: scripts/test.sh installs gdal-bin");
        }

        using (process)
        {
            var stdout = process.StandardOutput.ReadToEndAsync();
            var stderr = process.StandardError.ReadToEndAsync();
            await process.WaitForExitAsync();
            return (process.ExitCode, await stdout, await stderr);
        }
    }

    [Fact]
    [ConformanceTest(Conformance.Core)]
    [ConformanceTest(Conformance.GeoJson)]
    public async Task OgrinfoListsEveryCollection()
    {
        var (code, stdout, stderr) = await Run("ogrinfo", "-ro", "-q", "OAPIF:" + Landing);
        Assert.True(code == 0, stderr);
        foreach (var collection in new[] { "facilities", "circles", "areas", "blocks", "streets", "access", "gaps", "isochrones" })
        {
            Assert.Matches(new Regex($@"^\d+: {collection} ", RegexOptions.Multiline), stdout);
        }
    }

    [Theory]
    [InlineData("facilities")]
    [InlineData("circles")]
    [InlineData("areas")]
    [InlineData("blocks")]
    [InlineData("streets")]
    [InlineData("access")]
    [InlineData("gaps")]
    [InlineData("isochrones")]
    public async Task Ogr2ogrFetchesExactlyNumberMatchedFeaturesWithDistinctIds(string collection)
    {
        var (_, first) = await api.GetJsonAsync($"/api/districts/150303/collections/{collection}/items?limit=1");
        int matched = first.GetProperty("numberMatched").GetInt32();
        var output = Path.Combine(Path.GetTempPath(), $"lc-gdal-{Guid.NewGuid():N}.geojson");
        try
        {
            var (code, _, stderr) = await Run("ogr2ogr", "-f", "GeoJSON", output, "OAPIF:" + Landing, collection, "-oo", "PAGE_SIZE=500");
            Assert.True(code == 0, stderr);
            using var doc = JsonDocument.Parse(await File.ReadAllTextAsync(output));
            var ids = doc.RootElement.GetProperty("features").EnumerateArray().Select(f => f.GetProperty("properties").GetProperty("id").GetString()).ToList();
            Assert.Equal(matched, ids.Count);
            Assert.Equal(matched, ids.Distinct().Count());
        }
        finally
        {
            File.Delete(output);
        }
    }
}
