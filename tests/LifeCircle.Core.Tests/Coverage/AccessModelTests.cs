using LifeCircle.Core.Coverage;

namespace LifeCircle.Core.Tests.Coverage;

public class AccessModelTests
{
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void MinutesToTheNearestOfTwoSetsAreTheNearerOfEachSetsOwnMinutes(bool withNetwork)
    {
        var random = new Random(withNetwork ? 4242 : 4243);
        for (int trial = 0; trial < 60; trial++)
        {
            var g = withNetwork ? RandomNetworks.Graph(random) : null;
            (double, double) Point() => (random.Next(0, 2000), random.Next(0, 2000));
            var origins = Enumerable.Range(0, random.Next(1, 20)).Select(_ => Point()).ToList();
            var destinations = Enumerable.Range(0, random.Next(2, 10)).Select(_ => Point()).ToList();
            var model = new AccessModel(g, origins, destinations, Walking.Default, cutoffMinutes: random.Next(5, 40));
            // Set apart at random, sometimes leaving a set empty (the first left empty must not reuse an earlier search's result).
            var inFirst = destinations.Select(_ => random.Next(3) > 0).ToList();
            var first = Enumerable.Range(0, destinations.Count).Where(d => inFirst[d] && trial % 7 != 0).ToList();
            var second = Enumerable.Range(0, destinations.Count).Where(d => !inFirst[d] && trial % 11 != 0).ToList();
            model.MinutesToNearest([.. Enumerable.Range(0, destinations.Count)]); // leaves a finished search in the model's pool

            var (firstMinutes, both) = model.MinutesToNearest(first, second);

            Assert.Equal(model.MinutesToNearest(first), firstMinutes);
            Assert.Equal(model.MinutesToNearest(first).Zip(model.MinutesToNearest(second), Math.Min), both);
        }
    }
}
