namespace LifeCircle.Storage;

/// <summary>The names of the tables the store uses, all sharing one prefix so that test runs and deployments stay apart.</summary>
public sealed record TableNames(string Prefix)
{
    /// <summary>One row per district, holding which dataset version is current.</summary>
    public string Districts => Prefix + "districts";

    /// <summary>One row per dataset version, holding its metadata and whether it is complete.</summary>
    public string Datasets => Prefix + "datasets";

    /// <summary>One row per facility per dataset version, with typed columns for filtering.</summary>
    public string Facilities => Prefix + "facilities";

    /// <summary>One row per other record (areas, circles, blocks, streets, catalogue) as JSON.</summary>
    public string Documents => Prefix + "documents";

    public IReadOnlyList<string> All => [Districts, Datasets, Facilities, Documents];
}
