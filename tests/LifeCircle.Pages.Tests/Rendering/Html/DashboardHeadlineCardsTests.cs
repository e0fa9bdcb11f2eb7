using System.Globalization;
using System.Text.Json;

namespace LifeCircle.Pages.Tests.Rendering.Html;

/// <summary>The dashboard's headline cards: the district's figures of the scenario shown, each with the other scenario's figure beneath for comparison.</summary>
[Collection(PagesCollection.Name)]
public sealed class DashboardHeadlineCardsTests(PagesFixture site)
{
    private const string District = "/api/districts/150303";

    [Theory]
    [InlineData("existing", "with-planned", "en", "With planned facilities")]
    [InlineData("with-planned", "existing", "en", "Existing facilities")]
    [InlineData("with-planned", "existing", "zh", "现有设施")]
    public async Task EachCardShowsItsScenariosFigureWithTheOtherScenariosFigureBeneath(string scenario, string other, string lang, string otherName)
    {
        var coverage = await site.GetJsonAsync($"{District}/coverage");
        JsonElement Headline(string s) => coverage.GetProperty("headlines").EnumerateArray()
            .Single(h => h.GetProperty("area").GetString() == "150303" && h.GetProperty("scenario").GetString() == s);
        var (shown, compared) = (Headline(scenario), Headline(other));
        Assert.NotEqual(shown.GetProperty("share").GetDouble(), compared.GetProperty("share").GetDouble());

        await using var watched = await site.OpenAsync();
        await watched.Page.GotoAsync($"{site.Origin}{District}/dashboard?scenario={scenario}&lang={lang}");

        var cards = watched.Page.Locator(".card");
        string[] fields = ["share", "elderlyShare", "shareWithin15"];
        for (int i = 0; i < fields.Length; i++)
        {
            Assert.Equal(Percent(shown.GetProperty(fields[i]).GetDouble()), (await cards.Nth(i).Locator(".value").InnerTextAsync()).Trim());
            Assert.Equal($"{otherName}: {Percent(compared.GetProperty(fields[i]).GetDouble())}", (await cards.Nth(i).Locator(".small").InnerTextAsync()).Trim());
        }
    }

    private static string Percent(double share) => (share * 100).ToString("0.0", CultureInfo.InvariantCulture) + "%";
}
