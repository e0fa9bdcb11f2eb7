using System.Text.Json;

namespace LifeCircle.Core.Data;

/// <summary>Reads typed values from a feature's properties, reporting the location of any bad value.</summary>
public readonly struct JsonProperties(JsonElement properties, string location)
{
    public string Location => location;

    public string String(string name) =>
        OptString(name) ?? throw new DatasetFormatException(location, name, "is required and must be a non-empty string");

    public string? OptString(string name)
    {
        if (!TryGet(name, out var e))
        {
            return null;
        }

        if (e.ValueKind != JsonValueKind.String)
        {
            throw new DatasetFormatException(location, name, $"must be a string, not {e.ValueKind}");
        }

        var s = e.GetString();
        return string.IsNullOrEmpty(s) ? null : s;
    }

    public int Int(string name) =>
        OptInt(name) ?? throw new DatasetFormatException(location, name, "is required and must be a whole number");

    public int? OptInt(string name)
    {
        if (!TryGet(name, out var e))
        {
            return null;
        }

        return e.ValueKind == JsonValueKind.Number && e.TryGetInt32(out int v)
            ? v
            : throw new DatasetFormatException(location, name, $"must be a whole number, not {e}");
    }

    public double Double(string name) =>
        OptDouble(name) ?? throw new DatasetFormatException(location, name, "is required and must be a number");

    public double? OptDouble(string name)
    {
        if (!TryGet(name, out var e))
        {
            return null;
        }

        return e.ValueKind == JsonValueKind.Number
            ? e.GetDouble()
            : throw new DatasetFormatException(location, name, $"must be a number, not {e}");
    }

    public IReadOnlyList<string> StringList(string name)
    {
        if (!TryGet(name, out var e))
        {
            return [];
        }

        if (e.ValueKind != JsonValueKind.Array || e.EnumerateArray().Any(x => x.ValueKind != JsonValueKind.String))
        {
            throw new DatasetFormatException(location, name, "must be an array of strings");
        }

        return e.EnumerateArray().Select(x => x.GetString()!).ToArray();
    }

    public TEnum Enum<TEnum>(string name, Func<string, TEnum?> parse)
        where TEnum : struct
    {
        var s = String(name);
        return parse(s) ?? throw new DatasetFormatException(location, name, $"has the unknown value '{s}'");
    }

    private bool TryGet(string name, out JsonElement value)
    {
        if (properties.ValueKind == JsonValueKind.Object && properties.TryGetProperty(name, out value) && value.ValueKind != JsonValueKind.Null)
        {
            return true;
        }

        value = default;
        return false;
    }
}
