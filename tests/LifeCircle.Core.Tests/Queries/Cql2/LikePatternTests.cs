using System.Text.RegularExpressions;
using LifeCircle.Core.Queries.Cql2;

namespace LifeCircle.Core.Tests.Queries.Cql2;

public class LikePatternTests
{
    [Theory]
    [InlineData("", "", true)]
    [InlineData("", "%", true)]
    [InlineData("", "_", false)]
    [InlineData("abc", "abc", true)]
    [InlineData("abc", "ab", false)]
    [InlineData("abc", "a%", true)]
    [InlineData("abc", "%c", true)]
    [InlineData("abc", "%b%", true)]
    [InlineData("abc", "a_c", true)]
    [InlineData("abc", "a__c", false)]
    [InlineData("abc", "%%%", true)]
    [InlineData("50% off", "50\\% off", true)]
    [InlineData("50x off", "50\\% off", false)]
    [InlineData("a_b", "a\\_b", true)]
    [InlineData("axb", "a\\_b", false)]
    [InlineData("a\\", "a\\", true)]
    [InlineData("ABC", "abc", false)]
    [InlineData("华苑社区", "华%区", true)]
    [InlineData("mississippi", "%iss%ppi", true)]
    [InlineData("mississippi", "%iss%iss%iss%", false)]
    public void PercentIsAnyRunUnderscoreOneCharacterAndBackslashEscapes(string text, string pattern, bool expected) =>
        Assert.Equal(expected, LikePattern.Compile(pattern).IsMatch(text));

    [Fact]
    public void ThePathologicalBacktrackingPatternIsAnsweredOnALongString()
    {
        var pattern = LikePattern.Compile(string.Concat(Enumerable.Repeat("%a", 30)) + "%b");
        var text = new string('a', 200_000);

        Assert.False(pattern.IsMatch(text));
        Assert.True(pattern.IsMatch(text + "b"));
    }

    [Fact]
    public void ItAgreesWithAnAnchoredRegexOnRandomPatternsAndTexts()
    {
        var random = new Random(20240611);
        const string alphabet = "ab%_\\";
        for (int i = 0; i < 5_000; i++)
        {
            var pattern = new string(Enumerable.Range(0, random.Next(0, 8)).Select(_ => alphabet[random.Next(alphabet.Length)]).ToArray());
            var text = new string(Enumerable.Range(0, random.Next(0, 10)).Select(_ => "ab%_"[random.Next(4)]).ToArray());

            Assert.True(Reference(pattern).IsMatch(text) == LikePattern.Compile(pattern).IsMatch(text), $"'{text}' LIKE '{pattern}'");
        }
    }

    /// <summary>The translation the evaluator used before: correct, but exponential on nested .*.</summary>
    private static Regex Reference(string p)
    {
        var pattern = "^";
        for (int i = 0; i < p.Length; i++)
        {
            pattern += p[i] == '\\' && i + 1 < p.Length ? Regex.Escape(p[++i].ToString())
                : p[i] switch { '%' => ".*", '_' => ".", _ => Regex.Escape(p[i].ToString()) };
        }

        return new Regex(pattern + "$", RegexOptions.Singleline | RegexOptions.NonBacktracking);
    }
}
