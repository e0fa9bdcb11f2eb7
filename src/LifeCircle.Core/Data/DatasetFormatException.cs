namespace LifeCircle.Core.Data;

/// <summary>A dataset file does not have the expected form; says where and what.</summary>
public sealed class DatasetFormatException(string location, string field, string problem)
    : Exception($"{location}: '{field}' {problem}")
{
    /// <summary>File and feature number, e.g. "facilities.geojson feature 12".</summary>
    public string Location { get; } = location;

    public string Field { get; } = field;

    public string Problem { get; } = problem;
}
