using LifeCircle.Core.Model;

namespace LifeCircle.Storage;

/// <summary>What Table Storage accepts as a PartitionKey or RowKey value: what a record id may be (<see cref="RecordIds"/>), so the package check and the store agree.</summary>
internal static class RowKeys
{
    public const int MaxLength = RecordIds.MaxLength;

    /// <summary>False for empty or over-long keys and for '/', '\', '#', '?' and control characters, which the service rejects.</summary>
    public static bool IsValid(string key) => RecordIds.IsValid(key);
}
