namespace LifeCircle.Core.Layers;

/// <summary>The layer ids, as constants: each is the collection id, the stored layer and the package file stem.</summary>
public static class LayerIds
{
    /// <summary>The layers a dataset package brings.</summary>
    public const string Facilities = "facilities", Circles = "circles", Areas = "areas", Blocks = "blocks", Streets = "streets";

    /// <summary>The layers computed from them at import.</summary>
    public const string Access = "access", Gaps = "gaps", Isochrones = "isochrones";
}
