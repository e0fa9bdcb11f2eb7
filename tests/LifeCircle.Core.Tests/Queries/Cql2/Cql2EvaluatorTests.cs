using LifeCircle.Core.Features;
using LifeCircle.Core.Queries.Cql2;

namespace LifeCircle.Core.Tests.Queries.Cql2;

public class Cql2EvaluatorTests
{
    private static readonly FeatureRecord WithNull = new("f1", null, [new("community", null), new("name", "50% off_sale"), new("n", 5.0)]);

    private static bool Matches(string filter, FeatureRecord f) => Cql2Evaluator.Matches(Cql2TextParser.Parse(filter), f);

    [Fact]
    public void AComparisonWithNullIsUnknownSoNeitherItNorItsNegationSelects()
    {
        Assert.False(Matches("community = 'C1'", WithNull));
        Assert.False(Matches("NOT community = 'C1'", WithNull));
        Assert.True(Matches("community IS NULL", WithNull));
    }

    [Fact]
    public void UnknownOrTrueIsTrueAndUnknownAndFalseIsFalse()
    {
        Assert.True(Matches("community = 'C1' OR n = 5", WithNull));
        Assert.False(Matches("community = 'C1' AND n = 4", WithNull));
        Assert.False(Matches("NOT (community = 'C1' AND n = 5)", WithNull));
    }

    [Theory]
    [InlineData("name LIKE '50%'", true)]
    [InlineData("name LIKE '50\\% off%'", true)]
    [InlineData("name LIKE '5_\\%%'", true)]
    [InlineData("name LIKE '50\\%'", false)]
    [InlineData("name LIKE '%sale'", true)]
    [InlineData("name LIKE '%Sale'", false)]
    public void LikeTreatsPercentAndUnderscoreAsWildcardsUnlessEscaped(string filter, bool expected) =>
        Assert.Equal(expected, Matches(filter, WithNull));

    [Theory]
    [InlineData("n BETWEEN 5 AND 6", true)]
    [InlineData("n BETWEEN 1 AND 5", true)]
    [InlineData("n BETWEEN 6 AND 9", false)]
    [InlineData("n NOT BETWEEN 6 AND 9", true)]
    [InlineData("n IN (1, 5)", true)]
    [InlineData("n NOT IN (1, 5)", false)]
    public void BetweenIsInclusiveAndInMatchesAnyListedValue(string filter, bool expected) =>
        Assert.Equal(expected, Matches(filter, WithNull));
}
