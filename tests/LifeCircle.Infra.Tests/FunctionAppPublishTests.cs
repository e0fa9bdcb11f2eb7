using System.Reflection;
using System.Reflection.PortableExecutable;
using System.Text.Json.Nodes;
using LifeCircle.Api.Functions;
using LifeCircle.Tests.Shared;
using Microsoft.Azure.Functions.Worker;

namespace LifeCircle.Infra.Tests;

public sealed class FunctionAppPublishTests : IDisposable
{
    private readonly string _output = Path.Combine(Path.GetTempPath(), "lc-publish-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_output))
        {
            Directory.Delete(_output, recursive: true);
        }
    }

    [Fact]
    public void PublishingTheFunctionAppKeepsTheMetadataOfEveryHttpFunctionAndTheHiddenFolder()
    {
        var (code, stdout, stderr) = Processes.Run("dotnet", "publish", Path.Combine(RepositoryPaths.Root, "src", "LifeCircle.FunctionApp"),
            "-c", "Release", "-o", _output, "-nologo", "-v", "q");
        Assert.True(code == 0, $"dotnet publish failed: {stdout}{stderr}");

        Assert.True(Directory.Exists(Path.Combine(_output, ".azurefunctions")), "the deployment zip must keep the hidden .azurefunctions folder");
        var metadata = JsonNode.Parse(File.ReadAllText(Path.Combine(_output, "functions.metadata")))!.AsArray();
        var published = metadata.Select(f => f!["name"]!.GetValue<string>()).Order(StringComparer.Ordinal);
        var declared = typeof(HealthFunction).Assembly.GetExportedTypes()
            .SelectMany(t => t.GetMethods())
            .Select(m => m.GetCustomAttribute<FunctionAttribute>()?.Name)
            .OfType<string>()
            .Order(StringComparer.Ordinal);
        Assert.Equal(declared, published);
        Assert.All(metadata, f => Assert.Contains(f!["bindings"]!.AsArray(), b => b!["type"]!.GetValue<string>() == "httpTrigger"));

        // Flex Consumption is Linux x64: that platform's native libraries alone, and the PNGs' font with its licence.
        Assert.False(Directory.Exists(Path.Combine(_output, "runtimes")), "no other platform's native libraries");
        Assert.True(File.Exists(Path.Combine(_output, "libSkiaSharp.so")));
        Assert.All(["NotoSansHans-Regular.otf", "NotoSansHans-Bold.otf", "OFL.txt"], f => Assert.True(File.Exists(Path.Combine(_output, "fonts", f)), f));
        var megabytes = new DirectoryInfo(_output).EnumerateFiles("*", SearchOption.AllDirectories).Sum(f => f.Length) / 1e6;
        Assert.True(megabytes < 100, $"the package is {megabytes:F0} MB");

        // Compiled ahead of time, so a new instance does not compile the handlers on its first requests.
        Assert.All(["LifeCircle.FunctionApp.dll", "LifeCircle.Api.dll", "LifeCircle.Core.dll", "LifeCircle.Storage.dll", "Azure.Data.Tables.dll", "NetTopologySuite.dll"],
            f => Assert.True(IsReadyToRun(Path.Combine(_output, f)), $"{f} is not ReadyToRun"));
    }

    private static bool IsReadyToRun(string assembly)
    {
        using var reader = new PEReader(File.OpenRead(assembly));
        return reader.PEHeaders.CorHeader?.ManagedNativeHeaderDirectory.Size > 0;
    }
}
