using System.IO.Compression;
using System.Text;
using System.Text.Json.Nodes;
using LifeCircle.Core.Data.Packages;
using LifeCircle.Tests.Shared;

namespace LifeCircle.Core.Tests.Data.Packages;

public sealed class ZipEntryNamesTests : IDisposable
{
    private readonly TempFolder _folder = new("lc-zipnames");

    public void Dispose()
    {
        _folder.Dispose();
        File.Delete(_folder + ".zip");
    }

    [Fact]
    public void AZipFromChineseWindowsWithGbkFileNamesAndNoUtf8FlagIsReadByThoseNames()
    {
        SecondDistrictPackage.Write(_folder);
        File.Move(Path.Combine(_folder, "facilities.csv"), Path.Combine(_folder, "社区设施.csv"));
        var descriptorPath = Path.Combine(_folder, "dataset.json");
        var descriptor = JsonNode.Parse(File.ReadAllText(descriptorPath))!;
        descriptor["layers"]!["facilities"]!["file"] = "社区设施.csv";
        File.WriteAllText(descriptorPath, descriptor.ToJsonString());
        // As Windows Explorer zips on a Chinese system: names in the ANSI code page (936), bit 11 (UTF-8) clear.
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        using (var zip = new ZipArchive(File.Create(_folder + ".zip"), ZipArchiveMode.Create, leaveOpen: false, Encoding.GetEncoding(936)))
        {
            foreach (var file in Directory.GetFiles(_folder))
            {
                zip.CreateEntryFromFile(file, Path.GetFileName(file));
            }
        }

        var raw = File.ReadAllBytes(_folder + ".zip");
        Assert.True(raw.AsSpan().IndexOf(Encoding.GetEncoding(936).GetBytes("社区设施.csv")) >= 0, "the zip holds the name in CP936");
        Assert.Equal(-1, raw.AsSpan().IndexOf(Encoding.UTF8.GetBytes("社区设施.csv")));

        var result = PackageReader.Read(_folder + ".zip");

        Assert.False(result.HasErrors, string.Join("; ", result.Problems.Select(p => p.ToString())));
        Assert.Equal(3, result.Dataset!.Facilities.Count);
    }
}
