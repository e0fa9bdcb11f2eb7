using LifeCircle.Api.Rendering.Html;

namespace LifeCircle.Pages.Tests.Rendering.Html;

/// <summary>Which links keep the language a reader chose: links to this API's pages do; files, JSON, other sites and links naming a language stay as given.</summary>
public sealed class PageFiltersTests
{
    private const string Home = "https://example.org/api";

    [Theory]
    [InlineData(Home, Home + "?lang=en")]
    [InlineData(Home + "/catalog", Home + "/catalog?lang=en")]
    [InlineData(Home + "/districts/150303/collections", Home + "/districts/150303/collections?lang=en")]
    [InlineData(Home + "/districts/150303/coverage?category=park", Home + "/districts/150303/coverage?category=park&lang=en")]
    [InlineData("?theme=elderly-care&threshold=15", "?theme=elderly-care&threshold=15&lang=en")]
    [InlineData(Home + "/districts/150303/dashboard?scenario=existing&lang=zh", Home + "/districts/150303/dashboard?scenario=existing&lang=zh")]
    [InlineData(Home + "/districts/150303/collections/facilities/items?f=json", Home + "/districts/150303/collections/facilities/items?f=json")]
    [InlineData(Home + "/districts/150303/downloads/facilities.csv", Home + "/districts/150303/downloads/facilities.csv")]
    [InlineData(Home + "/districts/150303/charts/coverage.png?category=park", Home + "/districts/150303/charts/coverage.png?category=park")]
    [InlineData(Home + "/openapi.json", Home + "/openapi.json")]
    [InlineData(Home + "/docs", Home + "/docs")]
    [InlineData("https://creativecommons.org/licenses/by/4.0/", "https://creativecommons.org/licenses/by/4.0/")]
    public void ALinkToAnotherPageOfThisApiKeepsTheChosenLanguageAndNoOtherLinkChanges(string href, string kept)
    {
        Assert.Equal(kept, PageFilters.KeepLanguage(href, "en", Home));
        Assert.Equal(href, PageFilters.KeepLanguage(href, null, Home));
    }
}
