using System.Diagnostics;
using System.Globalization;
using System.Text;
using LifeCircle.Core.Data;
using LifeCircle.Core.Data.Packages;
using LifeCircle.Core.Importing;
using LifeCircle.Tests.Shared;

namespace LifeCircle.Core.Tests.Data.Packages;

/// <summary>Streets from OpenStreetMap by the documented GDAL route: ogr2ogr turns an OSM extract's lines into the streets GeoJSON the package reads (gdal-bin, installed by scripts/test.sh; not needed by the product).</summary>
public sealed class OsmStreetsTests : IDisposable
{
    /// <summary>The command of docs/dataset-format.md, "Streets from OpenStreetMap".</summary>
    private static readonly string[] Ogr2ogr =
    [
        "-f", "GeoJSON", "streets.geojson", "extract.osm",
        "-sql", "SELECT osm_id AS id, name AS name_zh, highway AS kind FROM lines WHERE highway IS NOT NULL",
        "-lco", "RFC7946=YES", "-lco", "ID_FIELD=id",
    ];

    private readonly TempFolder _folder = new("lc-osm");

    public void Dispose() => _folder.Dispose();

    /// <summary>An OSM extract (the XML form of what an .osm.pbf holds) of the district's streets, named, plus a stream that is no street.</summary>
    private static string Extract(IReadOnlyList<Core.Model.Street> streets)
    {
        var xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<osm version=\"0.6\" generator=\"test\">\n");
        var ways = new StringBuilder();
        long node = 0;
        for (int i = 0; i < streets.Count; i++)
        {
            ways.Append(CultureInfo.InvariantCulture, $"  <way id=\"{1000 + i}\" version=\"1\">");
            foreach (var c in streets[i].Geometry.Coordinates)
            {
                node++;
                xml.Append(CultureInfo.InvariantCulture, $"  <node id=\"{node}\" version=\"1\" lon=\"{c.X:R}\" lat=\"{c.Y:R}\"/>\n");
                ways.Append(CultureInfo.InvariantCulture, $"<nd ref=\"{node}\"/>");
            }

            ways.Append(CultureInfo.InvariantCulture, $"<tag k=\"highway\" v=\"{(i % 2 == 0 ? "residential" : "footway")}\"/><tag k=\"name\" v=\"海北{i}路\"/></way>\n");
        }

        ways.Append(CultureInfo.InvariantCulture, $"  <way id=\"9999\" version=\"1\"><nd ref=\"1\"/><nd ref=\"{node}\"/><tag k=\"waterway\" v=\"stream\"/></way>\n");
        return xml.Append(ways).Append("</osm>\n").ToString();
    }

    private static void Run(string folder, string[] args)
    {
        var start = new ProcessStartInfo("ogr2ogr") { WorkingDirectory = folder, RedirectStandardError = true, RedirectStandardOutput = true };
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
            throw new InvalidOperationException("ogr2ogr is not installed: scripts/test.sh installs gdal-bin");
        }

        using (process)
        {
            var stderr = process.StandardError.ReadToEnd();
            process.WaitForExit();
            Assert.True(process.ExitCode == 0, stderr);
        }
    }

    [Fact]
    public void TheStreetsOgr2ogrMakesFromAnOsmExtractAreReadWithTheirIdsNamesAndKinds()
    {
        SecondDistrictPackage.Write(_folder);
        var streets = PackageReader.Read(_folder).Dataset!.Streets;
        File.WriteAllText(Path.Combine(_folder, "extract.osm"), Extract(streets));
        File.Delete(Path.Combine(_folder, DatasetFiles.Streets));
        Run(_folder, Ogr2ogr);
        File.Delete(Path.Combine(_folder, "extract.osm"));
        OfficeFilesPackage.SetLayers(_folder, """
            {"facilities": {"file": "facilities.csv", "crs": "GCJ-02"}, "areas": {"file": "areas.geojson", "crs": "BD-09"},
             "streets": {"file": "streets.geojson", "defaults": {"provenance": "sourced", "position_provenance": "sourced", "figures_provenance": "sourced", "source": "© OpenStreetMap contributors (ODbL)"}}}
            """);

        var result = CheckedPackage.Read(_folder);
        Assert.DoesNotContain(result.Problems, p => p.Severity == ProblemSeverity.Error);
        var read = result.Dataset!.Streets;
        Assert.Equal(Enumerable.Range(1000, streets.Count).Select(i => i.ToString(CultureInfo.InvariantCulture)), read.Select(s => s.Id));
        Assert.Equal(("海北1路", "footway", "© OpenStreetMap contributors (ODbL)"), (read[1].Name!.Zh, read[1].Kind, read[1].Provenance.Source));
        Assert.Equal(streets.Select(s => s.Geometry.Coordinates.Length), read.Select(s => s.Geometry.Coordinates.Length));
    }
}
