using Graph.GraphQL.Execution;
using Graph.GraphQL.Language.Ast;

namespace Graph.GraphQL.Types;

/// <summary>Resolves one field's value from its parent value and arguments.</summary>
public delegate ValueTask<object?> FieldResolver(ResolveContext context);

/// <summary>Produces the source event stream of a subscription field.</summary>
public delegate ValueTask<IAsyncEnumerable<object?>> SubscriptionResolver(ResolveContext context);

/// <summary>A field of an object or interface type.</summary>
public sealed class FieldDefinition
{
    internal FieldDefinition(string name, TypeNode typeRef)
    {
        Name = name;
        TypeRef = typeRef;
    }

    public string Name { get; }

    public string? Description { get; internal set; }

    internal TypeNode TypeRef { get; }

    public GraphQLType Type { get; internal set; } = null!;

    public IReadOnlyList<InputValueDefinition> Arguments => ArgumentList;

    internal List<InputValueDefinition> ArgumentList { get; } = [];

    public InputValueDefinition? GetArgument(string name)
    {
        foreach (var argument in ArgumentList)
        {
            if (argument.Name == name) return argument;
        }
        return null;
    }

    /// <summary>How the value is produced; null means the default (a dictionary parent's entry of this name).</summary>
    public FieldResolver? Resolver { get; internal set; }

    /// <summary>
    /// Set when the value comes from the parent alone, at once (a property read): the executor then calls this and
    /// builds no <see cref="ResolveContext"/> (nor, for a leaf, a response path) for the field.
    /// </summary>
    internal Func<object?, object?>? ParentReader { get; set; }

    /// <summary>For subscription root fields: the source stream.</summary>
    public SubscriptionResolver? Subscriber { get; internal set; }

    public string? DeprecationReason { get; internal set; }

    public bool IsDeprecated => DeprecationReason is not null;

    /// <summary>This field's own cost in cost analysis, when it differs from the default.</summary>
    public int? Cost { get; internal set; }
}
