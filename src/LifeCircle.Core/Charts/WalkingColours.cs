namespace LifeCircle.Core.Charts;

/// <summary>
/// The colours of walking minutes, green for near to red: within 5, 10 and 15 minutes, then beyond 15 or not reachable. The dashboard's
/// chart and map (pages.js, pages.css), the bar chart of a category and the access map use them, so a colour means the same everywhere.
/// </summary>
public static class WalkingColours
{
    /// <summary>≤ 5, ≤ 10, ≤ 15 minutes, and beyond (or not reachable).</summary>
    public static IReadOnlyList<string> Classes { get; } = ["#1a9641", "#a6d96a", "#fdae61", "#d7191c"];
}
