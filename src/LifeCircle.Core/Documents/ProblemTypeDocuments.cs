using LifeCircle.Core.Problems;

namespace LifeCircle.Core.Documents;

/// <summary>One problem type explained: the page a problem document's type URL leads to.</summary>
/// <param name="Type">The absolute URL problem documents of this type carry (this page).</param>
public sealed record ProblemTypeDocument(string Type, string Slug, int Status, string Title, string Meaning, string Remedy, IReadOnlyList<Link> Links) : Document;

/// <summary>Every problem type the API writes.</summary>
/// <param name="Reporting">What to do when an answer looks wrong.</param>
public sealed record ProblemTypesDocument(IReadOnlyList<ProblemTypeDocument> ProblemTypes, string Reporting, IReadOnlyList<Link> Links) : Document;
