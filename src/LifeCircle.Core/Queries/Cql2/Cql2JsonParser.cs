using System.Text.Json;
using LifeCircle.Core.Data;

namespace LifeCircle.Core.Queries.Cql2;

/// <summary>Parses the CQL2 JSON encoding ({"op": …, "args": […]}) into a <see cref="Cql2Expression"/>.</summary>
public static class Cql2JsonParser
{
    public static Cql2Expression Parse(string json)
    {
        try
        {
            // Each operator level is two JSON levels (the object and its args); geometries add a few more.
            using var doc = JsonDocument.Parse(json, new JsonDocumentOptions { MaxDepth = (2 * Cql2Limits.MaxDepth) + 8 });
            return Expression(doc.RootElement, 0);
        }
        catch (JsonException ex)
        {
            throw new Cql2Exception($"the filter is not valid JSON: {ex.Message}");
        }
        catch (InvalidOperationException ex)
        {
            // System.Text.Json refuses to turn a lone surrogate (e.g. "\ud800") into a string.
            throw new Cql2Exception($"the filter holds a string that is not valid UTF-16: {ex.Message}");
        }
    }

    private static Cql2Expression Expression(JsonElement e, int depth)
    {
        if (depth > Cql2Limits.MaxDepth)
        {
            throw new Cql2Exception($"the filter nests NOT, AND and OR more than {Cql2Limits.MaxDepth} levels deep");
        }

        if (e.ValueKind is JsonValueKind.True or JsonValueKind.False)
        {
            return new BooleanLiteralExpression(e.GetBoolean());
        }

        if (e.ValueKind != JsonValueKind.Object || !e.TryGetProperty("op", out var opElement) || opElement.ValueKind != JsonValueKind.String)
        {
            throw new Cql2Exception($"expected an object with \"op\" and \"args\", got {Short(e)}");
        }

        var op = opElement.GetString()!;
        var args = e.TryGetProperty("args", out var a) && a.ValueKind == JsonValueKind.Array
            ? a.EnumerateArray().ToList()
            : throw new Cql2Exception($"operator \"{op}\" needs an \"args\" array");

        switch (op.ToLowerInvariant())
        {
            case "and":
                return new AndExpression(AtLeast(op, args, 2).Select(x => Expression(x, depth + 1)).ToList());
            case "or":
                return new OrExpression(AtLeast(op, args, 2).Select(x => Expression(x, depth + 1)).ToList());
            case "not":
                return new NotExpression(Expression(Exactly(op, args, 1)[0], depth + 1));
            case "=" or "<>" or "<" or "<=" or ">" or ">=":
                Exactly(op, args, 2);
                return new ComparisonExpression(op, Operand(args[0]), Operand(args[1]));
            case "like":
                Exactly(op, args, 2);
                return new LikeExpression(Operand(args[0]), Operand(args[1]));
            case "between":
                Exactly(op, args, 3);
                return new BetweenExpression(Operand(args[0]), Operand(args[1]), Operand(args[2]));
            case "in":
                Exactly(op, args, 2);
                return args[1].ValueKind == JsonValueKind.Array
                    ? new InExpression(Operand(args[0]), args[1].EnumerateArray().Select(Operand).ToList())
                    : throw new Cql2Exception("the second argument of \"in\" must be an array of values");
            case "isnull":
                return new IsNullExpression(Operand(Exactly(op, args, 1)[0]));
            case "s_dwithin":
                Exactly(op, args, 3);
                return new DistanceWithinExpression(Operand(args[0]), Operand(args[1]), Operand(args[2]));
            default:
                var spatial = SpatialOperators.All.FirstOrDefault(s => s.Equals(op, StringComparison.OrdinalIgnoreCase));
                if (spatial is not null)
                {
                    Exactly(op, args, 2);
                    return new SpatialExpression(spatial, Operand(args[0]), Operand(args[1]));
                }

                throw new Cql2Exception($"unknown operator \"{op}\"; supported: and, or, not, =, <>, <, <=, >, >=, like, between, in, isNull, {string.Join(", ", SpatialOperators.All.Select(s => s.ToLowerInvariant()))}, s_dwithin");
        }
    }

    private static Cql2Operand Operand(JsonElement e)
    {
        switch (e.ValueKind)
        {
            case JsonValueKind.String:
                return new LiteralOperand(e.GetString()!);
            case JsonValueKind.Number:
                return e.TryGetDouble(out double number) && double.IsFinite(number) ? new LiteralOperand(number)
                    : throw new Cql2Exception($"{Short(e)} is not a finite number");
            case JsonValueKind.True or JsonValueKind.False:
                return new LiteralOperand(e.GetBoolean());
            case JsonValueKind.Object when e.TryGetProperty("property", out var p) && p.ValueKind == JsonValueKind.String:
                return new PropertyOperand(p.GetString()!);
            case JsonValueKind.Object when e.TryGetProperty("bbox", out var b) && b.ValueKind == JsonValueKind.Array:
                return new GeometryOperand(Cql2GeometryLiterals.Bbox(b.EnumerateArray()
                    .Select(x => x.ValueKind == JsonValueKind.Number && x.TryGetDouble(out double v) ? v : throw new Cql2Exception($"BBOX takes numbers, not {Short(x)}"))
                    .ToList()));
            case JsonValueKind.Object when e.TryGetProperty("type", out _) && e.TryGetProperty("coordinates", out _):
                try
                {
                    return new GeometryOperand(GeoJson.ReadGeometry(e) ?? throw new Cql2Exception($"{Short(e)} is not a geometry"));
                }
                catch (Exception ex) when (ex is not Cql2Exception and not OutOfMemoryException)
                {
                    // The NTS GeoJSON reader throws several exception types for malformed input; all are the client's mistake.
                    throw new Cql2Exception($"invalid GeoJSON geometry {Short(e)}: {ex.Message}");
                }

            default:
                throw new Cql2Exception($"expected a value, {{\"property\": …}}, {{\"bbox\": […]}} or a GeoJSON geometry, got {Short(e)}");
        }
    }

    private static List<JsonElement> Exactly(string op, List<JsonElement> args, int n) =>
        args.Count == n ? args : throw new Cql2Exception($"operator \"{op}\" takes {n} argument(s), not {args.Count}");

    private static List<JsonElement> AtLeast(string op, List<JsonElement> args, int n) =>
        args.Count >= n ? args : throw new Cql2Exception($"operator \"{op}\" takes at least {n} arguments, not {args.Count}");

    private static string Short(JsonElement e)
    {
        var raw = e.GetRawText();
        return raw.Length > 60 ? raw[..60] + "…" : raw;
    }
}
