namespace LifeCircle.Core.Documents;

/// <summary>A web link as OGC API and GeoJSON responses carry them.</summary>
public sealed record Link(string Href, string Rel, string? Type = null, string? Title = null);
