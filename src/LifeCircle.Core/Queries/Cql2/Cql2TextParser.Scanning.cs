using System.Globalization;
using System.Text;
using NetTopologySuite.Geometries;

namespace LifeCircle.Core.Queries.Cql2;

/// <summary>The tokenizer half of the parser: literals (WKT, strings, numbers), keywords, symbols and positioned errors.</summary>
public sealed partial class Cql2TextParser
{
    private Geometry ReadWkt()
    {
        int start = _pos;
        int open = _text.IndexOf('(', _pos);
        if (open < 0)
        {
            throw Error("a geometry literal needs its coordinates in parentheses");
        }

        int depth = 0, i = open;
        for (; i < _text.Length; i++)
        {
            depth += _text[i] == '(' ? 1 : _text[i] == ')' ? -1 : 0;
            if (depth == 0)
            {
                break;
            }
        }

        if (depth != 0)
        {
            throw Error("a geometry literal's parentheses are not balanced");
        }

        _pos = i + 1;
        return Cql2GeometryLiterals.FromWkt(_text[start.._pos], start + 1);
    }

    private string ReadString()
    {
        var sb = new StringBuilder();
        int start = _pos++;
        while (_pos < _text.Length)
        {
            char c = _text[_pos++];
            if (c == '\'')
            {
                if (_pos < _text.Length && _text[_pos] == '\'')
                {
                    sb.Append('\'');
                    _pos++;
                    continue;
                }

                return sb.ToString();
            }

            sb.Append(c);
        }

        _pos = start;
        throw Error("a string is not closed with '");
    }

    /// <summary>A function's parenthesised, comma-separated operands, exactly <paramref name="count"/> of them.</summary>
    private List<Cql2Operand> Arguments(int count)
    {
        Expect("(");
        var args = new List<Cql2Operand> { ParseOperand() };
        while (args.Count < count)
        {
            Expect(",");
            args.Add(ParseOperand());
        }

        Expect(")");
        return args;
    }

    private double ReadNumber()
    {
        SkipSpace();
        int start = _pos;
        while (_pos < _text.Length && (char.IsAsciiDigit(_text[_pos]) || _text[_pos] is '.' or '-' or '+' or 'e' or 'E'))
        {
            _pos++;
        }

        return double.TryParse(_text.AsSpan(start, _pos - start), NumberStyles.Float, CultureInfo.InvariantCulture, out double v) && double.IsFinite(v)
            ? v
            : throw Error($"'{_text[start.._pos]}' is not a finite number");
    }

    private bool NextIsOperatorAfter(int length)
    {
        int save = _pos;
        _pos += length;
        SkipSpace();
        bool op = _pos < _text.Length && (ComparisonOps.Any(o => string.CompareOrdinal(_text, _pos, o, 0, o.Length) == 0) || PeekWord()?.ToUpperInvariant() is "IS" or "IN" or "LIKE" or "BETWEEN");
        _pos = save;
        return op;
    }

    private string? PeekWord()
    {
        SkipSpace();
        int end = _pos;
        while (end < _text.Length && (char.IsLetterOrDigit(_text[end]) || _text[end] is '_' or ':' or '.'))
        {
            end++;
        }

        return end > _pos && !char.IsAsciiDigit(_text[_pos]) ? _text[_pos..end] : null;
    }

    private bool TryKeyword(string keyword)
    {
        var word = PeekWord();
        if (word is not null && word.Equals(keyword, StringComparison.OrdinalIgnoreCase))
        {
            _pos += word.Length;
            return true;
        }

        return false;
    }

    private bool TrySymbol(string symbol)
    {
        SkipSpace();
        if (string.CompareOrdinal(_text, _pos, symbol, 0, symbol.Length) == 0)
        {
            _pos += symbol.Length;
            return true;
        }

        return false;
    }

    private void Expect(string symbol)
    {
        if (!TrySymbol(symbol))
        {
            throw Error(_pos >= _text.Length ? $"expected '{symbol}' but the filter ended" : $"expected '{symbol}' at '{Rest()}'");
        }
    }

    private void SkipSpace()
    {
        while (_pos < _text.Length && char.IsWhiteSpace(_text[_pos]))
        {
            _pos++;
        }
    }

    private string Rest() => _text.Length - _pos > 20 ? _text.Substring(_pos, 20) + "…" : _text[_pos..];

    private Cql2Exception Error(string message) => new($"at character {_pos + 1}: {message}");
}
