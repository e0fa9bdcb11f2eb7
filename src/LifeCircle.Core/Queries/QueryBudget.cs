using LifeCircle.Core.Problems;

namespace LifeCircle.Core.Queries;

/// <summary>How long the feature queries of the current request may compute; the HTTP layer sets it around an operation.</summary>
/// <remarks>
/// It bounds the request's own work only: waiting for a version to load is shared with other requests and
/// runs once, so it is not charged to the budget (a cold load of a large version would otherwise answer 503).
/// </remarks>
public static class QueryBudget
{
    private static readonly AsyncLocal<TimeSpan?> Current = new();

    /// <summary>Limits the queries run until the returned scope is disposed (in this async flow).</summary>
    public static IDisposable Limit(TimeSpan budget)
    {
        var previous = Current.Value;
        Current.Value = budget;
        return new Scope(() => Current.Value = previous);
    }

    /// <summary>Runs one query's work under the current budget; running out is a 503 problem with Retry-After.</summary>
    internal static T Run<T>(Func<CancellationToken, T> work, CancellationToken cancellationToken)
    {
        if (Current.Value is not { } budget)
        {
            return work(cancellationToken);
        }

        using var timer = new CancellationTokenSource(budget);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timer.Token);
        try
        {
            return work(linked.Token);
        }
        catch (OperationCanceledException) when (timer.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            throw ProblemException.OverBudget(budget);
        }
    }

    private sealed class Scope(Action restore) : IDisposable
    {
        public void Dispose() => restore();
    }
}
