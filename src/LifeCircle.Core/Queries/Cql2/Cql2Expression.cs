using NetTopologySuite.Geometries;

namespace LifeCircle.Core.Queries.Cql2;

/// <summary>A parsed CQL2 boolean expression: the tree both encodings (text and JSON) parse into.</summary>
public abstract record Cql2Expression;

public sealed record AndExpression(IReadOnlyList<Cql2Expression> Args) : Cql2Expression;

public sealed record OrExpression(IReadOnlyList<Cql2Expression> Args) : Cql2Expression;

public sealed record NotExpression(Cql2Expression Arg) : Cql2Expression;

/// <summary>=, &lt;&gt;, &lt;, &lt;=, &gt;, &gt;= between two operands.</summary>
public sealed record ComparisonExpression(string Op, Cql2Operand Left, Cql2Operand Right) : Cql2Expression;

/// <summary>LIKE with % (any run) and _ (one character) wildcards; \ escapes.</summary>
public sealed record LikeExpression(Cql2Operand Value, Cql2Operand Pattern) : Cql2Expression
{
    /// <summary>The literal pattern compiled once when the filter is bound; null when the pattern is not a literal.</summary>
    public LikePattern? Compiled { get; init; }
}

public sealed record InExpression(Cql2Operand Value, IReadOnlyList<Cql2Operand> List) : Cql2Expression;

public sealed record BetweenExpression(Cql2Operand Value, Cql2Operand Low, Cql2Operand High) : Cql2Expression;

public sealed record IsNullExpression(Cql2Operand Value) : Cql2Expression;

/// <summary>S_INTERSECTS, S_WITHIN, … between two geometry operands.</summary>
public sealed record SpatialExpression(string Op, Cql2Operand Left, Cql2Operand Right) : Cql2Expression;

/// <summary>S_DWITHIN(a, b, metres): the geometries lie within a straight-line distance of each other, in metres (an extension of this API, not a CQL2 class).</summary>
/// <remarks>Measured after projecting both around the literal (lon/lat is not metres); on foot the way is longer: see /reach for walking.</remarks>
public sealed record DistanceWithinExpression(Cql2Operand Left, Cql2Operand Right, Cql2Operand Metres) : Cql2Expression
{
    public const string Name = "S_DWITHIN";

    /// <summary>Largest distance accepted, in metres.</summary>
    public const double MaxMetres = 100_000;
}

/// <summary>A bare TRUE or FALSE.</summary>
public sealed record BooleanLiteralExpression(bool Value) : Cql2Expression;

/// <summary>An operand: a property, or a literal value or geometry.</summary>
public abstract record Cql2Operand;

public sealed record PropertyOperand(string Name) : Cql2Operand;

/// <summary>A string, a number (double) or a boolean.</summary>
public sealed record LiteralOperand(object Value) : Cql2Operand;

/// <summary>A geometry literal (WKT, BBOX or GeoJSON), in the filter's CRS until the API converts it.</summary>
public sealed record GeometryOperand(Geometry Geometry) : Cql2Operand;

/// <summary>The spatial functions supported (CQL2 spatial-functions).</summary>
public static class SpatialOperators
{
    public static IReadOnlyList<string> All { get; } =
        ["S_INTERSECTS", "S_DISJOINT", "S_EQUALS", "S_TOUCHES", "S_WITHIN", "S_CONTAINS", "S_OVERLAPS", "S_CROSSES"];
}

/// <summary>A filter that cannot be parsed or does not fit the collection; the message says where and what.</summary>
public sealed class Cql2Exception(string message) : Exception(message);
