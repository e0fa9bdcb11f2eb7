using NetTopologySuite.Geometries;

namespace LifeCircle.Core.Model;

/// <summary>A walkable street segment of the district's network.</summary>
/// <param name="Name">Street name, if it has one.</param>
/// <param name="Kind">e.g. "primary", "residential", "footway".</param>
public sealed record Street(string Id, LocalizedText? Name, string Kind, LineString Geometry, Provenance Provenance);
