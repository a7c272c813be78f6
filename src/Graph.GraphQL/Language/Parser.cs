using Graph.GraphQL.Language.Ast;

namespace Graph.GraphQL.Language;

/// <summary>
/// Recursive-descent parser for GraphQL documents (spec §2): executable definitions, and type-system
/// definitions and extensions (see <c>Parser.TypeSystem.cs</c>). Errors are <see cref="GraphQLSyntaxException"/>s
/// worded as graphql-js words them.
/// </summary>
public sealed partial class Parser
{
    private readonly Lexer _lexer;
    private readonly string _source;

    private Parser(string source, ParserOptions options)
    {
        _source = source;
        _lexer = new Lexer(source, options.MaxTokens);
        _lexer.Advance();
    }

    public static DocumentNode Parse(string source, ParserOptions? options = null) => new Parser(source, options ?? ParserOptions.Default).ParseDocument();

    /// <summary>Parses a lone value literal, e.g. a default value written as text.</summary>
    public static ValueNode ParseValue(string source, bool isConst = true)
    {
        var parser = new Parser(source, ParserOptions.Default);
        var value = parser.ParseValueLiteral(isConst);
        parser.Expect(TokenKind.EndOfFile);
        return value;
    }

    /// <summary>Parses a lone type reference such as <c>[String!]!</c>.</summary>
    public static TypeNode ParseType(string source)
    {
        var parser = new Parser(source, ParserOptions.Default);
        var type = parser.ParseTypeReference();
        parser.Expect(TokenKind.EndOfFile);
        return type;
    }

    private Token Token => _lexer.Current;

    private DocumentNode ParseDocument()
    {
        var definitions = new List<DefinitionNode>();
        do
        {
            definitions.Add(ParseDefinition());
        }
        while (!Skip(TokenKind.EndOfFile));
        return new DocumentNode(definitions, _source);
    }

    private DefinitionNode ParseDefinition()
    {
        if (Peek(TokenKind.BraceLeft)) return ParseOperationDefinition();
        var hasDescription = Peek(TokenKind.String) || Peek(TokenKind.BlockString);
        var keywordToken = hasDescription ? _lexer.Peek() : Token;
        if (keywordToken.Kind == TokenKind.Name)
        {
            switch (keywordToken.Value)
            {
                case "schema" or "scalar" or "type" or "interface" or "union" or "enum" or "input" or "directive":
                    return ParseTypeSystemDefinition();
            }
            if (hasDescription)
            {
                throw new GraphQLSyntaxException("Unexpected description, descriptions are supported only on type definitions.", Token.Location);
            }
            switch (keywordToken.Value)
            {
                case "query" or "mutation" or "subscription":
                    return ParseOperationDefinition();
                case "fragment":
                    return ParseFragmentDefinition();
                case "extend":
                    return ParseTypeSystemExtension();
            }
        }
        throw Unexpected(keywordToken);
    }

    private OperationDefinitionNode ParseOperationDefinition()
    {
        var start = Token.Location;
        if (Peek(TokenKind.BraceLeft))
        {
            return new OperationDefinitionNode(OperationType.Query, null, [], [], ParseSelectionSet(), start);
        }
        var operation = ParseOperationType();
        NameNode? name = Peek(TokenKind.Name) ? ParseName() : null;
        var variables = ParseVariableDefinitions();
        var directives = ParseDirectives(false);
        return new OperationDefinitionNode(operation, name, variables, directives, ParseSelectionSet(), start);
    }

    private OperationType ParseOperationType()
    {
        var token = Expect(TokenKind.Name);
        return token.Value switch
        {
            "query" => OperationType.Query,
            "mutation" => OperationType.Mutation,
            "subscription" => OperationType.Subscription,
            _ => throw Unexpected(token),
        };
    }

    private IReadOnlyList<VariableDefinitionNode> ParseVariableDefinitions()
    {
        if (!Skip(TokenKind.ParenLeft)) return [];
        var list = new List<VariableDefinitionNode>();
        do
        {
            var start = Token.Location;
            var variable = ParseVariable();
            Expect(TokenKind.Colon);
            var type = ParseTypeReference();
            ValueNode? defaultValue = Skip(TokenKind.Equals) ? ParseValueLiteral(true) : null;
            list.Add(new VariableDefinitionNode(variable, type, defaultValue, ParseDirectives(true), start));
        }
        while (!Skip(TokenKind.ParenRight));
        return list;
    }

    private VariableNode ParseVariable()
    {
        var start = Token.Location;
        Expect(TokenKind.Dollar);
        return new VariableNode(ParseName(), start);
    }

    private SelectionSetNode ParseSelectionSet()
    {
        var start = Token.Location;
        Expect(TokenKind.BraceLeft);
        var selections = new List<SelectionNode>();
        do
        {
            selections.Add(Peek(TokenKind.Spread) ? ParseFragment() : ParseField());
        }
        while (!Skip(TokenKind.BraceRight));
        return new SelectionSetNode(selections, start);
    }

    private FieldNode ParseField()
    {
        var start = Token.Location;
        var nameOrAlias = ParseName();
        NameNode? alias = null;
        NameNode name;
        if (Skip(TokenKind.Colon))
        {
            alias = nameOrAlias;
            name = ParseName();
        }
        else
        {
            name = nameOrAlias;
        }
        var arguments = ParseArguments(false);
        var directives = ParseDirectives(false);
        var selectionSet = Peek(TokenKind.BraceLeft) ? ParseSelectionSet() : null;
        return new FieldNode(alias, name, arguments, directives, selectionSet, start);
    }

    private IReadOnlyList<ArgumentNode> ParseArguments(bool isConst)
    {
        if (!Skip(TokenKind.ParenLeft)) return [];
        var list = new List<ArgumentNode>();
        do
        {
            var start = Token.Location;
            var name = ParseName();
            Expect(TokenKind.Colon);
            list.Add(new ArgumentNode(name, ParseValueLiteral(isConst), start));
        }
        while (!Skip(TokenKind.ParenRight));
        return list;
    }

    private SelectionNode ParseFragment()
    {
        var start = Token.Location;
        Expect(TokenKind.Spread);
        var hasTypeCondition = PeekKeyword("on");
        if (!hasTypeCondition && Peek(TokenKind.Name))
        {
            return new FragmentSpreadNode(ParseFragmentName(), ParseDirectives(false), start);
        }
        NamedTypeNode? typeCondition = null;
        if (hasTypeCondition)
        {
            _lexer.Advance();
            typeCondition = ParseNamedType();
        }
        return new InlineFragmentNode(typeCondition, ParseDirectives(false), ParseSelectionSet(), start);
    }

    private FragmentDefinitionNode ParseFragmentDefinition()
    {
        var start = Token.Location;
        ExpectKeyword("fragment");
        var name = ParseFragmentName();
        ExpectKeyword("on");
        var typeCondition = ParseNamedType();
        return new FragmentDefinitionNode(name, typeCondition, ParseDirectives(false), ParseSelectionSet(), start);
    }

    private NameNode ParseFragmentName()
    {
        if (Token.Value == "on" && Token.Kind == TokenKind.Name) throw Unexpected(Token);
        return ParseName();
    }

    private ValueNode ParseValueLiteral(bool isConst)
    {
        var token = Token;
        var start = token.Location;
        switch (token.Kind)
        {
            case TokenKind.BracketLeft:
            {
                _lexer.Advance();
                var values = new List<ValueNode>();
                while (!Skip(TokenKind.BracketRight)) values.Add(ParseValueLiteral(isConst));
                return new ListValueNode(values, start);
            }
            case TokenKind.BraceLeft:
            {
                _lexer.Advance();
                var fields = new List<ObjectFieldNode>();
                while (!Skip(TokenKind.BraceRight))
                {
                    var fieldStart = Token.Location;
                    var name = ParseName();
                    Expect(TokenKind.Colon);
                    fields.Add(new ObjectFieldNode(name, ParseValueLiteral(isConst), fieldStart));
                }
                return new ObjectValueNode(fields, start);
            }
            case TokenKind.Int:
                _lexer.Advance();
                return new IntValueNode(token.Value!, start);
            case TokenKind.Float:
                _lexer.Advance();
                return new FloatValueNode(token.Value!, start);
            case TokenKind.String or TokenKind.BlockString:
                _lexer.Advance();
                return new StringValueNode(token.Value!, token.Kind == TokenKind.BlockString, start);
            case TokenKind.Name:
                _lexer.Advance();
                return token.Value switch
                {
                    "true" => new BooleanValueNode(true, start),
                    "false" => new BooleanValueNode(false, start),
                    "null" => new NullValueNode(start),
                    _ => new EnumValueNode(token.Value!, start),
                };
            case TokenKind.Dollar:
                if (isConst)
                {
                    _lexer.Advance();
                    if (Token.Kind == TokenKind.Name)
                    {
                        throw new GraphQLSyntaxException($"Unexpected variable \"${Token.Value}\" in constant value.", start);
                    }
                    throw Unexpected(token);
                }
                return ParseVariable();
            default:
                throw Unexpected(token);
        }
    }

    private IReadOnlyList<DirectiveNode> ParseDirectives(bool isConst)
    {
        if (!Peek(TokenKind.At)) return [];
        var list = new List<DirectiveNode>();
        while (Peek(TokenKind.At))
        {
            var start = Token.Location;
            _lexer.Advance();
            var name = ParseName();
            list.Add(new DirectiveNode(name, ParseArguments(isConst), start));
        }
        return list;
    }

    private TypeNode ParseTypeReference()
    {
        var start = Token.Location;
        TypeNode type;
        if (Skip(TokenKind.BracketLeft))
        {
            var inner = ParseTypeReference();
            Expect(TokenKind.BracketRight);
            type = new ListTypeNode(inner, start);
        }
        else
        {
            type = ParseNamedType();
        }
        return Skip(TokenKind.Bang) ? new NonNullTypeNode(type, start) : type;
    }

    private NamedTypeNode ParseNamedType()
    {
        var start = Token.Location;
        return new NamedTypeNode(ParseName(), start);
    }

    private NameNode ParseName()
    {
        var token = Expect(TokenKind.Name);
        return new NameNode(token.Value!, token.Location);
    }

    private bool Peek(TokenKind kind) => Token.Kind == kind;

    private bool PeekKeyword(string keyword) => Token.Kind == TokenKind.Name && Token.Value == keyword;

    private bool Skip(TokenKind kind)
    {
        if (Token.Kind != kind) return false;
        _lexer.Advance();
        return true;
    }

    private Token Expect(TokenKind kind)
    {
        var token = Token;
        if (token.Kind != kind)
        {
            throw new GraphQLSyntaxException($"Expected {TokenKindNames.Describe(kind)}, found {token.Describe()}.", token.Location);
        }
        _lexer.Advance();
        return token;
    }

    private void ExpectKeyword(string keyword)
    {
        var token = Token;
        if (token.Kind != TokenKind.Name || token.Value != keyword)
        {
            throw new GraphQLSyntaxException($"Expected \"{keyword}\", found {token.Describe()}.", token.Location);
        }
        _lexer.Advance();
    }

    private static GraphQLSyntaxException Unexpected(Token token) => new($"Unexpected {token.Describe()}.", token.Location);
}
