namespace LifeCircle.Core.Coverage;

/// <summary>Conversions between walking time and distance at a given pace.</summary>
/// <param name="SpeedKmh">Walking speed; 3.6 km/h (routing engines' default) makes 5/10/15 minutes 300/600/900 m, the GB 50180 range.</param>
public readonly record struct Walking(double SpeedKmh)
{
    /// <summary>The default pace: 3.6 km/h.</summary>
    public static Walking Default { get; } = new(3.6);

    /// <summary>Metres walked per minute.</summary>
    public double MetresPerMinute => SpeedKmh * 1000.0 / 60.0;

    public double Minutes(double metres) => metres / MetresPerMinute;

    public double Metres(double minutes) => minutes * MetresPerMinute;
}
