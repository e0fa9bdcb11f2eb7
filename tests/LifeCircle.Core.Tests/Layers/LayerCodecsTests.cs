using System.Text;
using LifeCircle.Core.Data;
using LifeCircle.Core.Data.Layers;
using LifeCircle.Core.Data.Packages;
using LifeCircle.Core.Layers;
using LifeCircle.Core.Model;
using LifeCircle.Tests.Shared;

namespace LifeCircle.Core.Tests.Layers;

public class LayerCodecsTests
{
    /// <summary>The sample's layer files were written by the codecs: read back through them and written again, every byte must come out the same.</summary>
    [Fact]
    public void TheSamplePackageReadAndWrittenAgainIsTheCommittedFilesByteForByte()
    {
        var read = PackageReader.Read(RepositoryPaths.SampleDataset);
        Assert.Empty(read.Problems);

        var layers = DatasetFiles.Serialize(read.Dataset!).Where(f => f.Name.EndsWith(".geojson", StringComparison.Ordinal)).ToList();

        Assert.Equal(5, layers.Count);
        Assert.All(layers, f => Assert.True(
            f.Content.AsSpan().SequenceEqual(File.ReadAllBytes(Path.Combine(RepositoryPaths.SampleDataset, f.Name))),
            $"{f.Name} read and written again differs from the committed file"));
    }

    [Fact]
    public void EveryPackageLayerHasACodecOverItsRegistryEntry() =>
        Assert.Equal(LayerRegistry.Package, [LayerCodecs.Facilities.Layer, LayerCodecs.Areas.Layer, LayerCodecs.Circles.Layer, LayerCodecs.Blocks.Layer, LayerCodecs.Streets.Layer]);

    [Fact]
    public void ARegistryPropertyNoMemberOfTheRecordHoldsIsRefusedWhenTheCodecIsMade()
    {
        var lanes = new LayerProperty("lanes", PropertyType.WholeNumber, new("车道数。", "Lanes."));
        var layer = LayerRegistry.Streets with { Properties = [.. LayerRegistry.Streets.Properties, lanes] };

        var ex = Assert.Throws<InvalidOperationException>(() => new LayerCodec<Street>(layer, s => s.Id, s => s.Geometry, _ => null!));

        Assert.Contains("'lanes'", ex.Message);
    }

    [Fact]
    public void ARegistryPropertyOfAnotherTypeThanItsMemberIsRefusedWhenTheCodecIsMade()
    {
        var layer = LayerRegistry.Streets with
        {
            Properties = [.. LayerRegistry.Streets.Properties.Select(p => p.Name == "kind" ? p with { Type = PropertyType.WholeNumber } : p)],
        };

        var ex = Assert.Throws<InvalidOperationException>(() => new LayerCodec<Street>(layer, s => s.Id, s => s.Geometry, _ => null!));

        Assert.Contains("Street.Kind", ex.Message);
    }

    [Fact]
    public void WhatAnAreaLeavesOutTakesItsDefaultAndIsListedInItsProvenanceInOrder()
    {
        var area = ReadOne(LayerCodecs.Areas, """{"type":"Feature","id":"a1","geometry":null,"properties":{"name_zh":"花园社区","population":1200}}""");

        Assert.Equal(("花园社区", AreaKinds.Community, string.Empty, 1200, 0.0), (area.Name.En, area.Kind, area.ParentCode, area.Population, area.ElderlyShare));
        Assert.Equal("name_en,kind,parent_code,elderly_share,provenance,position_provenance,figures_provenance", area.Provenance.Defaulted);
    }

    [Fact]
    public void AStreetWithoutNamesWritesThemAsNullAndLeavesOutItsUnknownSource()
    {
        var street = ReadOne(LayerCodecs.Streets, """{"type":"Feature","id":"s1","geometry":{"type":"LineString","coordinates":[[1,2],[3,4]]},"properties":{"provenance":"illustrative"}}""");

        var json = FeatureCollections.ToJson(street, LayerCodecs.Streets);

        Assert.Contains("""
            "properties":{"name_zh":null,"name_en":null,"kind":"unclassified","provenance":"illustrative","position_provenance":"sourced","figures_provenance":"sourced"}}
            """, json);
    }

    private static T ReadOne<T>(LayerCodec<T> codec, string feature) =>
        FeatureCollections.Read(new MemoryStream(Encoding.UTF8.GetBytes($$"""{"type":"FeatureCollection","features":[{{feature}}]}""")), codec, "test.geojson").Single();
}
