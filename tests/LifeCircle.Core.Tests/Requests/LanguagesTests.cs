using LifeCircle.Core.Problems;
using LifeCircle.Core.Requests;

namespace LifeCircle.Core.Tests.Requests;

public class LanguagesTests
{
    [Theory]
    [InlineData("en", "zh-CN", "en")]
    [InlineData("ZH", "en", "zh")]
    [InlineData(null, "en-GB,en;q=0.9", "en")]
    [InlineData(null, "fr, en;q=0.5, zh-Hans-CN;q=0.8", "zh")]
    [InlineData(null, "fr, de;q=0.5", "zh")]
    [InlineData(null, null, "zh")]
    [InlineData(null, "en;q=0, zh;q=0.1", "zh")]
    public void TheLanguageComesFromLangThenAcceptLanguageThenTheDefault(string? lang, string? accept, string expected) =>
        Assert.Equal(expected, Languages.Choose(lang, accept));

    [Fact]
    public void AnEnglishDefaultIsUsedWhenNothingElseDecides() =>
        Assert.Equal("en", Languages.Choose(null, "fr", Languages.English));

    [Fact]
    public void AnUnofferedLangIsABadRequestNamingLang()
    {
        var problem = Assert.Throws<ProblemException>(() => Languages.Choose("fr", null));
        Assert.Equal(400, problem.Status);
        Assert.Equal("lang", problem.Parameter);
        Assert.Contains("zh, en", problem.Detail);
    }
}
