using LifeCircle.Core.Features;
using LifeCircle.Core.Layers;

namespace LifeCircle.Core.Tests.Layers;

public class LayerRegistryTests
{
    public static TheoryData<string> LayerIds() => [.. LayerRegistry.All.Select(l => l.Id)];

    [Theory]
    [MemberData(nameof(LayerIds))]
    public void EveryServedFeatureCarriesTheRegistrysPropertiesInItsOrder(string layerId)
    {
        var layer = LayerRegistry.Find(layerId)!;
        var declared = layer.Properties.Select(p => p.Name).ToList();

        Assert.All(HainanLayers.Of(layerId), f =>
        {
            var names = f.Properties.Select(p => p.Key).ToList();
            var omittable = layer.Properties.Where(p => p.Presence == Presence.OmittedWhenUnknown).Select(p => p.Name);
            Assert.Equal(declared.Where(n => names.Contains(n) || !omittable.Contains(n)), names);
        });
    }

    [Fact]
    public void EachLayerHasOneIdForItsCollectionAndItsStoredLayer()
    {
        Assert.All(Collections.All, c => Assert.Equal(c.Id, c.Layer));
        Assert.Equal(LayerRegistry.All.Select(l => l.Id), Collections.All.Select(c => c.Id));
        Assert.Equal(LayerRegistry.All.Count, LayerRegistry.All.Select(l => l.Id).Distinct().Count());
    }

    [Fact]
    public void TableColumnsAreThePropertyNamesInPascalCase()
    {
        Assert.Equal(
            ["NameZh", "NameEn", "Category", "Themes", "Community", "Address", "Status", "Year", "Capacity", "Provenance", "PositionProvenance", "FiguresProvenance", "Source", "SourceCrs"],
            LayerRegistry.Facilities.Properties.Select(p => p.TableColumn));
    }

    [Fact]
    public void AQueryableTakesItsAllowedValuesFromTheDatasetsCatalogue()
    {
        var catalogue = new Core.Model.DatasetCatalogue(null!, [new("elderly-care", new("养老", "Elderly care"), null, ["home-care-station"])], [], ["150303001008"]);

        var queryables = Collections.Facilities.QueryablesOf(catalogue).ToDictionary(q => q.Name);

        Assert.Equal(["elderly-care"], queryables["themes"].Enum);
        Assert.Equal(["150303001008"], queryables["community"].Enum);
        Assert.Equal(["existing", "planned", "under-construction"], queryables["status"].Enum);
        Assert.Null(queryables["address"].Enum);
        Assert.Equal("min", Collections.Isochrones.QueryablesOf(catalogue).Single(q => q.Name == "minutes").Unit);
    }
}
