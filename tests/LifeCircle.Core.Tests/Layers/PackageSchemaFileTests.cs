using System.Text;
using LifeCircle.Core.Data.Packages;
using LifeCircle.Core.Layers;
using LifeCircle.Tests.Shared;

namespace LifeCircle.Core.Tests.Layers;

/// <summary>schemas/*.schema.json are generated from the layer registry; LIFECIRCLE_WRITE_SCHEMAS=1 rewrites them.</summary>
public class PackageSchemaFileTests
{
    public static TheoryData<string> Files() => [.. PackageSchemas.All().Select(s => s.File)];

    [Theory]
    [MemberData(nameof(Files))]
    public void TheCommittedSchemaIsExactlyWhatTheRegistryGenerates(string file)
    {
        var generated = Encoding.UTF8.GetBytes(PackageSchemas.All().Single(s => s.File == file).Json);
        var path = Path.Combine(RepositoryPaths.Root, "schemas", file);
        if (Environment.GetEnvironmentVariable("LIFECIRCLE_WRITE_SCHEMAS") == "1")
        {
            File.WriteAllBytes(path, generated);
        }

        Assert.True(
            File.Exists(path) && File.ReadAllBytes(path).AsSpan().SequenceEqual(generated),
            $"schemas/{file} differs from what the layer registry generates; run the tests with LIFECIRCLE_WRITE_SCHEMAS=1 to rewrite it");
    }

    [Fact]
    public void EverySchemaFileInTheFolderIsGenerated()
    {
        var committed = Directory.GetFiles(Path.Combine(RepositoryPaths.Root, "schemas"), "*.json").Select(Path.GetFileName).Order();

        Assert.Equal(PackageSchemas.All().Select(s => s.File).Order(), committed);
    }

    [Fact]
    public void TheSchemaAcceptsExactlyTheCrsNamesTheReaderAccepts()
    {
        Assert.Equal(SourceCrs.Accepted, PackageSchemas.CrsNames);
    }

    [Fact]
    public void TheFacilitySchemaRequiresWhatTheCsvRequiresApartFromTheIdAndPosition()
    {
        var schema = PackageSchemas.Item(LayerRegistry.Facilities);
        var required = schema["required"]!.AsArray().Select(n => n!.GetValue<string>());

        Assert.Equal(FacilityCsv.Required.Except([CsvColumns.Id, CsvColumns.Lon, CsvColumns.Lat]), required);
    }
}
