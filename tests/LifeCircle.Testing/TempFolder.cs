namespace LifeCircle.Tests.Shared;

/// <summary>A test's own folder under the system temp folder (created by whoever writes to it first), deleted with everything in it when the test ends.</summary>
public sealed class TempFolder(string prefix = "lc") : IDisposable
{
    /// <summary>The folder's full path; unique per instance.</summary>
    public string Path { get; } = System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"{prefix}-{Guid.NewGuid():N}");

    public static implicit operator string(TempFolder folder) => folder.Path;

    public override string ToString() => Path;

    public void Dispose()
    {
        if (Directory.Exists(Path))
        {
            Directory.Delete(Path, recursive: true);
        }
    }
}
