namespace LifeCircle.Core.Geodesy;

/// <summary>A longitude/latitude pair in degrees (x = lon, y = lat), whatever datum it is in.</summary>
public readonly record struct GeoPosition(double Lon, double Lat)
{
    public override string ToString() => FormattableString.Invariant($"({Lon}, {Lat})");
}
