using Graph.GraphQL.Language;

namespace Graph.GraphQL.Tests.Language;

public class LexerTests
{
    private static List<Token> Lex(string source)
    {
        var lexer = new Lexer(source);
        var tokens = new List<Token>();
        for (var token = lexer.Advance(); token.Kind != TokenKind.EndOfFile; token = lexer.Advance()) tokens.Add(token);
        return tokens;
    }

    private static string Error(string source)
    {
        var act = () => Lex(source);
        return act.Should().Throw<GraphQLSyntaxException>().Which.Message;
    }

    [Fact]
    public void Skips_whitespace_commas_comments_and_the_byte_order_mark()
    {
        var tokens = Lex("\uFEFF  # comment\n,,, foo # trailing\r\n\tbar");
        tokens.Select(t => t.Value).Should().Equal("foo", "bar");
        tokens[0].Line.Should().Be(2);
        tokens[0].Column.Should().Be(5);
        tokens[1].Line.Should().Be(3);
        tokens[1].Column.Should().Be(2);
    }

    [Fact]
    public void Reads_every_punctuator()
    {
        Lex("! $ & ( ) ... : = @ [ ] { | }").Select(t => t.Kind).Should().Equal(
            TokenKind.Bang, TokenKind.Dollar, TokenKind.Amp, TokenKind.ParenLeft, TokenKind.ParenRight, TokenKind.Spread, TokenKind.Colon,
            TokenKind.Equals, TokenKind.At, TokenKind.BracketLeft, TokenKind.BracketRight, TokenKind.BraceLeft, TokenKind.Pipe, TokenKind.BraceRight);
    }

    [Theory]
    [InlineData("0", TokenKind.Int)]
    [InlineData("-12", TokenKind.Int)]
    [InlineData("1.5", TokenKind.Float)]
    [InlineData("-1.5e10", TokenKind.Float)]
    [InlineData("2E-3", TokenKind.Float)]
    [InlineData("6e+2", TokenKind.Float)]
    public void Reads_numbers(string text, TokenKind kind)
    {
        var token = Lex(text).Single();
        token.Kind.Should().Be(kind);
        token.Value.Should().Be(text);
    }

    [Theory]
    [InlineData("00", "Syntax Error: Invalid number, unexpected digit after 0: \"0\".")]
    [InlineData("1.", "Syntax Error: Invalid number, expected digit but got: <EOF>.")]
    [InlineData("1.a", "Syntax Error: Invalid number, expected digit but got: \"a\".")]
    [InlineData("1e", "Syntax Error: Invalid number, expected digit but got: <EOF>.")]
    [InlineData("12abc", "Syntax Error: Invalid number, expected digit but got: \"a\".")]
    [InlineData("1.2.3", "Syntax Error: Invalid number, expected digit but got: \".\".")]
    [InlineData("?", "Syntax Error: Unexpected character: \"?\".")]
    [InlineData("..", "Syntax Error: Unexpected character: \".\".")]
    [InlineData("'a'", "Syntax Error: Unexpected single quote character ('), did you mean to use a double quote (\")?")]
    [InlineData("\"abc", "Syntax Error: Unterminated string.")]
    [InlineData("\"a\nb\"", "Syntax Error: Unterminated string.")]
    [InlineData("\"\\x\"", "Syntax Error: Invalid character escape sequence: \"\\x\".")]
    [InlineData("\"\\u12\"", "Syntax Error: Invalid Unicode escape sequence: \"\\u12\"\".")]
    [InlineData("\"\u0007\"", "Syntax Error: Invalid character within String: U+0007.")]
    [InlineData("\"\"\"never closed", "Syntax Error: Unterminated string.")]
    public void Reports_lexical_errors_as_graphql_js_does(string source, string message) => Error(source).Should().Be(message);

    [Fact]
    public void Decodes_string_escapes()
    {
        Lex("\"a\\\"b\\\\c\\/d\\b\\f\\n\\r\\t\\u0041\\u{1F600}\\uD83D\\uDE00\"").Single().Value
            .Should().Be("a\"b\\c/d\b\f\n\r\tA\U0001F600\U0001F600");
    }

    [Fact]
    public void Block_strings_drop_common_indentation_and_blank_edges()
    {
        var token = Lex("\"\"\"\n    Hello,\n      World!\n\n    Yours,\n      GraphQL.\n  \"\"\"").Single();
        token.Kind.Should().Be(TokenKind.BlockString);
        token.Value.Should().Be("Hello,\n  World!\n\nYours,\n  GraphQL.");
    }

    [Fact]
    public void Block_strings_keep_escaped_triple_quotes_and_raw_backslashes()
    {
        Lex("\"\"\"contains \\\"\"\" and \\n raw\"\"\"").Single().Value.Should().Be("contains \"\"\" and \\n raw");
    }

    [Fact]
    public void Block_strings_advance_line_numbers()
    {
        var tokens = Lex("\"\"\"a\nb\nc\"\"\" name");
        tokens[1].Line.Should().Be(3);
        tokens[1].Column.Should().Be(6);
    }

    [Fact]
    public void Stops_at_the_first_token_past_the_limit()
    {
        var lexer = new Lexer("a b c d", maxTokens: 3);
        lexer.Advance();
        lexer.Advance();
        lexer.Advance();
        var act = () => lexer.Advance();
        var error = act.Should().Throw<GraphQLSyntaxException>().Which;
        error.Code.Should().Be("MAX_TOKENS_EXCEEDED");
        error.Message.Should().Be("Document contains more than 3 tokens. Parsing aborted.");
        error.Location.Column.Should().Be(7);
    }
}
