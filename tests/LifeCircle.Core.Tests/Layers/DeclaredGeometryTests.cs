using LifeCircle.Core.Data;
using LifeCircle.Core.Data.Layers;
using LifeCircle.Core.Features;
using LifeCircle.Core.Layers;

namespace LifeCircle.Core.Tests.Layers;

public class DeclaredGeometryTests
{
    public static TheoryData<string> LayerIds() => [.. LayerRegistry.All.Select(l => l.Id)];

    [Theory]
    [MemberData(nameof(LayerIds))]
    public void EveryFeatureTheHainanSampleServesHasAGeometryItsCollectionDeclares(string layerId)
    {
        var collection = Collections.Find(layerId)!;
        var features = HainanLayers.Of(layerId);

        Assert.NotEmpty(features);
        Assert.All(features, f => Assert.True(
            collection.Definition.Geometry.Admits(f.Geometry),
            $"{layerId}/{f.Id} is a {f.Geometry?.GeometryType ?? "null geometry"}; the collection declares {collection.GeometryType} ({collection.GeometryFormat})"));
    }

    [Fact]
    public void ACollectionThatDeclaresOneTypeNamesItAndOneThatMixesTypesIsDeclaredAsAny()
    {
        Assert.All(LayerRegistry.All, l =>
        {
            if (l.Geometry.Types.Count == 1)
            {
                Assert.Equal(l.Geometry.Types[0], l.Geometry.Name);
                Assert.Equal("geometry-" + l.Geometry.Name.ToLowerInvariant(), l.Geometry.Format);
            }
            else
            {
                Assert.DoesNotContain(l.Geometry.Format, l.Geometry.Types.Select(t => "geometry-" + t.ToLowerInvariant()));
            }
        });
    }

    [Fact]
    public void ThePointBlocksOfTheSampleAreWhyBlocksAccessAndGapsAreDeclaredAsAnyGeometry()
    {
        foreach (var id in new[] { Core.Layers.LayerIds.Blocks, Core.Layers.LayerIds.Access, Core.Layers.LayerIds.Gaps })
        {
            var types = HainanLayers.Of(id).Select(f => f.Geometry!.GeometryType).ToHashSet();
            Assert.Contains("Point", types);
            Assert.Contains("Polygon", types);
            Assert.Equal("geometry-any", Collections.Find(id)!.GeometryFormat);
        }
    }

    [Fact]
    public void ACircleGivenAsALineIsRefusedNamingTheGeometryItsLayerDeclares()
    {
        const string feature = """
            {"type":"FeatureCollection","features":[{"type":"Feature","id":"north","geometry":{"type":"LineString","coordinates":[[106.8,39.4],[106.9,39.5]]},
             "properties":{"name_zh":"北","name_en":"North","population":1,"area_km2":1,"communities":[],"phase":"pilot","year":2025,
             "provenance":"sourced","position_provenance":"sourced","figures_provenance":"sourced"}}]}
            """;
        var problems = new List<DatasetProblem>();

        var circles = FeatureCollections.Read(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(feature)), LayerCodecs.Circles, "circles.geojson", problems);

        Assert.Empty(circles);
        var problem = Assert.Single(problems);
        Assert.Equal("geometry", problem.Field);
        Assert.Contains("Polygon or MultiPolygon", problem.Message);
    }
}
