using Graph.GraphQL.Language;
using Graph.GraphQL.Language.Ast;

namespace Graph.GraphQL.Types;

/// <summary>The specified directives: @include, @skip, @deprecated, @specifiedBy (spec §3.13).</summary>
public static class BuiltInDirectives
{
    public const string DefaultDeprecationReason = "No longer supported";

    public static readonly DirectiveDefinition Include = Make(
        "include",
        "Directs the executor to include this field or fragment only when the `if` argument is true.",
        [DirectiveLocation.Field, DirectiveLocation.FragmentSpread, DirectiveLocation.InlineFragment],
        Arg("if", "Boolean!", "Included when true."));

    public static readonly DirectiveDefinition Skip = Make(
        "skip",
        "Directs the executor to skip this field or fragment when the `if` argument is true.",
        [DirectiveLocation.Field, DirectiveLocation.FragmentSpread, DirectiveLocation.InlineFragment],
        Arg("if", "Boolean!", "Skipped when true."));

    public static readonly DirectiveDefinition Deprecated = Make(
        "deprecated",
        "Marks an element of a GraphQL schema as no longer supported.",
        [DirectiveLocation.FieldDefinition, DirectiveLocation.ArgumentDefinition, DirectiveLocation.InputFieldDefinition, DirectiveLocation.EnumValue],
        Arg("reason", "String",
            "Explains why this element was deprecated, usually also including a suggestion for how to access supported similar data. Formatted using the Markdown syntax, as specified by [CommonMark](https://commonmark.org/).",
            new StringValueNode(DefaultDeprecationReason, false, SourceLocation.None)));

    public static readonly DirectiveDefinition SpecifiedBy = Make(
        "specifiedBy",
        "Exposes a URL that specifies the behavior of this scalar.",
        [DirectiveLocation.Scalar],
        Arg("url", "String!", "The URL that specifies the behavior of this scalar."));

    public static readonly IReadOnlyList<DirectiveDefinition> All = [Include, Skip, Deprecated, SpecifiedBy];

    public static bool IsBuiltIn(DirectiveDefinition directive) => All.Contains(directive);

    private static InputValueDefinition Arg(string name, string type, string description, ValueNode? defaultValue = null)
    {
        var typeNode = Parser.ParseType(type);
        return new InputValueDefinition(name, typeNode)
        {
            Description = description,
            Type = TypeRefs.Resolve(typeNode, n => n == "String" ? BuiltInScalars.String : BuiltInScalars.Boolean),
            DefaultLiteral = defaultValue,
            DefaultValue = (defaultValue as StringValueNode)?.Value,
        };
    }

    private static DirectiveDefinition Make(string name, string description, DirectiveLocation[] locations, InputValueDefinition argument)
    {
        var directive = new DirectiveDefinition(name, description);
        directive.LocationList.AddRange(locations);
        directive.ArgumentList.Add(argument);
        return directive;
    }
}
