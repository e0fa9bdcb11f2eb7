namespace LifeCircle.Storage;

/// <summary>What Table Storage accepts as a PartitionKey or RowKey value.</summary>
internal static class RowKeys
{
    /// <summary>Keys are at most 1 KiB; 255 characters leaves room and is plenty for an id.</summary>
    public const int MaxLength = 255;

    /// <summary>False for empty or over-long keys and for '/', '\', '#', '?' and control characters, which the service rejects.</summary>
    public static bool IsValid(string key) =>
        key.Length is > 0 and <= MaxLength && !key.Any(c => c is '/' or '\\' or '#' or '?' || char.IsControl(c));
}
