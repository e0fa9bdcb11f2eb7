using System.Text;
using System.Text.Json.Nodes;
using LifeCircle.Core.Data;
using LifeCircle.Core.Importing;
using LifeCircle.Tests.Shared;

namespace LifeCircle.Core.Tests.Data.Packages;

/// <summary>A mistake in dataset.json is one problem in the package's words (JSON path, what belongs there, line), and an optional file left out is not reported with it.</summary>
public sealed class ManifestJsonErrorsTests : IDisposable
{
    private readonly TempFolder _folder = new("lc-manifest-json");

    public void Dispose() => _folder.Dispose();

    /// <summary>The second district's package without themes.json (which is optional) and with dataset.json's text changed by <paramref name="edit"/>.</summary>
    private string WritePackage(Func<JsonObject, string> edit)
    {
        SecondDistrictPackage.Write(_folder);
        File.Delete(Path.Combine(_folder, DatasetFiles.Themes));
        var path = Path.Combine(_folder, DatasetFiles.Descriptor);
        var text = edit(JsonNode.Parse(File.ReadAllText(path))!.AsObject());
        File.WriteAllText(path, text);
        return path;
    }

    [Fact]
    public void ASourceWithoutAnIdIsOneErrorAtItsPathSayingWhatASourceIs()
    {
        WritePackage(json =>
        {
            json["metadata"]!["sources"] = JsonNode.Parse("""[{"title": "武侯区设施台账"}]""");
            return json.ToJsonString();
        });

        var error = Assert.Single(CheckedPackage.Read(_folder).Errors);

        Assert.Equal((DatasetFiles.Descriptor, "$.metadata.sources[0].id"), (error.Location, error.Field));
        Assert.StartsWith("is required", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("LifeCircle.", error.Message, StringComparison.Ordinal);
        Assert.Contains("\"title\"", error.Hint);
    }

    [Fact]
    public void ATitleGivenAsPlainTextSaysATitleIsAnObjectOfTextsWithoutATypeName()
    {
        WritePackage(json =>
        {
            json["metadata"]!["title"] = "武侯区生活圈";
            return json.ToJsonString();
        });

        var error = Assert.Single(CheckedPackage.Read(_folder).Errors);

        Assert.Equal("$.metadata.title", error.Field);
        Assert.StartsWith("is not an object of texts {\"zh\": \"…\", \"en\": \"…\"} (line 1)", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ADatasetJsonSavedAsGbkIsOneErrorSayingToSaveItAsUtf8()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var path = WritePackage(json => json.ToJsonString(new System.Text.Json.JsonSerializerOptions { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }));
        File.WriteAllBytes(path, Encoding.GetEncoding("GB18030").GetBytes(File.ReadAllText(path)));

        var error = Assert.Single(CheckedPackage.Read(_folder).Errors);

        Assert.Equal((DatasetFiles.Descriptor, "(encoding)"), (error.Location, error.Field));
        Assert.StartsWith("is not UTF-8 (line 5", error.Message, StringComparison.Ordinal);
        Assert.Contains("save dataset.json as UTF-8", error.Hint);
    }

    [Fact]
    public void ATrailingCommaIsOneErrorWithItsLineAndNoParserPosition()
    {
        WritePackage(json => json.ToJsonString(new System.Text.Json.JsonSerializerOptions { WriteIndented = true }).TrimEnd()[..^1] + ",\n}");

        var error = Assert.Single(CheckedPackage.Read(_folder).Errors);

        Assert.Equal(DatasetFiles.Descriptor, error.Location);
        Assert.Matches(@"^is not valid JSON \(line \d+\): ", error.Message);
        Assert.DoesNotContain("LineNumber", error.Message, StringComparison.Ordinal);
        Assert.Contains("no comma after the last member", error.Hint);
    }
}
