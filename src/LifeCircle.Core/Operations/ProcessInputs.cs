using System.Text.Json;
using LifeCircle.Core.Geodesy;
using LifeCircle.Core.Problems;

namespace LifeCircle.Core.Operations;

/// <summary>Reads an execute request's body strictly: one JSON object with "inputs", each input checked against what the process allows; 400 naming the input at fault.</summary>
public sealed class ProcessInputs
{
    /// <summary>Largest execute request body accepted (413 beyond): room for 5,000 candidate points.</summary>
    public const int MaxBodyBytes = 256 * 1024;

    private readonly Dictionary<string, JsonElement> _inputs;

    private ProcessInputs(Dictionary<string, JsonElement> inputs) => _inputs = inputs;

    /// <summary>Parses the body; unknown members, unknown inputs and repeated names are refused.</summary>
    public static ProcessInputs Parse(ReadOnlyMemory<byte> body, IReadOnlyCollection<string> allowed)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(body, new JsonDocumentOptions { MaxDepth = 8, AllowTrailingCommas = false, CommentHandling = JsonCommentHandling.Disallow });
        }
        catch (JsonException ex)
        {
            throw ProblemException.BadParameter("body", $"is not valid JSON ({ex.Message}); send {{\"inputs\": {{…}}}} as application/json");
        }

        using (document)
        {
            RefuseInvalidText(document.RootElement);
            var root = Members(document.RootElement, "body", ["inputs", "outputs", "response"]);
            if (root.TryGetValue("response", out var response) && response.ValueKind != JsonValueKind.String)
            {
                throw ProblemException.BadParameter("response", "must be a string (raw or document)");
            }

            if (!root.TryGetValue("inputs", out var inputs))
            {
                throw ProblemException.BadParameter("inputs", $"is required: an object with the process's inputs ({string.Join(", ", allowed)})");
            }

            return new ProcessInputs(Members(inputs, "inputs", allowed).ToDictionary(p => p.Key, p => p.Value.Clone()));
        }
    }

    public bool Has(string name) => _inputs.ContainsKey(name);

    public string? String(string name, IReadOnlyCollection<string>? allowed = null)
    {
        if (!_inputs.TryGetValue(name, out var e))
        {
            return null;
        }

        if (e.ValueKind != JsonValueKind.String || e.GetString() is not { Length: > 0 } s)
        {
            throw ProblemException.BadParameter(name, "must be a non-empty string");
        }

        return allowed is null || allowed.Contains(s) ? s
            : throw ProblemException.BadParameter(name, $"'{s}' is not known; allowed values: {Shown(allowed)}");
    }

    public int Int(string name, int defaultValue, int min, int max)
    {
        if (!_inputs.TryGetValue(name, out var e))
        {
            return defaultValue;
        }

        return e.ValueKind == JsonValueKind.Number && e.TryGetInt32(out int v) && v >= min && v <= max ? v
            : throw ProblemException.BadParameter(name, $"must be a whole number from {min} to {max}");
    }

    public double Number(string name, double defaultValue, double min, double max)
    {
        if (!_inputs.TryGetValue(name, out var e))
        {
            return defaultValue;
        }

        return e.ValueKind == JsonValueKind.Number && e.TryGetDouble(out double v) && v >= min && v <= max ? v
            : throw ProblemException.BadParameter(name, $"must be a number from {min} to {max}");
    }

    /// <summary>An array of at most <paramref name="max"/> items, each read by <paramref name="item"/> (given its index).</summary>
    public IReadOnlyList<T> Array<T>(string name, int max, Func<JsonElement, string, T> item)
    {
        if (!_inputs.TryGetValue(name, out var e))
        {
            return [];
        }

        if (e.ValueKind != JsonValueKind.Array)
        {
            throw ProblemException.BadParameter(name, "must be an array");
        }

        if (e.GetArrayLength() > max)
        {
            throw ProblemException.BadParameter(name, $"has {e.GetArrayLength()} items; at most {max} are accepted per request");
        }

        return e.EnumerateArray().Select((x, i) => item(x, $"{name}[{i}]")).ToList();
    }

    /// <summary>A point given as [x, y] in the CRS's axis order, converted to CRS84 and required inside the district.</summary>
    public static GeoPosition Point(JsonElement e, string name, CoordinateSystem crs, NetTopologySuite.Geometries.Envelope district)
    {
        if (e.ValueKind != JsonValueKind.Array || e.GetArrayLength() != 2 || e.EnumerateArray().Any(c => c.ValueKind != JsonValueKind.Number))
        {
            throw ProblemException.BadParameter(name, $"must be a point: an array of two numbers in the axis order of the CRS ({crs.AxisOrder})");
        }

        return e[0].TryGetDouble(out double a) && e[1].TryGetDouble(out double b)
            ? PlanningPoints.Inside(a, b, name, crs, district)
            : throw ProblemException.BadParameter(name, "has a coordinate beyond the range of a double");
    }

    /// <summary>An object's members, refusing unknown and repeated names.</summary>
    public static Dictionary<string, JsonElement> Members(JsonElement e, string name, IReadOnlyCollection<string> allowed)
    {
        if (e.ValueKind != JsonValueKind.Object)
        {
            throw ProblemException.BadParameter(name, "must be a JSON object");
        }

        var members = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
        foreach (var p in e.EnumerateObject())
        {
            if (!allowed.Contains(p.Name))
            {
                throw ProblemException.BadParameter(name == "inputs" || name == "body" ? p.Name : $"{name}.{p.Name}", $"is not known here; allowed: {string.Join(", ", allowed)}");
            }

            if (!members.TryAdd(p.Name, p.Value))
            {
                throw ProblemException.BadParameter(name == "inputs" || name == "body" ? p.Name : $"{name}.{p.Name}", "is given more than once; give it once");
            }
        }

        return members;
    }

    /// <summary>Refuses strings and names that are not valid text (an escaped lone surrogate), before any input reads them.</summary>
    private static void RefuseInvalidText(JsonElement e)
    {
        try
        {
            switch (e.ValueKind)
            {
                case JsonValueKind.String:
                    _ = e.GetString();
                    break;
                case JsonValueKind.Array:
                    foreach (var item in e.EnumerateArray())
                    {
                        RefuseInvalidText(item);
                    }

                    break;
                case JsonValueKind.Object:
                    foreach (var p in e.EnumerateObject())
                    {
                        _ = p.Name;
                        RefuseInvalidText(p.Value);
                    }

                    break;
            }
        }
        catch (InvalidOperationException)
        {
            throw ProblemException.BadParameter("body", "holds a string that is not valid Unicode text (a lone surrogate)");
        }
    }

    private static string Shown(IReadOnlyCollection<string> allowed) =>
        allowed.Count <= 60 ? string.Join(", ", allowed) : string.Join(", ", allowed.Take(60)) + ", …";
}
