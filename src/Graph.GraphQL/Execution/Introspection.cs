using Graph.GraphQL.Language;
using Graph.GraphQL.Types;

namespace Graph.GraphQL.Execution;

/// <summary>
/// The introspection system (spec §4): the __Schema, __Type, __Field, __InputValue, __EnumValue, __Directive,
/// __TypeKind and __DirectiveLocation types with their resolvers, and the __schema, __type and __typename meta-fields.
/// One set per schema, bound to it when the schema is built.
/// </summary>
internal sealed class IntrospectionTypes
{
    private readonly Dictionary<string, NamedType> _types = new(StringComparer.Ordinal);
    private Schema? _schema;

    public IntrospectionTypes()
    {
        TypeKindEnum = new EnumType("__TypeKind", "An enum describing what kind of type a given `__Type` is.");
        foreach (var (kind, description) in new[]
        {
            (TypeKind.Scalar, "Indicates this type is a scalar."),
            (TypeKind.Object, "Indicates this type is an object. `fields` and `interfaces` are valid fields."),
            (TypeKind.Interface, "Indicates this type is an interface. `fields`, `interfaces`, and `possibleTypes` are valid fields."),
            (TypeKind.Union, "Indicates this type is a union. `possibleTypes` is a valid field."),
            (TypeKind.Enum, "Indicates this type is an enum. `enumValues` is a valid field."),
            (TypeKind.InputObject, "Indicates this type is an input object. `inputFields` is a valid field."),
            (TypeKind.List, "Indicates this type is a list. `ofType` is a valid field."),
            (TypeKind.NonNull, "Indicates this type is a non-null. `ofType` is a valid field."),
        })
        {
            TypeKindEnum.Add(KindName(kind), kind).Description = description;
        }
        LocationEnum = new EnumType("__DirectiveLocation",
            "A Directive can be adjacent to many parts of the GraphQL language, a __DirectiveLocation describes one such possible adjacencies.");
        foreach (var location in Enum.GetValues<DirectiveLocation>()) LocationEnum.Add(location.SpecName(), location);
        _types[TypeKindEnum.Name] = TypeKindEnum;
        _types[LocationEnum.Name] = LocationEnum;

        Schema = Object("__Schema",
            "A GraphQL Schema defines the capabilities of a GraphQL server. It exposes all available types and directives on the server, as well as the entry points for query, mutation, and subscription operations.");
        var type = Object("__Type",
            "The fundamental unit of any GraphQL Schema is the type. There are many kinds of types in GraphQL as represented by the `__TypeKind` enum.\n\nDepending on the kind of a type, certain fields describe information about that type. Scalar types provide no information beyond a name, description and optional `specifiedByURL`, while Enum types provide their values. Object and Interface types provide the fields they describe. Abstract types, Union and Interface, provide the Object types possible at runtime. List and NonNull types compose other types.");
        var field = Object("__Field", "Object and Interface types are described by a list of Fields, each of which has a name, potentially a list of arguments, and a return type.");
        var inputValue = Object("__InputValue",
            "Arguments provided to Fields or Directives and the input fields of an InputObject are represented as Input Values which describe their type and optionally a default value.");
        var enumValue = Object("__EnumValue",
            "One possible value for a given Enum. Enum values are unique values, not a placeholder for a string or numeric value. However an Enum value is returned in a JSON response as a string.");
        var directive = Object("__Directive",
            "A Directive provides a way to describe alternate runtime execution and type validation behavior in a GraphQL document.\n\nIn some cases, you need to provide options to alter GraphQL's execution behavior in ways field arguments will not suffice, such as conditionally including or skipping a field. Directives provide this by describing additional information to the executor.");

        Field(Schema, "description", "String", c => c.Schema.Description);
        Field(Schema, "types", "[__Type!]!", c => c.Schema.Types.ToArray(), "A list of all types supported by this server.");
        Field(Schema, "queryType", "__Type!", c => c.Schema.Query, "The type that query operations will be rooted at.");
        Field(Schema, "mutationType", "__Type", c => c.Schema.Mutation, "If this server supports mutation, the type that mutation operations will be rooted at.");
        Field(Schema, "subscriptionType", "__Type", c => c.Schema.Subscription, "If this server support subscription, the type that subscription operations will be rooted at.");
        Field(Schema, "directives", "[__Directive!]!", c => c.Schema.Directives.ToArray(), "A list of all directives supported by this server.");

        Field(type, "kind", "__TypeKind!", c => c.Parent<GraphQLType>().Kind);
        Field(type, "name", "String", c => (c.Source as NamedType)?.Name);
        Field(type, "description", "String", c => (c.Source as NamedType)?.Description);
        Field(type, "specifiedByURL", "String", c => (c.Source as ScalarType)?.SpecifiedByUrl);
        Field(type, "fields", "[__Field!]", c => c.Source is FieldsType f ? f.Fields.Where(x => IncludeDeprecated(c) || !x.IsDeprecated).ToArray() : null,
            null, ("includeDeprecated", "Boolean", false));
        Field(type, "interfaces", "[__Type!]", c => c.Source is FieldsType f ? f.Interfaces.ToArray() : null);
        Field(type, "possibleTypes", "[__Type!]", c => c.Source is NamedType { IsAbstract: true } t ? c.Schema.GetPossibleTypes(t).ToArray() : null);
        Field(type, "enumValues", "[__EnumValue!]", c => c.Source is EnumType e ? e.Values.Where(x => IncludeDeprecated(c) || !x.IsDeprecated).ToArray() : null,
            null, ("includeDeprecated", "Boolean", false));
        Field(type, "inputFields", "[__InputValue!]", c => c.Source is InputObjectType i ? i.Fields.Where(x => IncludeDeprecated(c) || !x.IsDeprecated).ToArray() : null,
            null, ("includeDeprecated", "Boolean", false));
        Field(type, "ofType", "__Type", c => c.Source switch
        {
            ListType l => l.OfType,
            NonNullType n => n.OfType,
            _ => null,
        });

        Field(field, "name", "String!", c => c.Parent<FieldDefinition>().Name);
        Field(field, "description", "String", c => c.Parent<FieldDefinition>().Description);
        Field(field, "args", "[__InputValue!]!", c => c.Parent<FieldDefinition>().Arguments.Where(x => IncludeDeprecated(c) || !x.IsDeprecated).ToArray(),
            null, ("includeDeprecated", "Boolean", false));
        Field(field, "type", "__Type!", c => c.Parent<FieldDefinition>().Type);
        Field(field, "isDeprecated", "Boolean!", c => c.Parent<FieldDefinition>().IsDeprecated);
        Field(field, "deprecationReason", "String", c => c.Parent<FieldDefinition>().DeprecationReason);

        Field(inputValue, "name", "String!", c => c.Parent<InputValueDefinition>().Name);
        Field(inputValue, "description", "String", c => c.Parent<InputValueDefinition>().Description);
        Field(inputValue, "type", "__Type!", c => c.Parent<InputValueDefinition>().Type);
        Field(inputValue, "defaultValue", "String", c => c.Parent<InputValueDefinition>().DefaultLiteral is { } d ? AstPrinter.Print(d) : null,
            "A GraphQL-formatted string representing the default value for this input value.");
        Field(inputValue, "isDeprecated", "Boolean!", c => c.Parent<InputValueDefinition>().IsDeprecated);
        Field(inputValue, "deprecationReason", "String", c => c.Parent<InputValueDefinition>().DeprecationReason);

        Field(enumValue, "name", "String!", c => c.Parent<EnumValueDefinition>().Name);
        Field(enumValue, "description", "String", c => c.Parent<EnumValueDefinition>().Description);
        Field(enumValue, "isDeprecated", "Boolean!", c => c.Parent<EnumValueDefinition>().IsDeprecated);
        Field(enumValue, "deprecationReason", "String", c => c.Parent<EnumValueDefinition>().DeprecationReason);

        Field(directive, "name", "String!", c => c.Parent<DirectiveDefinition>().Name);
        Field(directive, "description", "String", c => c.Parent<DirectiveDefinition>().Description);
        Field(directive, "isRepeatable", "Boolean!", c => c.Parent<DirectiveDefinition>().IsRepeatable);
        Field(directive, "locations", "[__DirectiveLocation!]!", c => c.Parent<DirectiveDefinition>().Locations.Cast<object>().ToArray());
        Field(directive, "args", "[__InputValue!]!", c => c.Parent<DirectiveDefinition>().Arguments.Where(x => IncludeDeprecated(c) || !x.IsDeprecated).ToArray(),
            null, ("includeDeprecated", "Boolean", false));

        foreach (var t in _types.Values.OfType<ObjectType>())
        {
            foreach (var f in t.Fields)
            {
                f.Type = TypeRefs.Resolve(f.TypeRef, Lookup);
                foreach (var a in f.ArgumentList)
                {
                    a.Type = TypeRefs.Resolve(a.TypeRef, Lookup);
                    a.DefaultLiteral = new Language.Ast.BooleanValueNode(false, SourceLocation.None);
                    a.DefaultValue = false;
                }
            }
        }

        SchemaField = Meta("__schema", "__Schema!", c => c.Schema, "Access the current type schema of this server.");
        TypeField = Meta("__type", "__Type", c => c.Schema.GetType(c.Argument<string>("name")), "Request the type information of a single type.");
        var nameArgument = new InputValueDefinition("name", Parser.ParseType("String!")) { Type = new NonNullType(BuiltInScalars.String) };
        TypeField.ArgumentList.Add(nameArgument);
        TypeNameField = Meta("__typename", "String!", c => c.ParentType.Name, "The name of the current Object type at runtime.");
    }

    public ObjectType Schema { get; }

    public EnumType TypeKindEnum { get; }

    public EnumType LocationEnum { get; }

    public FieldDefinition SchemaField { get; }

    public FieldDefinition TypeField { get; }

    public FieldDefinition TypeNameField { get; }


    public void Bind(Schema schema) => _schema = schema;

    public bool IsIntrospectionType(NamedType type) => _types.TryGetValue(type.Name, out var own) && ReferenceEquals(own, type);

    private static bool IncludeDeprecated(ResolveContext context) => context.ArgumentOrDefault("includeDeprecated", false);

    private NamedType? Lookup(string name) => _types.GetValueOrDefault(name) ?? BuiltInScalars.All.FirstOrDefault(s => s.Name == name);

    private ObjectType Object(string name, string description)
    {
        var type = new ObjectType(name, description);
        _types[name] = type;
        return type;
    }

    private static void Field(
        ObjectType owner, string name, string type, Func<ResolveContext, object?> resolve, string? description = null,
        (string Name, string Type, bool Default)? argument = null)
    {
        var field = new FieldDefinition(name, Parser.ParseType(type))
        {
            Description = description,
            Resolver = c => new ValueTask<object?>(resolve(c)),
        };
        if (argument is { } a) field.ArgumentList.Add(new InputValueDefinition(a.Name, Parser.ParseType(a.Type)));
        owner.FieldMap[name] = field;
    }

    private FieldDefinition Meta(string name, string type, Func<ResolveContext, object?> resolve, string description) =>
        new(name, Parser.ParseType(type))
        {
            Description = description,
            Type = TypeRefs.Resolve(Parser.ParseType(type), Lookup),
            Resolver = c => new ValueTask<object?>(resolve(c)),
        };

    private static string KindName(TypeKind kind) => kind switch
    {
        TypeKind.InputObject => "INPUT_OBJECT",
        TypeKind.NonNull => "NON_NULL",
        _ => kind.ToString().ToUpperInvariant(),
    };
}
