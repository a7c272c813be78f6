using System.Globalization;
using System.Text;

namespace Graph.GraphQL.Language;

/// <summary>
/// Turns GraphQL source text into tokens (spec §2.1), skipping whitespace, commas, comments and the BOM.
/// Counts tokens as it goes, so a document with too many is refused before the parser builds anything more.
/// </summary>
public sealed class Lexer
{
    private readonly string _source;
    private readonly int _maxTokens;
    private int _position;
    private int _line = 1;
    private int _lineStart;
    private int _tokenCount;

    public Lexer(string source, int maxTokens = int.MaxValue)
    {
        _source = source;
        _maxTokens = maxTokens;
        Current = new Token(TokenKind.StartOfFile, 0, 0, 0, 0, null);
    }

    /// <summary>The token most recently read.</summary>
    public Token Current { get; private set; }

    /// <summary>Reads the next token and makes it <see cref="Current"/>.</summary>
    public Token Advance()
    {
        Current = ReadToken();
        if (Current.Kind != TokenKind.EndOfFile && ++_tokenCount > _maxTokens)
        {
            throw new GraphQLSyntaxException(
                $"Document contains more than {_maxTokens} tokens. Parsing aborted.", Current.Location, "MAX_TOKENS_EXCEEDED");
        }
        return Current;
    }

    /// <summary>The next token after <see cref="Current"/>, without consuming it.</summary>
    public Token Peek()
    {
        var (position, line, lineStart) = (_position, _line, _lineStart);
        var token = ReadToken();
        (_position, _line, _lineStart) = (position, line, lineStart);
        return token;
    }

    private Token ReadToken()
    {
        var s = _source;
        while (_position < s.Length)
        {
            var c = s[_position];
            switch (c)
            {
                case '\uFEFF' or '\t' or ' ' or ',':
                    _position++;
                    continue;
                case '\n':
                    _position++;
                    NewLine();
                    continue;
                case '\r':
                    _position += _position + 1 < s.Length && s[_position + 1] == '\n' ? 2 : 1;
                    NewLine();
                    continue;
                case '#':
                    while (_position < s.Length && s[_position] is not ('\n' or '\r')) _position++;
                    continue;
                case '!': return Punctuator(TokenKind.Bang, 1);
                case '$': return Punctuator(TokenKind.Dollar, 1);
                case '&': return Punctuator(TokenKind.Amp, 1);
                case '(': return Punctuator(TokenKind.ParenLeft, 1);
                case ')': return Punctuator(TokenKind.ParenRight, 1);
                case ':': return Punctuator(TokenKind.Colon, 1);
                case '=': return Punctuator(TokenKind.Equals, 1);
                case '@': return Punctuator(TokenKind.At, 1);
                case '[': return Punctuator(TokenKind.BracketLeft, 1);
                case ']': return Punctuator(TokenKind.BracketRight, 1);
                case '{': return Punctuator(TokenKind.BraceLeft, 1);
                case '|': return Punctuator(TokenKind.Pipe, 1);
                case '}': return Punctuator(TokenKind.BraceRight, 1);
                case '.':
                    if (_position + 2 < s.Length && s[_position + 1] == '.' && s[_position + 2] == '.') return Punctuator(TokenKind.Spread, 3);
                    throw Error($"Unexpected character: {DescribeChar(_position)}.", _position);
                case '"':
                    return _position + 2 < s.Length && s[_position + 1] == '"' && s[_position + 2] == '"' ? ReadBlockString() : ReadString();
            }
            if (IsNameStart(c)) return ReadName();
            if (c == '-' || char.IsAsciiDigit(c)) return ReadNumber();
            throw Error(c == '\''
                ? "Unexpected single quote character ('), did you mean to use a double quote (\")?"
                : $"Unexpected character: {DescribeChar(_position)}.", _position);
        }
        return new Token(TokenKind.EndOfFile, s.Length, s.Length, _line, s.Length - _lineStart + 1, null);
    }

    private void NewLine()
    {
        _line++;
        _lineStart = _position;
    }

    private Token Punctuator(TokenKind kind, int length)
    {
        var token = new Token(kind, _position, _position + length, _line, _position - _lineStart + 1, null);
        _position += length;
        return token;
    }

    private static bool IsNameStart(char c) => char.IsAsciiLetter(c) || c == '_';

    private static bool IsNameContinue(char c) => char.IsAsciiLetterOrDigit(c) || c == '_';

    private Token ReadName()
    {
        var start = _position;
        while (_position < _source.Length && IsNameContinue(_source[_position])) _position++;
        return Make(TokenKind.Name, start, _source[start.._position]);
    }

    private Token ReadNumber()
    {
        var s = _source;
        var start = _position;
        var isFloat = false;
        if (Char() == '-') _position++;
        if (Char() == '0')
        {
            _position++;
            if (char.IsAsciiDigit(Char())) throw Error($"Invalid number, unexpected digit after 0: {DescribeChar(_position)}.", _position);
        }
        else
        {
            ReadDigits();
        }
        if (Char() == '.')
        {
            isFloat = true;
            _position++;
            ReadDigits();
        }
        if (Char() is 'e' or 'E')
        {
            isFloat = true;
            _position++;
            if (Char() is '+' or '-') _position++;
            ReadDigits();
        }
        if (Char() == '.' || (_position < s.Length && IsNameStart(s[_position])))
        {
            throw Error($"Invalid number, expected digit but got: {DescribeChar(_position)}.", _position);
        }
        return Make(isFloat ? TokenKind.Float : TokenKind.Int, start, s[start.._position]);
    }

    private void ReadDigits()
    {
        if (!char.IsAsciiDigit(Char())) throw Error($"Invalid number, expected digit but got: {DescribeChar(_position)}.", _position);
        while (char.IsAsciiDigit(Char())) _position++;
    }

    private char Char() => _position < _source.Length ? _source[_position] : '\0';

    private Token ReadString()
    {
        var s = _source;
        var start = _position;
        _position++;
        var sb = new StringBuilder();
        while (_position < s.Length)
        {
            var c = s[_position];
            if (c == '"')
            {
                _position++;
                return Make(TokenKind.String, start, sb.ToString());
            }
            if (c is '\n' or '\r') break;
            if (c == '\\')
            {
                _position++;
                ReadEscape(sb);
                continue;
            }
            if (c < 0x20 && c != '\t') throw Error($"Invalid character within String: {DescribeChar(_position)}.", _position);
            sb.Append(c);
            _position++;
        }
        throw Error("Unterminated string.", _position);
    }

    private void ReadEscape(StringBuilder sb)
    {
        var s = _source;
        var escapeStart = _position - 1;
        var c = Char();
        _position++;
        switch (c)
        {
            case '"': sb.Append('"'); return;
            case '\\': sb.Append('\\'); return;
            case '/': sb.Append('/'); return;
            case 'b': sb.Append('\b'); return;
            case 'f': sb.Append('\f'); return;
            case 'n': sb.Append('\n'); return;
            case 'r': sb.Append('\r'); return;
            case 't': sb.Append('\t'); return;
            case 'u':
                if (Char() == '{')
                {
                    var close = s.IndexOf('}', _position);
                    if (close > _position + 1 && close - _position <= 9 &&
                        int.TryParse(s.AsSpan(_position + 1, close - _position - 1), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var cp) &&
                        cp <= 0x10FFFF && cp is < 0xD800 or > 0xDFFF)
                    {
                        sb.Append(char.ConvertFromUtf32(cp));
                        _position = close + 1;
                        return;
                    }
                    throw InvalidEscape(escapeStart);
                }
                if (_position + 4 <= s.Length &&
                    int.TryParse(s.AsSpan(_position, 4), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var unit))
                {
                    _position += 4;
                    if (unit is >= 0xD800 and <= 0xDBFF && _position + 6 <= s.Length && s[_position] == '\\' && s[_position + 1] == 'u' &&
                        int.TryParse(s.AsSpan(_position + 2, 4), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var low) &&
                        low is >= 0xDC00 and <= 0xDFFF)
                    {
                        sb.Append((char)unit).Append((char)low);
                        _position += 6;
                        return;
                    }
                    if (unit is >= 0xD800 and <= 0xDFFF) throw InvalidEscape(escapeStart, 6);
                    sb.Append((char)unit);
                    return;
                }
                throw InvalidEscape(escapeStart);
            default:
                var end = Math.Min(s.Length, escapeStart + 2);
                throw Error($"Invalid character escape sequence: \"{s[escapeStart..end]}\".", escapeStart);
        }
    }

    private GraphQLSyntaxException InvalidEscape(int escapeStart, int length = 6)
    {
        var end = Math.Min(_source.Length, escapeStart + length);
        return Error($"Invalid Unicode escape sequence: \"{_source[escapeStart..end]}\".", escapeStart);
    }

    private Token ReadBlockString()
    {
        var s = _source;
        var start = _position;
        var startLine = _line;
        var startColumn = _position - _lineStart + 1;
        _position += 3;
        var raw = new StringBuilder();
        while (_position < s.Length)
        {
            var c = s[_position];
            if (c == '"' && _position + 2 < s.Length && s[_position + 1] == '"' && s[_position + 2] == '"')
            {
                _position += 3;
                return new Token(TokenKind.BlockString, start, _position, startLine, startColumn, BlockString.Dedent(raw.ToString()));
            }
            if (c == '\\' && _position + 3 < s.Length && s[_position + 1] == '"' && s[_position + 2] == '"' && s[_position + 3] == '"')
            {
                raw.Append("\"\"\"");
                _position += 4;
                continue;
            }
            if (c is '\n' or '\r')
            {
                raw.Append(c);
                if (c == '\r' && _position + 1 < s.Length && s[_position + 1] == '\n')
                {
                    raw.Append('\n');
                    _position++;
                }
                _position++;
                NewLine();
                continue;
            }
            if (c < 0x20 && c != '\t') throw Error($"Invalid character within String: {DescribeChar(_position)}.", _position);
            raw.Append(c);
            _position++;
        }
        throw Error("Unterminated string.", _position);
    }

    private Token Make(TokenKind kind, int start, string value) =>
        new(kind, start, _position, _line, start - _lineStart + 1, value);

    private string DescribeChar(int position)
    {
        if (position >= _source.Length) return TokenKindNames.Describe(TokenKind.EndOfFile);
        var c = _source[position];
        if (c is >= ' ' and <= '~') return c == '"' ? "'\"'" : $"\"{c}\"";
        return $"U+{(int)c:X4}";
    }

    private GraphQLSyntaxException Error(string description, int position) =>
        new(description, new SourceLocation(_line, position - _lineStart + 1, position));
}
