using LifeCircle.Core.Coverage;
using LifeCircle.Core.Data.Layers;
using LifeCircle.Core.Data.Packages;
using LifeCircle.Core.Features;
using LifeCircle.Core.Layers;
using LifeCircle.Core.Publishing;
using LifeCircle.Tests.Shared;

namespace LifeCircle.Core.Tests.Layers;

/// <summary>Every layer of the Hainan sample as it is served: the package layers through their codecs, the computed ones as the import derives them (isochrones as a first read computes them).</summary>
public static class HainanLayers
{
    private static readonly Lazy<IReadOnlyDictionary<string, IReadOnlyList<FeatureRecord>>> Served = new(Load);

    public static IReadOnlyList<FeatureRecord> Of(string layerId) => Served.Value[layerId];

    private static IReadOnlyDictionary<string, IReadOnlyList<FeatureRecord>> Load()
    {
        var dataset = PackageReader.Read(RepositoryPaths.SampleDataset).Dataset!;
        var layers = new Dictionary<string, IReadOnlyList<FeatureRecord>>
        {
            [LayerIds.Facilities] = [.. dataset.Facilities.Select(f => FeatureRecords.From(f, LayerCodecs.Facilities))],
            [LayerIds.Circles] = [.. dataset.Circles.Select(c => FeatureRecords.From(c, LayerCodecs.Circles))],
            [LayerIds.Areas] = [.. dataset.Areas.Select(a => FeatureRecords.From(a, LayerCodecs.Areas))],
            [LayerIds.Blocks] = [.. dataset.Blocks.Select(b => FeatureRecords.From(b, LayerCodecs.Blocks))],
            [LayerIds.Streets] = [.. dataset.Streets.Select(s => FeatureRecords.From(s, LayerCodecs.Streets))],
        };
        foreach (var (id, features) in DatasetPublisher.Derive(dataset).Layers)
        {
            layers.Add(id, features);
        }

        var network = CoverageNetwork.Build(dataset);
        layers.Add(LayerIds.Isochrones, CoverageLayers.IsochroneFeatures(dataset, CoverageComputation.Compute(dataset, network), network, Walking.Default));

        return layers;
    }
}
