using Graph.GraphQL.Language.Ast;

namespace Graph.GraphQL.Language;

/// <summary>The type-system half of the parser (spec §3): SDL definitions and extensions.</summary>
public sealed partial class Parser
{
    private TypeSystemDefinitionNode ParseTypeSystemDefinition()
    {
        var start = Token.Location;
        string? description = null;
        if (Peek(TokenKind.String) || Peek(TokenKind.BlockString))
        {
            description = Token.Value;
            _lexer.Advance();
        }
        var keyword = Token;
        TypeSystemDefinitionNode node = keyword.Value switch
        {
            "directive" => ParseDirectiveDefinition(start),
            _ => ParseTypeBody(keyword, start, isExtension: false),
        };
        node.Description = description;
        return node;
    }

    private TypeSystemDefinitionNode ParseTypeSystemExtension()
    {
        var start = Token.Location;
        ExpectKeyword("extend");
        var keyword = Token;
        if (keyword.Kind != TokenKind.Name || keyword.Value is not ("schema" or "scalar" or "type" or "interface" or "union" or "enum" or "input"))
        {
            throw Unexpected(keyword);
        }
        return ParseTypeBody(keyword, start, isExtension: true);
    }

    private TypeSystemDefinitionNode ParseTypeBody(Token keyword, SourceLocation start, bool isExtension)
    {
        _lexer.Advance();
        if (keyword.Value == "schema")
        {
            var directives = ParseDirectives(true);
            var operations = new List<(OperationType, NamedTypeNode)>();
            if (!isExtension || Peek(TokenKind.BraceLeft))
            {
                Expect(TokenKind.BraceLeft);
                do
                {
                    var operation = ParseOperationType();
                    Expect(TokenKind.Colon);
                    operations.Add((operation, ParseNamedType()));
                }
                while (!Skip(TokenKind.BraceRight));
            }
            return new SchemaDefinitionNode(operations, isExtension, start) { Directives = directives };
        }
        var name = ParseName();
        switch (keyword.Value)
        {
            case "scalar":
                return new ScalarTypeDefinitionNode(name, isExtension, start) { Directives = ParseDirectives(true) };
            case "type" or "interface":
            {
                var interfaces = ParseImplementsInterfaces();
                var directives = ParseDirectives(true);
                return new ObjectTypeDefinitionNode(name, keyword.Value == "interface", isExtension, start)
                {
                    Interfaces = interfaces,
                    Directives = directives,
                    Fields = ParseOptionalBlock(ParseFieldDefinition),
                };
            }
            case "union":
            {
                var directives = ParseDirectives(true);
                var types = new List<NamedTypeNode>();
                if (Skip(TokenKind.Equals))
                {
                    Skip(TokenKind.Pipe);
                    do
                    {
                        types.Add(ParseNamedType());
                    }
                    while (Skip(TokenKind.Pipe));
                }
                return new UnionTypeDefinitionNode(name, types, isExtension, start) { Directives = directives };
            }
            case "enum":
            {
                var directives = ParseDirectives(true);
                return new EnumTypeDefinitionNode(name, ParseOptionalBlock(ParseEnumValueDefinition), isExtension, start) { Directives = directives };
            }
            default:
            {
                var directives = ParseDirectives(true);
                return new InputObjectTypeDefinitionNode(name, ParseOptionalBlock(ParseInputValueDefinition), isExtension, start) { Directives = directives };
            }
        }
    }

    private List<NamedTypeNode> ParseImplementsInterfaces()
    {
        var list = new List<NamedTypeNode>();
        if (!PeekKeyword("implements")) return list;
        _lexer.Advance();
        Skip(TokenKind.Amp);
        do
        {
            list.Add(ParseNamedType());
        }
        while (Skip(TokenKind.Amp));
        return list;
    }

    private List<T> ParseOptionalBlock<T>(Func<T> item)
    {
        var list = new List<T>();
        if (!Skip(TokenKind.BraceLeft)) return list;
        do
        {
            list.Add(item());
        }
        while (!Skip(TokenKind.BraceRight));
        return list;
    }

    private string? ParseDescription()
    {
        if (!Peek(TokenKind.String) && !Peek(TokenKind.BlockString)) return null;
        var value = Token.Value;
        _lexer.Advance();
        return value;
    }

    private FieldDefinitionNode ParseFieldDefinition()
    {
        var start = Token.Location;
        var description = ParseDescription();
        var name = ParseName();
        var arguments = ParseArgumentDefinitions();
        Expect(TokenKind.Colon);
        var type = ParseTypeReference();
        return new FieldDefinitionNode(name, arguments, type, start) { Description = description, Directives = ParseDirectives(true) };
    }

    private List<InputValueDefinitionNode> ParseArgumentDefinitions()
    {
        var list = new List<InputValueDefinitionNode>();
        if (!Skip(TokenKind.ParenLeft)) return list;
        do
        {
            list.Add(ParseInputValueDefinition());
        }
        while (!Skip(TokenKind.ParenRight));
        return list;
    }

    private InputValueDefinitionNode ParseInputValueDefinition()
    {
        var start = Token.Location;
        var description = ParseDescription();
        var name = ParseName();
        Expect(TokenKind.Colon);
        var type = ParseTypeReference();
        ValueNode? defaultValue = Skip(TokenKind.Equals) ? ParseValueLiteral(true) : null;
        return new InputValueDefinitionNode(name, type, defaultValue, start) { Description = description, Directives = ParseDirectives(true) };
    }

    private EnumValueDefinitionNode ParseEnumValueDefinition()
    {
        var start = Token.Location;
        var description = ParseDescription();
        if (Token.Kind == TokenKind.Name && Token.Value is "true" or "false" or "null")
        {
            throw new GraphQLSyntaxException($"Name \"{Token.Value}\" is reserved and cannot be used for an enum value.", Token.Location);
        }
        var name = ParseName();
        return new EnumValueDefinitionNode(name, start) { Description = description, Directives = ParseDirectives(true) };
    }

    private DirectiveDefinitionNode ParseDirectiveDefinition(SourceLocation start)
    {
        ExpectKeyword("directive");
        Expect(TokenKind.At);
        var name = ParseName();
        var arguments = ParseArgumentDefinitions();
        var repeatable = PeekKeyword("repeatable");
        if (repeatable) _lexer.Advance();
        ExpectKeyword("on");
        Skip(TokenKind.Pipe);
        var locations = new List<NameNode>();
        do
        {
            var location = ParseName();
            if (!Enum.TryParse<Types.DirectiveLocation>(location.Value.Replace("_", "", StringComparison.Ordinal), true, out _))
            {
                throw new GraphQLSyntaxException($"Unexpected Name \"{location.Value}\".", location.Location);
            }
            locations.Add(location);
        }
        while (Skip(TokenKind.Pipe));
        return new DirectiveDefinitionNode(name, arguments, repeatable, locations, start);
    }
}
