using LifeCircle.Core.Data.Layers;
using LifeCircle.Core.Features;
using LifeCircle.Core.Layers;
using LifeCircle.Core.Model;
using LifeCircle.Tests.Shared;

namespace LifeCircle.Storage.Tests;

public class FacilityEntitiesTests
{
    /// <summary>The typed row is for people with Storage Explorer or Power BI: each published value in a column of the property's type.</summary>
    [Fact]
    public void ATypedRowHoldsEveryPublishedValueInAColumnOfItsType()
    {
        var dataset = TestDatasets.Build(facilities: 60);
        var known = TestDatasets.FullyKnown(dataset.Facilities[3]);
        var layer = LayerCodecs.Facilities.Layer;

        foreach (var f in dataset.Facilities.Append(known))
        {
            var e = FacilityEntities.ToEntity("pk", f);

            var published = FeatureRecords.From(f, LayerCodecs.Facilities);
            foreach (var p in layer.Properties)
            {
                object? expected = (p.Type, published[p.Name]) switch
                {
                    (_, null) => null,
                    (PropertyType.WholeNumber, double d) => (int)d,
                    (PropertyType.TextList, string[] list) => string.Join(',', list),
                    (_, var v) => v,
                };
                Assert.Equal(expected, e.TryGetValue(p.TableColumn, out var actual) ? actual : null);
                Assert.Equal(expected is not null, e.ContainsKey(p.TableColumn)); // the service keeps no null property, so none is sent
                if (expected is not null)
                {
                    Assert.Equal(expected.GetType(), actual!.GetType());
                }
            }

            Assert.All(f.Themes, t => Assert.Equal(true, e["Theme_" + t.Replace('-', '_')]));
            Assert.Equal(f.Location.X, e["Lon"]);
            Assert.Equal(f.Location.Y, e["Lat"]);
        }

        var row = FacilityEntities.ToEntity("pk", known);
        Assert.Equal((2023, 120, "乌海市海南区 1 号"), (row["Year"], row["Capacity"], row["Address"]));
    }
}
