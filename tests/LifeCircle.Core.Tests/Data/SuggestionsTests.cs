using LifeCircle.Core.Data;

namespace LifeCircle.Core.Tests.Data;

public class SuggestionsTests
{
    private static readonly string[] Categories = ["kindergarten", "fresh-market", "pharmacy", "primary-school"];

    [Theory]
    [InlineData("kindergarden", "kindergarten")]
    [InlineData("Fresh_Market", "fresh-market")]
    [InlineData("school", "primary-school")]
    public void TheNearestAllowedValueIsSuggested(string value, string nearest) =>
        Assert.Equal(nearest, Suggestions.Nearest(value, Categories));

    [Fact]
    public void NothingIsSuggestedWhenNoAllowedValueIsNear()
    {
        Assert.Null(Suggestions.Nearest("casino", Categories));
        Assert.Equal(string.Empty, Suggestions.DidYouMean("casino", Categories));
    }

    [Fact]
    public void TheHintListsTheAllowedValuesAndSaysHowManyWhenTheyAreTooMany()
    {
        Assert.Equal("use a category of categories.json: fresh-market, kindergarten, pharmacy, primary-school", Suggestions.Allowed("category", Categories, "categories.json"));
        var many = Enumerable.Range(0, Suggestions.MaxListed + 5).Select(i => $"c{i:000}");
        Assert.EndsWith($", … ({Suggestions.MaxListed + 5} in all)", Suggestions.Allowed("area code", many, "areas.geojson"));
    }
}
