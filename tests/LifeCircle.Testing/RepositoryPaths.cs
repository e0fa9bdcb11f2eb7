namespace LifeCircle.Tests.Shared;

/// <summary>Finds files of the repository from a test's output folder.</summary>
public static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    public static string SampleDataset => Path.Combine(Root, "data", "hainan-150303");

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "LifeCircle.OpenData.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("LifeCircle.OpenData.sln not found above " + AppContext.BaseDirectory);
    }
}
