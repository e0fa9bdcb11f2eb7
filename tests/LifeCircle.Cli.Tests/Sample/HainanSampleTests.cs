using LifeCircle.Cli.Sample;
using LifeCircle.Core.Catalogue;
using LifeCircle.Core.Data;
using LifeCircle.Core.Geodesy;
using LifeCircle.Core.Model;
using LifeCircle.Tests.Shared;
using NetTopologySuite.Geometries;

namespace LifeCircle.Cli.Tests.Sample;

public class HainanSampleTests
{
    private static readonly Dataset Sample = HainanSample.Generate();

    private static int Count(string category, FacilityStatus status) =>
        Sample.Facilities.Count(f => f.Category == category && f.Status == status);

    [Fact]
    public void GeneratingTwiceGivesTheSameBytes() =>
        Assert.Equal(DatasetFiles.Serialize(Sample).SelectMany(f => f.Content), DatasetFiles.Serialize(HainanSample.Generate()).SelectMany(f => f.Content));

    [Fact]
    public void TheCommittedSampleIsExactlyWhatTheGeneratorWrites()
    {
        foreach (var (name, content) in DatasetFiles.Serialize(Sample))
        {
            var committed = File.ReadAllBytes(Path.Combine(RepositoryPaths.SampleDataset, name));
            Assert.True(content.AsSpan().SequenceEqual(committed), $"data/hainan-150303/{name} differs from the generator: run 'lifecircle generate-sample'");
        }
    }

    [Fact]
    public void FacilitiesCoverAllEightThemesAndEveryCatalogueCategory()
    {
        Assert.Equal(8, Sample.Themes.Count);
        Assert.All(Sample.Themes, t => Assert.Contains(Sample.Facilities, f => f.Themes.Contains(t.Id)));
        Assert.All(StandardCategories.All, c => Assert.Contains(Sample.Facilities, f => f.Category == c.Code));
        Assert.All(StandardCategories.All, c => Assert.Contains(Sample.Themes, t => t.CategoryCodes.Contains(c.Code)));
    }

    [Fact]
    public void ElderlyCareCountsAreTheArticles()
    {
        Assert.Equal(HainanFacts.ElderlyDispatchCentresBuilt, Count("elderly-care-dispatch", FacilityStatus.Existing));
        Assert.Equal(HainanFacts.ElderlyComprehensiveCentresBuilt, Count("elderly-care-centre", FacilityStatus.Existing));
        Assert.Equal(HainanFacts.HomeCareStationsBuilt, Count("home-care-station", FacilityStatus.Existing));
        Assert.Equal(HainanFacts.HomeCareStationsPlanned, Count("home-care-station", FacilityStatus.Planned));
        Assert.Equal(HainanFacts.EmbeddedElderlyComplexesPlanned, Count("elderly-care-complex", FacilityStatus.Planned));
        Assert.All(Sample.Facilities.Where(f => f.Category is "home-care-station" or "elderly-care-centre" or "elderly-care-dispatch"),
            f => Assert.Equal(ValueOrigin.Sourced, f.Provenance.Existence));
    }

    [Fact]
    public void PopulationsAddUpToTheSourcedTotals()
    {
        var area = Sample.Areas.ToDictionary(a => a.Code);
        Assert.Equal(94_770, Sample.District.Population);
        Assert.Equal(94_770, Sample.Blocks.Sum(b => b.Population));
        Assert.Equal(94_770, Sample.Areas.Where(a => a.Kind is AreaKinds.Community or AreaKinds.Village).Sum(a => a.Population));
        Assert.Equal(69_000, area["150303001000"].Population);
        Assert.Equal((17_000, 0.22), (area[HainanFacts.Huayuan].Population, area[HainanFacts.Huayuan].ElderlyShare));
        Assert.Equal(ValueOrigin.Sourced, area[HainanFacts.Huayuan].Provenance.Figures);
        var north = Sample.Circles.Single(c => c.Id == "north");
        Assert.Equal(30_000, north.Population);
        string[] pilot = [HainanFacts.Huayuan, HainanFacts.Zeyuan, HainanFacts.Jinhai, HainanFacts.Xinshiji];
        Assert.Equal(pilot.Order(StringComparer.Ordinal), north.CommunityCodes.Order(StringComparer.Ordinal));
        foreach (var community in area.Values.Where(a => a.Kind is AreaKinds.Community or AreaKinds.Village))
        {
            Assert.Equal(community.Population, Sample.Blocks.Where(b => b.Community == community.Code).Sum(b => b.Population));
        }
    }

    [Fact]
    public void TheNorthCircleMeasuresThreeAndAHalfSquareKilometresInMetres()
    {
        var north = (Polygon)Sample.Circles.Single(c => c.Id == "north").Geometry;
        var tm = new LocalTransverseMercator(new GeoPosition(north.Centroid.X, north.Centroid.Y));
        var ring = north.ExteriorRing.Coordinates.Select(c => tm.Project(new GeoPosition(c.X, c.Y))).ToArray();
        double area = Math.Abs(ring.Zip(ring.Skip(1), (a, b) => a.X * b.Y - b.X * a.Y).Sum()) / 2;
        Assert.Equal(3.5, area / 1e6, 0.01);
        Assert.True(north.Area < 0.001, "a lon/lat polygon's planar 'area' is in square degrees, which is why we project");
    }

    [Fact]
    public void FacilitiesInACommunityLieInsideItsPolygon()
    {
        var polygons = Sample.Areas.Where(a => a.Geometry is not null).ToDictionary(a => a.Code, a => a.Geometry!);
        var placed = Sample.Facilities.Where(f => f.Community is not null).ToList();
        Assert.True(placed.Count > 200);
        Assert.All(placed, f => Assert.True(polygons[f.Community!].Covers(f.Location), $"{f.Id} is outside {f.Community}"));
    }

    [Fact]
    public void TheSubdistrictOfficeConvertsBackToItsSourceGcjPoint()
    {
        var office = Sample.Facilities.Single(f => f.Category == "subdistrict-office");
        var gcj = ChinaCoordinates.Wgs84ToGcj02(new GeoPosition(office.Location.X, office.Location.Y));
        Assert.Equal(106.881843, gcj.Lon, 1e-6);
        Assert.Equal(39.435299, gcj.Lat, 1e-6);
        Assert.Equal(ValueOrigin.Sourced, office.Provenance.Position);
    }

    [Fact]
    public void EveryIllustrativeLayerIsLabelledSoInTheMetadataAndTheRecords()
    {
        Assert.Equal("CC-BY-4.0", Sample.Metadata.Licence.Id);
        Assert.Equal(GeoJson.Crs84Uri, Sample.Metadata.Crs);
        Assert.Equal("illustrative", Sample.Metadata.Provenance["blocks"].Origin);
        Assert.Equal("illustrative", Sample.Metadata.Provenance["streets"].Origin);
        Assert.All(Sample.Blocks, b => Assert.Equal(ValueOrigin.Illustrative, b.Provenance.Position));
        Assert.All(Sample.Facilities.Where(f => f.Category != "subdistrict-office"), f => Assert.Equal(ValueOrigin.Illustrative, f.Provenance.Position));
        Assert.All(Sample.Facilities.Where(f => f.Provenance.Existence == ValueOrigin.Sourced), f => Assert.False(string.IsNullOrEmpty(f.Provenance.Source)));
    }

    [Fact]
    public void TheSampleHeadlineCoversItsDeclaredCategoriesAndThePlannedFacilitiesRaiseIt()
    {
        var result = Core.Coverage.CoverageComputation.Compute(Sample);
        Assert.Contains(result.Headlines, h => h.Share > 0);
        var district = result.Headlines.Where(h => h.AreaKind == "district").ToDictionary(h => h.Scenario);
        Assert.True(district["with-planned"].ShareWithin15 > district["existing"].ShareWithin15);
        Assert.Equal(Sample.Metadata.Categories!.Headline, district["existing"].Categories);
        Assert.DoesNotContain("subdistrict-office", district["existing"].Categories);
        Assert.Equal((94_770, 94_770, 1.0), (district["existing"].Population.BlockResidents, district["existing"].Population.Declared, district["existing"].Population.BlocksShareOfDeclared));
    }

    [Fact]
    public void TheStreetNetworkIsSplitAtEveryCrossing()
    {
        var endpoints = Sample.Streets.SelectMany(s => new[] { s.Geometry.StartPoint.Coordinate, s.Geometry.EndPoint.Coordinate }).ToHashSet();
        foreach (var street in Sample.Streets)
        {
            Assert.Equal(2, street.Geometry.NumPoints);
            Assert.DoesNotContain(endpoints, p => street.Geometry.Distance(GeoJson.Factory.CreatePoint(p)) < 1e-9
                && !p.Equals2D(street.Geometry.StartPoint.Coordinate) && !p.Equals2D(street.Geometry.EndPoint.Coordinate));
        }
    }
}
