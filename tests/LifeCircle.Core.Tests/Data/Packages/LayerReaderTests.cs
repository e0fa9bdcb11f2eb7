using System.Text;
using LifeCircle.Core.Data;
using LifeCircle.Core.Data.Packages;
using LifeCircle.Core.Geodesy;
using LifeCircle.Core.Importing;
using LifeCircle.Core.Model;
using LifeCircle.Tests.Shared;

namespace LifeCircle.Core.Tests.Data.Packages;

/// <summary>A layer made of several files, each in its own format and CRS, read into one list of records.</summary>
public sealed class LayerReaderTests : IDisposable
{
    private readonly TempFolder _folder = new("lc-layer");

    public void Dispose() => _folder.Dispose();

    private static double Metres(GeoPosition a, Facility f) =>
        new LocalTransverseMercator(a).DistanceMetres(a, new GeoPosition(f.Location.X, f.Location.Y));

    /// <summary>The second district with its facilities split into an Amap export (GCJ-02) and a Baidu-based planning export (BD-09), both CSV.</summary>
    private void WriteTwoCrsPackage(string plannedId = "hb-plan-k")
    {
        SecondDistrictPackage.Write(_folder);
        var rows = new StringBuilder("id,name_zh,category,community,lon,lat\n");
        foreach (var (id, site) in OfficeFilesPackage.Planned)
        {
            var bd = ChinaCoordinates.Wgs84ToBd09(site.Position);
            rows.Append(FormattableString.Invariant($"{(id == "hb-plan-k" ? plannedId : id)},{site.Name},{site.Category},150302001001,{bd.Lon:F7},{bd.Lat:F7}\n"));
        }

        File.WriteAllText(Path.Combine(_folder, "planned-baidu.csv"), rows.ToString());
        OfficeFilesPackage.SetLayers(_folder, """
            {"facilities": [
              {"file": "facilities.csv", "crs": "GCJ-02"},
              {"file": "planned-baidu.csv", "crs": "BD-09", "defaults": {"status": "planned"}}
            ], "areas": {"file": "areas.geojson", "crs": "BD-09"}}
            """);
    }

    [Fact]
    public void FacilitiesFromAGcj02FileAndABd09FileLandWithinHalfAMetreOfTheTruth()
    {
        WriteTwoCrsPackage();
        var result = CheckedPackage.Read(_folder);
        Assert.DoesNotContain(result.Problems, p => p.Severity == ProblemSeverity.Error);

        var facilities = result.Dataset!.Facilities.ToDictionary(f => f.Id);
        Assert.Equal(SecondDistrictPackage.FacilityPositions.Count + OfficeFilesPackage.Planned.Count, facilities.Count);
        foreach (var (id, truth) in SecondDistrictPackage.FacilityPositions)
        {
            Assert.True(Metres(truth, facilities[id]) < 0.5, $"{id} is {Metres(truth, facilities[id]):F3} m off");
            Assert.Equal(("GCJ-02", FacilityStatus.Existing), (facilities[id].Provenance.SourceCrs, facilities[id].Status));
        }

        foreach (var (id, site) in OfficeFilesPackage.Planned)
        {
            Assert.True(Metres(site.Position, facilities[id]) < 0.5, $"{id} is {Metres(site.Position, facilities[id]):F3} m off");
            Assert.Equal(("BD-09", FacilityStatus.Planned, site.Name), (facilities[id].Provenance.SourceCrs, facilities[id].Status, facilities[id].Name.Zh));
        }
    }

    [Fact]
    public void AnIdUsedInTwoFilesOfALayerIsReportedNamingBothFilesAndRows()
    {
        WriteTwoCrsPackage(plannedId: "hb-k-1");
        var duplicate = Assert.Single(CheckedPackage.Read(_folder).Problems, p => p.Severity == ProblemSeverity.Error);
        Assert.Equal(("planned-baidu.csv row 2", "id"), (duplicate.Location, duplicate.Field));
        Assert.Contains("facilities.csv row 2", duplicate.Message);
    }

    [Fact]
    public void AProblemInTheSecondFileOfALayerNamesThatFileAndItsRow()
    {
        WriteTwoCrsPackage();
        File.AppendAllText(Path.Combine(_folder, "planned-baidu.csv"), "hb-plan-x,规划药店,pharmacy,150302001001,abc,39.67\n");
        var problem = Assert.Single(CheckedPackage.Read(_folder).Problems, p => p.Severity == ProblemSeverity.Error);
        Assert.Equal(("planned-baidu.csv row 4", "lon"), (problem.Location, problem.Field));
    }
}
