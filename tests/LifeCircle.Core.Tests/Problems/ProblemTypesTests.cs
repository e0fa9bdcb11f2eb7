using LifeCircle.Core.Problems;

namespace LifeCircle.Core.Tests.Problems;

public class ProblemTypesTests
{
    [Fact]
    public void SlugsAreUniqueLowercaseWordsJoinedByHyphens()
    {
        var slugs = ProblemTypes.All.Select(t => t.Slug).ToList();
        Assert.Equal(slugs.Count, slugs.Distinct().Count());
        Assert.All(slugs, s => Assert.Matches("^[a-z]+(-[a-z0-9]+)*$", s));
    }

    [Fact]
    public void EachProblemTheCoreRaisesHasATypeOfItsOwnTitleAndStatus()
    {
        var raised = new[]
        {
            (ProblemException.BadParameter("limit", "too big"), "invalid-parameter"),
            (ProblemException.NotFound("nothing here"), "not-found"),
            (ProblemException.StorageUnavailable(), "storage-unavailable"),
            (ProblemException.OverBudget(TimeSpan.FromSeconds(2)), "request-budget-exceeded"),
            (ProblemException.BeingComputed("isochrones", TimeSpan.FromSeconds(2), 2), "layer-being-computed"),
        };
        foreach (var (problem, slug) in raised)
        {
            var type = ProblemTypes.Of(problem.Status, problem.Title);
            Assert.Equal(slug, type.Slug);
            Assert.Equal(problem.Title, type.Title);
        }
    }

    [Fact]
    public void AnUnlistedTitleFallsBackToATypeOfTheSameStatusAndAnUnknownStatusToInternalError()
    {
        Assert.Equal(404, ProblemTypes.Of(404, "Gone fishing").Status);
        Assert.Equal("internal-error", ProblemTypes.Of(599, "Odd").Slug);
    }
}
