using LifeCircle.Core.Features;
using System.Runtime.CompilerServices;
using NetTopologySuite.Geometries;
using NetTopologySuite.Geometries.Prepared;

namespace LifeCircle.Core.Queries.Cql2;

/// <summary>Evaluates a bound CQL2 expression against features, with SQL-style three-valued logic (null is unknown).</summary>
public static class Cql2Evaluator
{
    /// <summary>The name by which a filter refers to a feature's geometry.</summary>
    public const string GeometryProperty = "geometry";

    /// <summary>True only when the expression is true for the feature (unknown counts as not selected).</summary>
    public static bool Matches(Cql2Expression expression, FeatureRecord feature) => Evaluate(expression, feature) == true;

    private static bool? Evaluate(Cql2Expression e, FeatureRecord f) => e switch
    {
        AndExpression and => And(and.Args.Select(a => Evaluate(a, f))),
        OrExpression or => Or(or.Args.Select(a => Evaluate(a, f))),
        NotExpression not => !Evaluate(not.Arg, f),
        BooleanLiteralExpression b => b.Value,
        ComparisonExpression c => Compare(c.Op, Value(c.Left, f), Value(c.Right, f)),
        LikeExpression l => Value(l.Value, f) is string s && Value(l.Pattern, f) is string p ? (l.Compiled ?? LikePattern.Compile(p)).IsMatch(s) : null,
        InExpression i => In(Value(i.Value, f), i.List.Select(x => Value(x, f))),
        BetweenExpression b => And([Compare(">=", Value(b.Value, f), Value(b.Low, f)), Compare("<=", Value(b.Value, f), Value(b.High, f))]),
        IsNullExpression n => Value(n.Value, f) is null,
        SpatialExpression s => Spatial(s, f),
        DistanceWithinExpression d => Cql2Distances.Within(d, Value(d.Left, f) as Geometry, Value(d.Right, f) as Geometry),
        _ => throw new Cql2Exception($"cannot evaluate {e.GetType().Name}"),
    };

    private static object? Value(Cql2Operand operand, FeatureRecord f) => operand switch
    {
        PropertyOperand { Name: GeometryProperty } => f.Geometry,
        PropertyOperand p => f[p.Name],
        LiteralOperand l => l.Value,
        GeometryOperand g => g.Geometry,
        _ => null,
    };

    private static bool? And(IEnumerable<bool?> values) => Junction(values, decisive: false);

    private static bool? Or(IEnumerable<bool?> values) => Junction(values, decisive: true);

    /// <summary>AND (decided by a false) or OR (by a true): the deciding value if any argument has it, else unknown if any is, else the other value.</summary>
    private static bool? Junction(IEnumerable<bool?> values, bool decisive)
    {
        bool unknown = false;
        foreach (var v in values)
        {
            if (v == decisive)
            {
                return decisive;
            }

            unknown |= v is null;
        }

        return unknown ? null : !decisive;
    }

    /// <summary>Compares like with like; an array property compared with "=" asks whether it contains the value.</summary>
    private static bool? Compare(string op, object? left, object? right)
    {
        if (left is null || right is null)
        {
            return null;
        }

        if (left is string[] array)
        {
            return op switch
            {
                "=" => array.Contains(right as string),
                "<>" => !array.Contains(right as string),
                _ => null,
            };
        }

        int? order = (left, right) switch
        {
            (string a, string b) => string.CompareOrdinal(a, b),
            (double a, double b) => a.CompareTo(b),
            (bool a, bool b) => a.CompareTo(b),
            _ => null,
        };
        return order is not int o ? null : op switch
        {
            "=" => o == 0,
            "<>" => o != 0,
            "<" => o < 0,
            "<=" => o <= 0,
            ">" => o > 0,
            ">=" => o >= 0,
            _ => null,
        };
    }

    private static bool? In(object? value, IEnumerable<object?> list)
    {
        if (value is null)
        {
            return null;
        }

        return value is string[] array
            ? list.Any(x => array.Contains(x as string))
            : list.Any(x => Compare("=", value, x) == true);
    }

    /// <summary>A spatial function; with a literal on either side, asked of the literal's prepared (indexed) form.</summary>
    private static bool? Spatial(SpatialExpression s, FeatureRecord f) => (s.Left, s.Right) switch
    {
        (_, GeometryOperand literal) when Value(s.Left, f) is Geometry g => Prepared(s.Op, literal, g, literalFirst: false),
        (GeometryOperand literal, _) when Value(s.Right, f) is Geometry g => Prepared(s.Op, literal, g, literalFirst: true),
        _ => Spatial(s.Op, Value(s.Left, f) as Geometry, Value(s.Right, f) as Geometry),
    };

    /// <summary>op(literal, g) when <paramref name="literalFirst"/>, else op(g, literal): within and contains swap, the symmetric ones do not.</summary>
    private static bool? Prepared(string op, GeometryOperand literal, Geometry g, bool literalFirst)
    {
        // Indexed once per literal for the many features it meets (a long line would otherwise be re-noded for each);
        // weakly keyed, so it lives exactly as long as the bound filter.
        var p = PreparedLiterals.GetValue(literal.Geometry, PreparedGeometryFactory.Prepare);
        return op switch
        {
            "S_INTERSECTS" => p.Intersects(g),
            "S_DISJOINT" => p.Disjoint(g),
            "S_TOUCHES" => p.Touches(g),
            "S_OVERLAPS" => p.Overlaps(g),
            "S_WITHIN" => literalFirst ? p.Within(g) : p.Contains(g),
            "S_CONTAINS" => literalFirst ? p.Contains(g) : p.Within(g),
            _ => literalFirst ? Spatial(op, literal.Geometry, g) : Spatial(op, g, literal.Geometry),
        };
    }

    private static readonly ConditionalWeakTable<Geometry, IPreparedGeometry> PreparedLiterals = [];

    private static bool? Spatial(string op, Geometry? a, Geometry? b)
    {
        if (a is null || b is null)
        {
            return null;
        }

        return op switch
        {
            "S_INTERSECTS" => a.Intersects(b),
            "S_DISJOINT" => a.Disjoint(b),
            "S_EQUALS" => a.EqualsTopologically(b),
            "S_TOUCHES" => a.Touches(b),
            "S_WITHIN" => a.Within(b),
            "S_CONTAINS" => a.Contains(b),
            "S_OVERLAPS" => a.Overlaps(b),
            "S_CROSSES" => a.Crosses(b),
            _ => null,
        };
    }
}
