namespace LifeCircle.Core.Queries.Cql2;

/// <summary>Parses the CQL2 text encoding (the subset listed in docs/ogc-api.md) into a <see cref="Cql2Expression"/>.</summary>
/// <remarks>Recursive descent over a small tokenizer; geometry literals are handed whole to the NTS WKT reader.</remarks>
public sealed partial class Cql2TextParser
{
    private static readonly HashSet<string> GeometryKeywords =
        ["POINT", "LINESTRING", "POLYGON", "MULTIPOINT", "MULTILINESTRING", "MULTIPOLYGON", "GEOMETRYCOLLECTION"];

    private static readonly string[] ComparisonOps = ["<>", "<=", ">=", "=", "<", ">"];

    private readonly string _text;
    private int _pos;
    private int _depth;

    private Cql2TextParser(string text) => _text = text;

    public static Cql2Expression Parse(string text)
    {
        var parser = new Cql2TextParser(text);
        var expression = parser.ParseOr();
        parser.SkipSpace();
        if (parser._pos < text.Length)
        {
            throw parser.Error($"unexpected '{parser.Rest()}'");
        }

        return expression;
    }

    private Cql2Expression ParseOr()
    {
        var args = new List<Cql2Expression> { ParseAnd() };
        while (TryKeyword("OR"))
        {
            args.Add(ParseAnd());
        }

        return args.Count == 1 ? args[0] : new OrExpression(args);
    }

    private Cql2Expression ParseAnd()
    {
        var args = new List<Cql2Expression> { ParseNot() };
        while (TryKeyword("AND"))
        {
            args.Add(ParseNot());
        }

        return args.Count == 1 ? args[0] : new AndExpression(args);
    }

    private Cql2Expression ParseNot()
    {
        if (TryKeyword("NOT"))
        {
            return new NotExpression(Nested(ParseNot));
        }

        if (TrySymbol("("))
        {
            var result = Nested(ParseOr);
            Expect(")");
            return result;
        }

        return ParsePredicate();
    }

    /// <summary>Parses one level inside a NOT or a parenthesis, refusing more levels than the limit (each is a frame of this recursive parser).</summary>
    private Cql2Expression Nested(Func<Cql2Expression> parse)
    {
        if (++_depth > Cql2Limits.MaxDepth)
        {
            throw Error($"the filter nests NOT and parentheses more than {Cql2Limits.MaxDepth} levels deep");
        }

        var result = parse();
        _depth--;
        return result;
    }

    private Cql2Expression ParsePredicate()
    {
        SkipSpace();
        int start = _pos;
        var word = PeekWord();
        bool distance = word is not null && word.Equals(DistanceWithinExpression.Name, StringComparison.OrdinalIgnoreCase);
        if (word is not null && (distance || SpatialOperators.All.Contains(word.ToUpperInvariant())))
        {
            _pos += word.Length;
            var args = Arguments(distance ? 3 : 2);
            return distance ? new DistanceWithinExpression(args[0], args[1], args[2]) : new SpatialExpression(word.ToUpperInvariant(), args[0], args[1]);
        }

        if (word is not null && (word.Equals("TRUE", StringComparison.OrdinalIgnoreCase) || word.Equals("FALSE", StringComparison.OrdinalIgnoreCase))
            && !NextIsOperatorAfter(word.Length))
        {
            _pos += word.Length;
            return new BooleanLiteralExpression(word.Equals("TRUE", StringComparison.OrdinalIgnoreCase));
        }

        var value = ParseOperand();
        bool negated = TryKeyword("NOT");
        if (TryKeyword("LIKE"))
        {
            return Negate(negated, new LikeExpression(value, ParseOperand()));
        }

        if (TryKeyword("BETWEEN"))
        {
            var low = ParseOperand();
            if (!TryKeyword("AND"))
            {
                throw Error("BETWEEN needs 'AND' between its bounds");
            }

            return Negate(negated, new BetweenExpression(value, low, ParseOperand()));
        }

        if (TryKeyword("IN"))
        {
            Expect("(");
            var list = new List<Cql2Operand> { ParseOperand() };
            while (TrySymbol(","))
            {
                list.Add(ParseOperand());
            }

            Expect(")");
            return Negate(negated, new InExpression(value, list));
        }

        if (negated)
        {
            throw Error("NOT here must be followed by LIKE, BETWEEN or IN");
        }

        if (TryKeyword("IS"))
        {
            bool not = TryKeyword("NOT");
            if (!TryKeyword("NULL"))
            {
                throw Error("IS must be followed by NULL or NOT NULL");
            }

            return Negate(not, new IsNullExpression(value));
        }

        SkipSpace();
        var op = ComparisonOps.FirstOrDefault(o => string.CompareOrdinal(_text, _pos, o, 0, o.Length) == 0)
            ?? throw Error(_pos >= _text.Length ? $"the predicate starting at {start + 1} is incomplete" : $"expected a comparison operator, LIKE, BETWEEN, IN or IS at '{Rest()}'");
        _pos += op.Length;
        return new ComparisonExpression(op, value, ParseOperand());
    }

    private Cql2Operand ParseOperand()
    {
        SkipSpace();
        if (_pos >= _text.Length)
        {
            throw Error("expected a property, a value or a geometry but the filter ended");
        }

        char c = _text[_pos];
        if (c == '\'')
        {
            return new LiteralOperand(ReadString());
        }

        if (c == '"')
        {
            int end = _text.IndexOf('"', _pos + 1);
            if (end < 0)
            {
                throw Error("a double-quoted property name is not closed");
            }

            var name = _text[(_pos + 1)..end];
            _pos = end + 1;
            return new PropertyOperand(name);
        }

        if (char.IsAsciiDigit(c) || ((c == '-' || c == '+' || c == '.') && _pos + 1 < _text.Length && (char.IsAsciiDigit(_text[_pos + 1]) || _text[_pos + 1] == '.')))
        {
            return new LiteralOperand(ReadNumber());
        }

        var word = PeekWord() ?? throw Error($"unexpected '{Rest()}'");
        var upper = word.ToUpperInvariant();
        if (upper is "TRUE" or "FALSE")
        {
            _pos += word.Length;
            return new LiteralOperand(upper == "TRUE");
        }

        if (upper == "BBOX")
        {
            _pos += word.Length;
            Expect("(");
            var numbers = new List<double> { ReadNumber() };
            while (TrySymbol(","))
            {
                numbers.Add(ReadNumber());
            }

            Expect(")");
            return new GeometryOperand(Cql2GeometryLiterals.Bbox(numbers));
        }

        if (GeometryKeywords.Contains(upper))
        {
            return new GeometryOperand(ReadWkt());
        }

        _pos += word.Length;
        return new PropertyOperand(word);
    }

    private static Cql2Expression Negate(bool negated, Cql2Expression e) => negated ? new NotExpression(e) : e;
}
