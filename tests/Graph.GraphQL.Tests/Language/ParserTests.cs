using Graph.GraphQL.Language;
using Graph.GraphQL.Language.Ast;

namespace Graph.GraphQL.Tests.Language;

public class ParserTests
{
    private static GraphQLSyntaxException Fails(string source)
    {
        var act = () => Parser.Parse(source);
        return act.Should().Throw<GraphQLSyntaxException>().Which;
    }

    [Fact]
    public void Parses_the_shorthand_query_with_locations()
    {
        var document = Parser.Parse("{\n  dog {\n    name\n  }\n}");
        var operation = document.Definitions.Should().ContainSingle().Which.Should().BeOfType<OperationDefinitionNode>().Which;
        operation.Operation.Should().Be(OperationType.Query);
        operation.Name.Should().BeNull();
        var dog = (FieldNode)operation.SelectionSet.Selections[0];
        dog.Location.Should().Be(new SourceLocation(2, 3, 4));
        ((FieldNode)dog.SelectionSet!.Selections[0]).Name.Value.Should().Be("name");
    }

    [Fact]
    public void Parses_a_full_operation()
    {
        var document = Parser.Parse("""
            query Q($id: ID! = "1" @dir, $list: [[Int!]]) @op {
              alias: node(id: $id, obj: {a: [1, 2.5, "s", true, null, ENUM, $list]}) @include(if: true) {
                ... on Dog @x { name }
                ... { name }
                ...Frag @skip(if: false)
              }
            }
            fragment Frag on Dog { name }
            """);
        var operation = (OperationDefinitionNode)document.Definitions[0];
        operation.Name!.Value.Should().Be("Q");
        operation.VariableDefinitions.Should().HaveCount(2);
        operation.VariableDefinitions[0].Type.ToString().Should().Be("ID!");
        operation.VariableDefinitions[0].DefaultValue.Should().BeOfType<StringValueNode>();
        operation.VariableDefinitions[0].Directives.Should().ContainSingle();
        operation.VariableDefinitions[1].Type.ToString().Should().Be("[[Int!]]");
        var field = (FieldNode)operation.SelectionSet.Selections[0];
        field.Alias!.Value.Should().Be("alias");
        field.ResponseName.Should().Be("alias");
        AstPrinter.Print(field.Arguments[1].Value).Should().Be("{a: [1, 2.5, \"s\", true, null, ENUM, $list]}");
        field.SelectionSet!.Selections[0].Should().BeOfType<InlineFragmentNode>().Which.TypeCondition!.Name.Value.Should().Be("Dog");
        field.SelectionSet.Selections[1].Should().BeOfType<InlineFragmentNode>().Which.TypeCondition.Should().BeNull();
        field.SelectionSet.Selections[2].Should().BeOfType<FragmentSpreadNode>().Which.Directives.Should().ContainSingle();
        document.Definitions[1].Should().BeOfType<FragmentDefinitionNode>().Which.TypeCondition.Name.Value.Should().Be("Dog");
    }

    [Theory]
    [InlineData("{", "Syntax Error: Expected Name, found <EOF>.", 1, 2)]
    [InlineData("{ dog { name } } }", "Syntax Error: Unexpected \"}\".", 1, 18)]
    [InlineData("query Foo($x: ) { a }", "Syntax Error: Expected Name, found \")\".", 1, 15)]
    [InlineData("{ a(x: $) }", "Syntax Error: Expected Name, found \")\".", 1, 9)]
    [InlineData("fragment on on Dog { a }", "Syntax Error: Unexpected Name \"on\".", 1, 10)]
    [InlineData("fragment X on { a }", "Syntax Error: Expected Name, found \"{\".", 1, 15)]
    [InlineData("{}", "Syntax Error: Expected Name, found \"}\".", 1, 2)]
    [InlineData("query ($a: Int = $b) { a }", "Syntax Error: Unexpected variable \"$b\" in constant value.", 1, 18)]
    [InlineData("notAKeyword { a }", "Syntax Error: Unexpected Name \"notAKeyword\".", 1, 1)]
    [InlineData("\"desc\" query { a }", "Syntax Error: Unexpected description, descriptions are supported only on type definitions.", 1, 1)]
    [InlineData("enum E { true }", "Syntax Error: Name \"true\" is reserved and cannot be used for an enum value.", 1, 10)]
    [InlineData("", "Syntax Error: Unexpected <EOF>.", 1, 1)]
    public void Reports_syntax_errors_with_locations(string source, string message, int line, int column)
    {
        var error = Fails(source);
        error.Message.Should().Be(message);
        error.Location.Line.Should().Be(line);
        error.Location.Column.Should().Be(column);
        error.Code.Should().Be("GRAPHQL_PARSE_FAILED");
    }

    [Fact]
    public void Parses_type_system_definitions()
    {
        var document = Parser.Parse("""
            "The schema"
            schema @a { query: Q mutation: M }
            scalar Date @specifiedBy(url: "u")
            "Doc" type T implements & A & B @d { "f" f(a: Int = 1 @x): [T!]! @deprecated }
            interface I implements A { x: Int }
            union U = | A | B
            enum E { "v" A @deprecated B }
            input In { a: Int = 3, b: [String!] }
            directive @d("arg" a: Int) repeatable on | FIELD | OBJECT
            extend type T { g: Int }
            extend schema @b
            """);
        document.Definitions.Should().HaveCount(10);
        document.Definitions[0].Should().BeOfType<SchemaDefinitionNode>().Which.Description.Should().Be("The schema");
        var type = document.Definitions[2].Should().BeOfType<ObjectTypeDefinitionNode>().Which;
        type.Description.Should().Be("Doc");
        type.Interfaces.Select(i => i.Name.Value).Should().Equal("A", "B");
        type.Fields[0].Arguments[0].DefaultValue.Should().BeOfType<IntValueNode>();
        document.Definitions[4].Should().BeOfType<UnionTypeDefinitionNode>().Which.Types.Should().HaveCount(2);
        var directive = document.Definitions[7].Should().BeOfType<DirectiveDefinitionNode>().Which;
        directive.Repeatable.Should().BeTrue();
        directive.Locations.Select(l => l.Value).Should().Equal("FIELD", "OBJECT");
        document.Definitions[8].Should().BeOfType<ObjectTypeDefinitionNode>().Which.IsExtension.Should().BeTrue();
        document.Definitions[9].Should().BeOfType<SchemaDefinitionNode>().Which.IsExtension.Should().BeTrue();
    }

    [Fact]
    public void Refuses_an_unknown_directive_location()
    {
        Fails("directive @d on FIELD | NOWHERE").Message.Should().Be("Syntax Error: Unexpected Name \"NOWHERE\".");
    }

    [Fact]
    public void Prints_values_as_graphql_js_does()
    {
        AstPrinter.Print(Parser.ParseValue("{a: [1, \"x\\ny\"], b: {}, c: null}")).Should().Be("{a: [1, \"x\\ny\"], b: {}, c: null}");
        AstPrinter.Print(Parser.ParseValue("\"\"\"block\"\"\"")).Should().Be("\"\"\"block\"\"\"");
    }
}
