using Graph.GraphQL.Language.Ast;

namespace Graph.GraphQL.Types;

/// <summary>A leaf type that converts between its internal values, JSON results, variable values and literals.</summary>
public abstract class ScalarType(string name, string? description) : NamedType(name, description)
{
    public override TypeKind Kind => TypeKind.Scalar;

    /// <summary>The URL of this scalar's specification (<c>@specifiedBy</c>), if any.</summary>
    public string? SpecifiedByUrl { get; init; }

    /// <summary>Internal value to a result value (string, bool, int, long, double). Throws <see cref="ScalarCoercionException"/>.</summary>
    public abstract object Serialize(object value);

    /// <summary>A variable value (as read from JSON) to the internal value. Throws <see cref="ScalarCoercionException"/>.</summary>
    public abstract object ParseValue(object value);

    /// <summary>A literal (never a variable, never null) to the internal value. Throws <see cref="ScalarCoercionException"/>.</summary>
    public abstract object ParseLiteral(ValueNode literal);

    /// <summary>An internal value back to a literal, for printing defaults; null when it cannot be represented.</summary>
    public abstract ValueNode? ToLiteral(object value);
}

/// <summary>A value a scalar or enum cannot accept or represent; the message is the client-facing reason.</summary>
public sealed class ScalarCoercionException : Exception
{
    public ScalarCoercionException(string message) : base(message) { }

    public ScalarCoercionException() { }

    public ScalarCoercionException(string message, Exception inner) : base(message, inner) { }
}
