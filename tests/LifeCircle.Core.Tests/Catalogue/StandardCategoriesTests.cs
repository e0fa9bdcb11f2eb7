using LifeCircle.Core.Catalogue;
using LifeCircle.Core.Model;

namespace LifeCircle.Core.Tests.Catalogue;

public class StandardCategoriesTests
{
    [Fact]
    public void CodesAreUniqueAndUrlSafe()
    {
        var codes = StandardCategories.All.Select(c => c.Code).ToList();
        Assert.Equal(codes.Count, codes.Distinct().Count());
        Assert.All(codes, c => Assert.Matches("^[a-z0-9]+(-[a-z0-9]+)*$", c));
    }

    [Fact]
    public void EveryCategoryHasALevelOfFiveTenOrFifteenMinutesAndBothNames() =>
        Assert.All(StandardCategories.All, c =>
        {
            Assert.Contains(c.WalkingMinutes, StandardCategories.WalkingLevels);
            Assert.False(string.IsNullOrWhiteSpace(c.Name.Zh));
            Assert.False(string.IsNullOrWhiteSpace(c.Name.En));
        });

    [Fact]
    public void EachLevelHasBasicCategories()
    {
        foreach (int level in StandardCategories.WalkingLevels)
        {
            Assert.Contains(StandardCategories.All, c => c.WalkingMinutes == level && c.Tier == ServiceTier.Basic);
        }
    }
}
