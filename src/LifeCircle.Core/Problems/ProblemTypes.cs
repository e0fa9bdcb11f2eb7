using System.Text.Json;
using LifeCircle.Core.Data;

namespace LifeCircle.Core.Problems;

/// <summary>A kind of refusal the API answers with: its stable slug, status and title, what it means and what to do.</summary>
public sealed record ProblemType(string Slug, int Status, string Title, string Meaning, string Remedy);

/// <summary>Every problem type the API writes (problem-types.json), each explained at /api/problems/{slug}, which its problem documents name as their type.</summary>
public static class ProblemTypes
{
    /// <summary>Where the problem types are served, below the API root.</summary>
    public const string Path = "/api/problems";

    private static readonly Lazy<IReadOnlyList<ProblemType>> Types = new(Load);

    /// <summary>Every type, in order of status.</summary>
    public static IReadOnlyList<ProblemType> All => Types.Value;

    /// <summary>What an unexpected failure is reported as.</summary>
    public static ProblemType InternalError => Find("internal-error")!;

    /// <summary>The type with this slug, or null.</summary>
    public static ProblemType? Find(string slug) => All.FirstOrDefault(t => t.Slug == slug);

    /// <summary>The type of a problem by its title, else the first of its status, else internal-error.</summary>
    public static ProblemType Of(int status, string title) =>
        All.FirstOrDefault(t => t.Status == status && string.Equals(t.Title, title, StringComparison.OrdinalIgnoreCase))
        ?? All.FirstOrDefault(t => t.Status == status)
        ?? InternalError;

    private static IReadOnlyList<ProblemType> Load()
    {
        using var stream = typeof(ProblemTypes).Assembly.GetManifestResourceStream("problems/problem-types.json")
            ?? throw new InvalidOperationException("The problem types are not embedded in LifeCircle.Core.");
        return JsonSerializer.Deserialize<List<ProblemType>>(stream, JsonText.Compact)!;
    }
}
