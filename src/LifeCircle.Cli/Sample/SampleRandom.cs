namespace LifeCircle.Cli.Sample;

/// <summary>SplitMix64: a tiny PRNG whose sequence is fixed forever, so the sample is byte-for-byte reproducible.</summary>
/// <remarks>System.Random's seeded sequence is an implementation detail of .NET; this one is defined here.</remarks>
public sealed class SampleRandom(ulong seed)
{
    private ulong _state = seed;

    public ulong NextUInt64()
    {
        ulong z = _state += 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }

    /// <summary>Uniform in [0, 1).</summary>
    public double NextDouble() => (NextUInt64() >> 11) * (1.0 / (1UL << 53));

    /// <summary>Uniform in [min, max).</summary>
    public double Between(double min, double max) => min + (max - min) * NextDouble();
}
