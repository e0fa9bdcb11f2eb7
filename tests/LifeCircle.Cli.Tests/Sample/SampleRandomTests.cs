using LifeCircle.Cli.Sample;

namespace LifeCircle.Cli.Tests.Sample;

public class SampleRandomTests
{
    [Fact]
    public void TheSequenceIsSplitMix64()
    {
        // Reference output of SplitMix64 seeded with 0, as published with the algorithm (Vigna).
        var random = new SampleRandom(0);
        Assert.Equal(0xE220A8397B1DCDAFUL, random.NextUInt64());
        Assert.Equal(0x6E789E6AA1B965F4UL, random.NextUInt64());
    }

    [Fact]
    public void DoublesStayInTheUnitInterval()
    {
        var random = new SampleRandom(150303);
        Assert.All(Enumerable.Range(0, 10_000).Select(_ => random.NextDouble()), d => Assert.InRange(d, 0, 0.9999999999999999));
    }
}
