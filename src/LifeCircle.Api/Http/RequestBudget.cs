namespace LifeCircle.Api.Http;

/// <summary>How long one buffered request's queries may compute before it is answered 503 (configuration key <c>LifeCircle:Requests:BudgetSeconds</c>).</summary>
public sealed record RequestBudget(TimeSpan Time)
{
    public const string Section = "LifeCircle:Requests";

    public static RequestBudget Default { get; } = new(TimeSpan.FromSeconds(2));

    /// <summary>The configured budget; zero or less means none.</summary>
    public static RequestBudget FromSeconds(double seconds) => new(seconds > 0 ? TimeSpan.FromSeconds(seconds) : Timeout.InfiniteTimeSpan);
}
