using LifeCircle.Core.Geodesy;

namespace LifeCircle.Core.Requests;

/// <summary>How features are written: in which CRS, with which properties, with or without geometry.</summary>
/// <param name="Properties">Property names to include, in this order; null for all.</param>
public sealed record OutputOptions(CoordinateSystem Crs, IReadOnlyList<string>? Properties, bool SkipGeometry)
{
    public static OutputOptions Default { get; } = new(CoordinateSystems.Crs84, null, false);
}
