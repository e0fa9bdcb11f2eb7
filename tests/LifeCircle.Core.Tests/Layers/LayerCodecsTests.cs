using LifeCircle.Core.Data;
using LifeCircle.Core.Data.Packages;
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
}
