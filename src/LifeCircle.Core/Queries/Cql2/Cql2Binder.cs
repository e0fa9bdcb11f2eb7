using LifeCircle.Core.Features;
using LifeCircle.Core.Geodesy;

namespace LifeCircle.Core.Queries.Cql2;

/// <summary>Checks a parsed filter against a collection's queryables and converts its geometries into CRS84.</summary>
/// <remarks>An unknown property or a type mismatch is the client's mistake, reported before any feature is read.</remarks>
public static class Cql2Binder
{
    public static Cql2Expression Bind(Cql2Expression expression, IReadOnlyList<QueryableProperty> queryables, CoordinateSystem filterCrs)
    {
        var byName = queryables.ToDictionary(q => q.Name, StringComparer.Ordinal);
        return Bind(expression, byName, filterCrs);
    }

    private static Cql2Expression Bind(Cql2Expression e, Dictionary<string, QueryableProperty> q, CoordinateSystem crs) => e switch
    {
        AndExpression a => new AndExpression(a.Args.Select(x => Bind(x, q, crs)).ToList()),
        OrExpression o => new OrExpression(o.Args.Select(x => Bind(x, q, crs)).ToList()),
        NotExpression n => new NotExpression(Bind(n.Arg, q, crs)),
        BooleanLiteralExpression b => b,
        ComparisonExpression c => CheckComparable(c, c.Left, c.Right, q),
        LikeExpression l => Compile((LikeExpression)RequireType(l, "LIKE", "string", q, l.Value, l.Pattern)),
        BetweenExpression b => RequireType(b, "BETWEEN", "number", q, b.Value, b.Low, b.High),
        InExpression i => CheckIn(i, q),
        IsNullExpression n => Scalar(n, n.Value, q),
        SpatialExpression s => new SpatialExpression(s.Op, Geometry(s.Left, q, crs, s.Op), Geometry(s.Right, q, crs, s.Op)),
        DistanceWithinExpression d => new DistanceWithinExpression(
            Geometry(d.Left, q, crs, DistanceWithinExpression.Name), Geometry(d.Right, q, crs, DistanceWithinExpression.Name),
            d.Metres is LiteralOperand { Value: double m } && m >= 0 && m <= DistanceWithinExpression.MaxMetres ? d.Metres
                : throw new Cql2Exception($"the third argument of {DistanceWithinExpression.Name} is a straight-line distance in metres: a number from 0 to {DistanceWithinExpression.MaxMetres:0}, not {Describe(d.Metres)}")),
        _ => throw new Cql2Exception($"unsupported expression {e.GetType().Name}"),
    };

    private static string TypeOf(Cql2Operand operand, Dictionary<string, QueryableProperty> q) => operand switch
    {
        PropertyOperand { Name: Cql2Evaluator.GeometryProperty } => "geometry",
        PropertyOperand p => q.TryGetValue(p.Name, out var queryable)
            ? queryable.IsNumeric ? "number" : queryable.Type
            : throw new Cql2Exception($"unknown property '{p.Name}'; queryables: {string.Join(", ", q.Keys)}, geometry"),
        LiteralOperand { Value: string } => "string",
        LiteralOperand { Value: double } => "number",
        LiteralOperand { Value: bool } => "boolean",
        GeometryOperand => "geometry",
        _ => "unknown",
    };

    private static Cql2Expression CheckComparable(Cql2Expression e, Cql2Operand left, Cql2Operand right, Dictionary<string, QueryableProperty> q)
    {
        string a = TypeOf(left, q), b = TypeOf(right, q);
        if (a == "geometry" || b == "geometry")
        {
            throw new Cql2Exception("geometries are compared with spatial functions such as S_INTERSECTS, not with comparison operators");
        }

        // An array property compared with "=" tests membership of a string.
        bool ok = a == b || (a == "array" && b == "string") || (a == "string" && b == "array");
        return ok ? e : throw new Cql2Exception($"cannot compare {Describe(left)} ({a}) with {Describe(right)} ({b})");
    }

    private static LikeExpression Compile(LikeExpression l) =>
        l.Pattern is LiteralOperand { Value: string pattern } ? l with { Compiled = LikePattern.Compile(pattern) } : l;

    private static Cql2Expression CheckIn(InExpression i, Dictionary<string, QueryableProperty> q)
    {
        if (i.List.Count > Cql2Limits.MaxInListValues)
        {
            throw new Cql2Exception($"an IN list has {i.List.Count} values; at most {Cql2Limits.MaxInListValues} are allowed");
        }

        var type = TypeOf(i.Value, q);
        foreach (var item in i.List)
        {
            var t = TypeOf(item, q);
            if (t != type && !(type == "array" && t == "string"))
            {
                throw new Cql2Exception($"IN list value {Describe(item)} is a {t}, but {Describe(i.Value)} is a {type}");
            }
        }

        return i;
    }

    private static Cql2Expression RequireType(Cql2Expression e, string op, string type, Dictionary<string, QueryableProperty> q, params Cql2Operand[] operands)
    {
        foreach (var operand in operands)
        {
            if (TypeOf(operand, q) != type)
            {
                throw new Cql2Exception($"{op} works on {type}s, but {Describe(operand)} is a {TypeOf(operand, q)}");
            }
        }

        return e;
    }

    private static Cql2Expression Scalar(Cql2Expression e, Cql2Operand operand, Dictionary<string, QueryableProperty> q)
    {
        TypeOf(operand, q);
        return e;
    }

    private static Cql2Operand Geometry(Cql2Operand operand, Dictionary<string, QueryableProperty> q, CoordinateSystem crs, string op) => operand switch
    {
        PropertyOperand { Name: Cql2Evaluator.GeometryProperty } => operand,
        GeometryOperand g => new GeometryOperand(crs == CoordinateSystems.Crs84
            ? Cql2GeometryLiterals.Checked(g.Geometry)
            : Cql2GeometryLiterals.Checked(ToCrs84(Cql2GeometryLiterals.Checked(g.Geometry), crs))),
        _ => throw new Cql2Exception($"{op} takes the geometry property and a geometry literal, not {Describe(operand)} ({TypeOf(operand, q)})"),
    };

    private static NetTopologySuite.Geometries.Geometry ToCrs84(NetTopologySuite.Geometries.Geometry g, CoordinateSystem crs)
    {
        try
        {
            return crs.ToCrs84Geometry(g);
        }
        catch (ArgumentException ex)
        {
            throw new Cql2Exception($"the {g.GeometryType} literal cannot be converted from {crs.Uri} to CRS84: {ex.Message}");
        }
    }

    private static string Describe(Cql2Operand operand) => operand switch
    {
        PropertyOperand p => $"property '{p.Name}'",
        LiteralOperand { Value: string s } => $"'{s}'",
        LiteralOperand l => Convert.ToString(l.Value, System.Globalization.CultureInfo.InvariantCulture) ?? "value",
        GeometryOperand g => g.Geometry.GeometryType,
        _ => "operand",
    };
}
