namespace LifeCircle.Core.Layers;

/// <summary>The layer ids, as constants: each is the collection id, the stored layer and the package file stem.</summary>
public static class LayerIds
{
    public const string Facilities = "facilities";
    public const string Circles = "circles";
    public const string Areas = "areas";
    public const string Blocks = "blocks";
    public const string Streets = "streets";
    public const string Access = "access";
    public const string Gaps = "gaps";
    public const string Isochrones = "isochrones";
}
